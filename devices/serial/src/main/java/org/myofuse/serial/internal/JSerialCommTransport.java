package org.myofuse.serial.internal;

import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.device.DeviceException;
import org.myofuse.serial.SerialLink;
import org.myofuse.serial.SerialLinkSpec;
import org.myofuse.serial.SerialListener;
import org.myofuse.serial.SerialPortInfo;
import org.myofuse.serial.SerialTransport;
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

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
