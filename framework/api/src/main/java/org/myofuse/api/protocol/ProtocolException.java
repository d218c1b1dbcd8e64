package org.myofuse.api.protocol;

/** A protocol cannot be found, read or started; the message is one line naming what and why. */
public class ProtocolException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProtocolException(String message) {
        super(message);
    }

    public ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }
}
