package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialLinkSpec;
import org.myofuse.api.serial.SerialListener;
import org.myofuse.api.serial.SerialPortInfo;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.VirtualPortPair;

/** How {@code myofuse devices} describes the ports the serial transport lists (its own listing is jSerialComm's). */
class SerialPortsTest {

    @Test
    void aUsbPortShouldShowItsNameIdsAndSerialNumber() {
        assertEquals("FT232R USB UART (0403:6001, serial A10KXYZ)",
                SerialPorts.describe(new SerialPortInfo("/dev/ttyUSB0", "FT232R USB UART", 0x0403, 0x6001, "A10KXYZ")));
        assertEquals("Arduino Uno (2341:0043)",
                SerialPorts.describe(new SerialPortInfo("/dev/ttyACM1", " Arduino Uno ", 0x2341, 0x43, "")));
    }

    @Test
    void aPortTheSystemSaysNothingAboutShouldStillReadAsSomething() {
        assertEquals("USB device (10c4:ea60)", SerialPorts.describe(new SerialPortInfo("COM3", "", 0x10c4, 0xea60, "")));
        assertEquals("-", SerialPorts.describe(new SerialPortInfo("/dev/ttyS0", "", -1, -1, "")));
        assertEquals("Physical Port S0", SerialPorts.describe(new SerialPortInfo("/dev/ttyS0", "Physical Port S0", -1, -1, "")));
    }

    @Test
    void thePortsShouldBeTheTransportsListInItsOrderAndUnknownWithoutATransport() {
        var listed = List.of(new SerialPortInfo("/dev/ttyUSB1", "b", 1, 2, ""), new SerialPortInfo("/dev/ttyUSB0", "a", 1, 2, ""));
        assertEquals(Optional.of(listed), SerialPorts.of(new ListingOnly(listed)));
        assertEquals(Optional.empty(), SerialPorts.of(null));
    }

    /** A transport at the edge: only its listing is used here. */
    private record ListingOnly(List<SerialPortInfo> ports) implements SerialTransport {
        @Override
        public SerialLink open(SerialLinkSpec spec, SerialListener listener) throws DeviceException {
            throw new DeviceException("not for this test");
        }

        @Override
        public VirtualPortPair openVirtualPair(Path deviceLink, Path hostLink) throws IOException {
            throw new IOException("not for this test");
        }
    }
}
