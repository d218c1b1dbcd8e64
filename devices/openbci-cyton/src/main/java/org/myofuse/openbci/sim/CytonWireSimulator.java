package org.myofuse.openbci.sim;

import org.myofuse.api.serial.VirtualPortPair;

import java.io.IOException;

import org.myofuse.api.device.DeviceException;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.openbci.driver.CytonDriver;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.WireSimulator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code myofuse simulate openbci-cyton}: a Cyton board with a Daisy module on a fresh pseudo-terminal. */
@Component(service = WireSimulator.class, property = WireSimulator.TYPE_PROPERTY + "=" + CytonDriver.TYPE_ID)
public final class CytonWireSimulator implements WireSimulator {

    private final SerialTransport transport;
    private final SessionClock clock;

    @Activate
    public CytonWireSimulator(@Reference SerialTransport transport, @Reference SessionClock clock) {
        this.transport = transport;
        this.clock = clock;
    }

    @Override
    public Running start(Options options) throws IOException {
        var settings = new CytonSimulator.Settings(options.seed(), options.corruptRate(), true, true, false, false);
        VirtualPortPair pair = transport.openVirtualPair();
        CytonSimulator sim;
        try {
            sim = CytonSimulator.serve(settings, transport, pair.devicePath(), clock);
        } catch (DeviceException e) {
            pair.close();
            throw new IOException(e.getMessage(), e);
        }
        return new Running() {
            @Override
            public String portPath() {
                return pair.hostPath();
            }

            @Override
            public String summary() {
                return "openbci-cyton simulator: " + sim.packetsSent() + " packets sent, " + sim.packetsLost()
                        + " damaged beyond decoding, " + sim.garbageRuns() + " garbage runs";
            }

            @Override
            public void close() {
                sim.close();
                pair.close();
            }
        };
    }
}
