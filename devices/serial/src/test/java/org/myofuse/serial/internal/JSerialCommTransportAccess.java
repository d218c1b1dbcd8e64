package org.myofuse.serial.internal;

import org.myofuse.serial.SerialTransport;

/** Test access to the transport implementation (as DS would create it). */
public final class JSerialCommTransportAccess {

    private JSerialCommTransportAccess() {
    }

    public static SerialTransport transport() {
        return new JSerialCommTransport();
    }
}
