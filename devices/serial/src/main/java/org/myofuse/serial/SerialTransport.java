package org.myofuse.serial;

import java.util.List;

import org.myofuse.api.device.DeviceException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens serial ports for drivers. Provided as an OSGi service by the serial bundle. Thread-safe.
 */
@ProviderType
public interface SerialTransport {

    /**
     * The serial ports the operating system lists now (USB CDC, FTDI, built-in UARTs). Pseudo-terminals
     * are not listed but open like any port. May take a while on some systems: never call it on a UI
     * thread.
     */
    List<SerialPortInfo> ports();

    /**
     * Opens and configures a port (baud rate, 8 data bits, no parity, 1 stop bit) and starts its reader
     * thread, which hands every chunk of bytes to {@code listener}.
     *
     * @throws DeviceException if the port does not exist or cannot be opened; the one-line message
     *                         names the path and the reason
     */
    SerialLink open(SerialLinkSpec spec, SerialListener listener) throws DeviceException;
}
