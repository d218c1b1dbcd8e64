package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.device.DeviceType;
import org.myofuse.api.device.InstalledDeviceType;
import org.myofuse.api.device.Transport;
import org.myofuse.api.serial.SerialPortInfo;

class DevicesReportTest {

    private static final Path ETC = Path.of("/opt/myofuse/etc");

    @Test
    void shouldListTypesDevicesAndPortsInAlignedTables() {
        var types = List.of(
                new InstalledDeviceType(new DeviceType("openbci-cyton", "OpenBCI Cyton", "OpenBCI", Transport.SERIAL, true),
                        "com.example.cyton", "2.0.1"),
                new InstalledDeviceType(new DeviceType("sim-emg", "Simulated EMG amplifier", "Myofuse", Transport.SIMULATED,
                        false), "org.myofuse.simulator", "0.1.0"));
        var devices = List.of(
                new DeviceInfo("org.myofuse.device.openbci_cyton~left", "left", "openbci-cyton", "/dev/ttyUSB0",
                        DeviceState.DISCONNECTED, "no answer within 3 s", null, 0, 0, 0, 0),
                new DeviceInfo("org.myofuse.device.sim_emg~1", "sim-emg", "sim-emg", "", DeviceState.STREAMING, "", null,
                        10, 0, 0, 0));
        var ports = Optional.of(List.of(new SerialPortInfo("/dev/ttyUSB0", "FT232R USB UART", 0x0403, 0x6001, "A10KXYZ"),
                new SerialPortInfo("/dev/ttyS0", "Physical Port S0", -1, -1, "")));

        assertEquals("""
                Installed device types (2)
                  TYPE           NAME                     BUNDLE                 VERSION  TRANSPORT
                  openbci-cyton  OpenBCI Cyton            com.example.cyton      2.0.1    SERIAL
                  sim-emg        Simulated EMG amplifier  org.myofuse.simulator  0.1.0    SIMULATED

                Configured devices (2)
                  ID                                     NAME     TYPE           PORT          STATE
                  org.myofuse.device.openbci_cyton~left  left     openbci-cyton  /dev/ttyUSB0  DISCONNECTED (no answer within 3 s)
                  org.myofuse.device.sim_emg~1           sim-emg  sim-emg        -             STREAMING

                Serial ports (2)
                  PORT          DESCRIPTION
                  /dev/ttyUSB0  FT232R USB UART (0403:6001, serial A10KXYZ)
                  /dev/ttyS0    Physical Port S0
                """, DevicesReport.render(types, devices, ports, ETC));
    }

    @Test
    void emptySectionsShouldSayWhatToDo() {
        assertEquals("""
                Installed device types (0)
                  (no device plugin is installed; copy one into the plugins/ folder)

                Configured devices (0)
                  (none; 'myofuse run --device TYPE' adds one for a run, a .cfg file in /opt/myofuse/etc configures one for good)

                Serial ports (0)
                  (none found)
                """, DevicesReport.render(List.of(), List.of(), Optional.of(List.of()), ETC));
    }

    @Test
    void withoutASerialTransportThePortsShouldBeUnknownNotNone() {
        String text = DevicesReport.render(List.of(), List.of(), Optional.empty(), ETC);
        assertEquals("""
                Serial ports
                  (unknown: the serial transport bundle, org.myofuse.serial, is not installed)
                """, text.substring(text.indexOf("Serial ports")));
    }
}
