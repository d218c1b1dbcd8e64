package org.myofuse.api.device;

/**
 * A device could not be opened, identified, started or stopped. The message is one line a therapist
 * or IT person can act on and names the device or port, e.g.
 * {@code "/dev/ttyUSB0: no answer to soft reset within 3 s (board off?)"}.
 */
public class DeviceException extends Exception {

    private static final long serialVersionUID = 1L;

    public DeviceException(String message) {
        super(message);
    }

    public DeviceException(String message, Throwable cause) {
        super(message, cause);
    }
}
