package org.myofuse.commands;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.myofuse.api.serial.SerialPortInfo;
import org.myofuse.api.serial.SerialTransport;

/**
 * The serial ports of {@code myofuse devices}, as the serial transport lists them (jSerialComm's view:
 * Linux, macOS and Windows alike), each described in one line.
 */
final class SerialPorts {

    private SerialPorts() {
    }

    /** The ports present, or empty when no serial transport is installed (then nothing can be said). */
    static Optional<List<SerialPortInfo>> of(SerialTransport transport) {
        return transport == null ? Optional.empty() : Optional.of(transport.ports());
    }

    /**
     * What is behind a port, e.g. {@code FT232R USB UART (0403:6001, serial A10KXYZ)}: the system's
     * description, then for a USB port its vendor and product ids (hexadecimal, as lsusb shows them) and
     * serial number.
     */
    static String describe(SerialPortInfo port) {
        boolean usb = port.vendorId() >= 0;
        String what = !port.description().isBlank() ? port.description().strip() : usb ? "USB device" : "-";
        if (!usb) {
            return what;
        }
        String ids = String.format(Locale.ROOT, "%04x:%04x", port.vendorId(), Math.max(port.productId(), 0));
        String serial = port.serialNumber().isBlank() ? "" : ", serial " + port.serialNumber().strip();
        return what + " (" + ids + serial + ")";
    }
}
