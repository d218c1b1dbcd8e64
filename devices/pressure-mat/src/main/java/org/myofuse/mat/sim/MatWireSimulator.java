package org.myofuse.mat.sim;

import java.io.IOException;

import org.myofuse.api.stream.SessionClock;
import org.myofuse.lib.simulation.mat.BodyPosture;
import org.myofuse.lib.simulation.mat.PatientSettings;
import org.myofuse.mat.driver.MatDriver;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.WireSimulator;
import org.myofuse.lib.serial.sim.SimulatedPort;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code myofuse simulate pressure-mat}: a 32 x 32 force platform (15 mm cells) at 100 Hz with a typical
 * patient standing on it (sway, weight shifts; {@link PatientSettings#typical}), on a fresh pseudo-terminal.
 */
@Component(service = WireSimulator.class, property = WireSimulator.TYPE_PROPERTY + "=" + MatDriver.TYPE_ID)
public final class MatWireSimulator implements WireSimulator {

    private final SerialTransport transport;
    private final SessionClock clock;

    @Activate
    public MatWireSimulator(@Reference SerialTransport transport, @Reference SessionClock clock) {
        this.transport = transport;
        this.clock = clock;
    }

    @Override
    public Running start(Options options) throws IOException {
        var settings = new MatSimulator.Settings(PatientSettings.typical(BodyPosture.STANDING, options.seed()),
                options.corruptRate(), 32, 32, 100, true);
        return SimulatedPort.start(transport, path -> MatSimulator.serve(settings, transport, path, clock),
                sim -> "pressure-mat simulator (32x32, 100 Hz): " + sim.framesSent() + " frames, "
                        + sim.framesRejectable() + " damaged (truncated or bad CRC), " + sim.framesDropped()
                        + " dropped, " + sim.garbageRuns() + " garbage runs", "");
    }
}
