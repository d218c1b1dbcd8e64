package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fake /dev and /sys laid out as Linux does for an FTDI adapter, a CDC-ACM board and two UART nodes. */
class SerialPortsTest {

    @TempDir
    Path root;

    private Path dev;
    private Path sysClassTty;

    @BeforeEach
    void fakeSystem() throws IOException {
        dev = Files.createDirectories(root.resolve("dev"));
        for (String node : List.of("tty0", "tty1", "ttyS0", "ttyS1", "ttyUSB10", "ttyUSB0", "ttyACM1", "ttyprintk")) {
            Files.writeString(dev.resolve(node), "");
        }
        sysClassTty = Files.createDirectories(root.resolve("sys/class/tty"));
        Path drivers = Files.createDirectories(root.resolve("sys/bus/drivers"));

        Path ftdi = usbDevice("1-1", "0403", "6001", "FTDI", "FT232R USB UART", "A10KXYZ");
        tty("ttyUSB0", Files.createDirectories(ftdi.resolve("1-1:1.0/ttyUSB0")), drivers.resolve("ftdi_sio"));
        Path acm = usbDevice("1-2", "2341", "0043", null, "Arduino Uno", null);
        tty("ttyACM1", Files.createDirectories(acm.resolve("1-2:1.0")), drivers.resolve("cdc_acm"));
        // ttyUSB10 has a node but no sysfs entry (e.g. unplugged a moment ago).

        Path uart = Files.createDirectories(root.resolve("sys/devices/pnp0/00:00"));
        tty("ttyS0", uart, drivers.resolve("serial8250"));
        Files.writeString(sysClassTty.resolve("ttyS0/type"), "4\n");
        tty("ttyS1", uart, drivers.resolve("serial8250"));
        Files.writeString(sysClassTty.resolve("ttyS1/type"), "0\n");
    }

    private Path usbDevice(String name, String vendor, String product, String manufacturer, String productName,
            String serial) throws IOException {
        Path d = Files.createDirectories(root.resolve("sys/devices/pci0000:00/usb1").resolve(name));
        Files.writeString(d.resolve("idVendor"), vendor + "\n");
        Files.writeString(d.resolve("idProduct"), product + "\n");
        if (manufacturer != null) {
            Files.writeString(d.resolve("manufacturer"), manufacturer + "\n");
        }
        Files.writeString(d.resolve("product"), productName + "\n");
        if (serial != null) {
            Files.writeString(d.resolve("serial"), serial + "\n");
        }
        return d;
    }

    private void tty(String name, Path device, Path driver) throws IOException {
        Files.createDirectories(driver);
        if (!Files.exists(device.resolve("driver"))) {
            Files.createSymbolicLink(device.resolve("driver"), driver);
        }
        Path entry = Files.createDirectories(sysClassTty.resolve(name));
        Files.createSymbolicLink(entry.resolve("device"), device);
    }

    @Test
    void shouldListUsbThenAcmThenBuiltInPortsWithWhatSysfsTells() {
        assertEquals(List.of(
                new SerialPorts.SerialPort(dev.resolve("ttyUSB0").toString(), "ftdi_sio",
                        "FTDI FT232R USB UART (0403:6001, serial A10KXYZ)"),
                new SerialPorts.SerialPort(dev.resolve("ttyUSB10").toString(), "", ""),
                new SerialPorts.SerialPort(dev.resolve("ttyACM1").toString(), "cdc_acm", "Arduino Uno (2341:0043)"),
                new SerialPorts.SerialPort(dev.resolve("ttyS0").toString(), "serial8250",
                        "built-in serial port (16550A UART)")),
                new SerialPorts(dev, sysClassTty).list());
    }

    @Test
    void aMissingDevFolderMeansNoPorts() {
        assertEquals(List.of(), new SerialPorts(root.resolve("nowhere"), sysClassTty).list());
    }
}
