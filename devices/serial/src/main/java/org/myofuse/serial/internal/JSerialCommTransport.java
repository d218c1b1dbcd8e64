package org.myofuse.serial.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.device.DeviceException;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialLinkSpec;
import org.myofuse.api.serial.SerialListener;
import org.myofuse.api.serial.SerialPortInfo;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.VirtualPortPair;
import org.osgi.service.component.annotations.Component;

import com.fazecast.jSerialComm.SerialPort;

/** The serial transport on jSerialComm. Stateless: every open link owns its port and thread. */
@Component(service = SerialTransport.class)
public final class JSerialCommTransport implements SerialTransport {

    @Override
    public List<SerialPortInfo> ports() {
        List<SerialPortInfo> ports = new ArrayList<>();
        for (SerialPort p : SerialPort.getCommPorts()) {
            ports.add(new SerialPortInfo(p.getSystemPortPath(), nonNull(p.getPortDescription()), p.getVendorID(),
                    p.getProductID(), nonNull(p.getSerialNumber())));
        }
        return ports;
    }

    @Override
    public SerialLink open(SerialLinkSpec spec, SerialListener listener) throws DeviceException {
        return JSerialCommLink.open(spec, listener);
    }

    /** Pseudo-terminal pairs come from socat, which every Linux and macOS package manager has. */
    @Override
    public VirtualPortPair openVirtualPair(Path deviceLink, Path hostLink) throws IOException {
        return SocatPseudoTerminalPair.open(deviceLink, hostLink);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
