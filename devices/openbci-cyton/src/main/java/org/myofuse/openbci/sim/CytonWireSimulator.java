package org.myofuse.openbci.sim;

import org.myofuse.api.serial.VirtualPortPair;

import java.io.IOException;

import org.myofuse.api.device.DeviceException;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.openbci.driver.CytonDriver;
import org.myofuse.openbci.protocol.CytonFirmware;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.WireSimulator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code myofuse simulate openbci-cyton}: a Cyton board on a fresh pseudo-terminal. Through the
 * {@link WireSimulator} interface it is a board with firmware v3 and a Daisy module; {@link #start(Options,
 * CytonFirmware, boolean)} chooses the generation and the Daisy.
 */
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
        return start(options, CytonFirmware.V3, true);
    }

    /**
     * Starts a board of the given firmware generation, with or without a Daisy module.
     *
     * @throws IOException              if the pseudo-terminals cannot be made
     * @throws IllegalArgumentException if an option is out of range, with one line naming it
     */
    public Running start(Options options, CytonFirmware firmware, boolean daisy) throws IOException {
        var settings = CytonSimulator.Settings.clean(options.seed()).withCorruption(options.corruptRate())
                .withFirmware(firmware).withDaisy(daisy);
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
                return "openbci-cyton simulator (firmware " + firmware.typicalVersion() + (daisy ? ", Daisy" : "")
                        + "): " + sim.packetsSent() + " packets sent, " + sim.packetsLost()
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
