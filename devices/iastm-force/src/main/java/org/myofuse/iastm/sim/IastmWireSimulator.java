package org.myofuse.iastm.sim;

import java.io.IOException;

import org.myofuse.api.stream.SessionClock;
import org.myofuse.iastm.driver.IastmDriver;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.WireSimulator;
import org.myofuse.lib.serial.sim.SimulatedPort;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code myofuse simulate iastm-force}: a force tool with an IMU on a fresh pseudo-terminal. */
@Component(service = WireSimulator.class, property = WireSimulator.TYPE_PROPERTY + "=" + IastmDriver.TYPE_ID)
public final class IastmWireSimulator implements WireSimulator {

    private final SerialTransport transport;
    private final SessionClock clock;

    @Activate
    public IastmWireSimulator(@Reference SerialTransport transport, @Reference SessionClock clock) {
        this.transport = transport;
        this.clock = clock;
    }

    @Override
    public Running start(Options options) throws IOException {
        var settings = IastmSimulator.Settings.clean(options.seed()).withCorruption(options.corruptRate());
        return SimulatedPort.start(transport, path -> IastmSimulator.serve(settings, transport, path, clock),
                sim -> "iastm-force simulator: " + sim.framesSent() + " frames sent, " + sim.lostFrames().size()
                        + " damaged beyond decoding, " + sim.garbageRuns() + " garbage runs", "");
    }
}
