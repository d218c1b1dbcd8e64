package org.myofuse.api.serial;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.myofuse.api.device.DeviceException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Opens serial ports for drivers, lists the ports present, and makes virtual port pairs for wire
 * simulators. Provided as an OSGi service by the serial bundle; outside OSGi (conformance kit,
 * benchmarks) the same implementation is found with {@link java.util.ServiceLoader}. Thread-safe.
 */
@ProviderType
public interface SerialTransport {

    /**
     * The serial ports the operating system lists now (USB CDC, FTDI, built-in UARTs) on Linux, macOS
     * and Windows. Pseudo-terminals are not listed but open like any port. May take a while on some
     * systems: never call it on a UI thread or a driver thread.
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

    /**
     * Makes a pair of connected virtual ports whose ends are also reachable through symbolic links
     * (replacing stale ones), so that a closed pair and a new one keep their names, the way a replugged
     * USB adapter reappears under the same {@code /dev/serial/by-id} name. Either link may be null.
     *
     * @throws IOException if the platform cannot make pseudo-terminals (on Linux: {@code socat} is
     *                     missing) or they do not appear within 5 s; one line
     */
    VirtualPortPair openVirtualPair(Path deviceLink, Path hostLink) throws IOException;

    /** A virtual pair with the system's own names (e.g. {@code /dev/pts/7}). */
    default VirtualPortPair openVirtualPair() throws IOException {
        return openVirtualPair(null, null);
    }
}
