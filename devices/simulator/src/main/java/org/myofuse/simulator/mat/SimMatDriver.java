package org.myofuse.simulator.mat;

import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceType;
import org.myofuse.api.device.Transport;
import org.myofuse.lib.simulation.ScenarioSettings;
import org.myofuse.simulator.core.SimulatedConnection;
import org.myofuse.simulator.script.ProtocolFollower;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Driver of the simulated 32 x 32 pressure mat: 1024 cells at 100 Hz, one frame per block. */
@Component(service = DeviceDriver.class, property = DeviceDriver.TYPE_PROPERTY + "=" + SimMatDriver.TYPE_ID)
public final class SimMatDriver implements DeviceDriver<SimMatConfig> {

    /** The device type id. */
    public static final String TYPE_ID = "sim-mat";
    /** The device type. */
    public static final DeviceType TYPE = new DeviceType(TYPE_ID, "Simulated pressure mat", "Myofuse",
            Transport.SIMULATED, false);
    /** Frames per published block (10 ms). */
    public static final int BLOCK_FRAMES = 1;

    private final ProtocolFollower follower;

    /** A driver without the scripted therapist and patient (outside OSGi): {@code scripted=true} is refused. */
    public SimMatDriver() {
        this(null);
    }

    /** @param follower the bundle's scripted therapist and patient, for devices configured {@code scripted=true} */
    @Activate
    public SimMatDriver(@Reference ProtocolFollower follower) {
        this.follower = follower;
    }

    @Override
    public DeviceType type() {
        return TYPE;
    }

    @Override
    public Class<SimMatConfig> configurationType() {
        return SimMatConfig.class;
    }

    /**
     * The mean-to-peak rule of the shared treatment model, which combines two settings, and a scripted
     * device needs the bundle's follower; the host has already held every setting to the range {@link SimMatConfig} declares.
     */
    @Override
    public void validate(SimMatConfig c) {
        new ScenarioSettings(c.scenarioSeed(), c.strokeRateHz(), c.meanForceN(), c.peakForceN());
        ProtocolFollower.check(c.scripted(), follower);
    }

    @Override
    public DeviceConnection connect(DeviceContext<SimMatConfig> context) throws DeviceException {
        MatSignal signal;
        try {
            ProtocolFollower.check(context.configuration().scripted(), follower);
            signal = new MatSignal(MatSettings.of(context.configuration()),
                    context.configuration().scripted() ? follower::script : null);
        } catch (IllegalArgumentException e) {
            throw new DeviceException(context.deviceId() + ": " + e.getMessage(), e);
        }
        var descriptor = new DeviceDescriptor(TYPE_ID, "Myofuse", "Simulated pressure mat", "sim-1",
                signal.serialNumber(), MatSignal.CHANNELS, signal.grid());
        var publisher = context.openStream(descriptor, BLOCK_FRAMES);
        var connection = new SimulatedConnection(context, publisher, signal, TYPE_ID, BLOCK_FRAMES);
        if (context.configuration().scripted()) {
            String id = context.deviceId();
            follower.join(id, context.configuration().scenarioSeed());
            connection.whenClosed(() -> follower.leave(id));
        }
        return connection;
    }
}
