package org.myofuse.api.serial;

import java.util.Objects;

/**
 * One serial port present on the system.
 *
 * @param path         the path to open, e.g. {@code /dev/ttyUSB0}
 * @param description  what the system says is behind it (adapter or device name), may be empty
 * @param vendorId     USB vendor id, or -1 if not a USB port
 * @param productId    USB product id, or -1 if not a USB port
 * @param serialNumber USB serial number, may be empty
 */
public record SerialPortInfo(String path, String description, int vendorId, int productId, String serialNumber) {

    public SerialPortInfo {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(serialNumber, "serialNumber");
    }
}
