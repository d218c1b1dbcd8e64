package org.myofuse.simulator.iastm;

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

/** Driver of the simulated force-sensing IASTM tool: 3 force channels at 1000 Hz in blocks of 10 ms. */
@Component(service = DeviceDriver.class, property = DeviceDriver.TYPE_PROPERTY + "=" + SimIastmDriver.TYPE_ID)
public final class SimIastmDriver implements DeviceDriver<SimIastmConfig> {

    /** The device type id. */
    public static final String TYPE_ID = "sim-iastm";
    /** The device type. */
    public static final DeviceType TYPE = new DeviceType(TYPE_ID, "Simulated force-sensing IASTM tool", "Myofuse",
            Transport.SIMULATED, false);
    /** Frames per published block (10 ms). */
    public static final int BLOCK_FRAMES = 10;

    private final ProtocolFollower follower;

    /** A driver without the scripted therapist and patient (outside OSGi): {@code scripted=true} is refused. */
    public SimIastmDriver() {
        this(null);
    }

    /** @param follower the bundle's scripted therapist and patient, for devices configured {@code scripted=true} */
    @Activate
    public SimIastmDriver(@Reference ProtocolFollower follower) {
        this.follower = follower;
    }

    @Override
    public DeviceType type() {
        return TYPE;
    }

    @Override
    public Class<SimIastmConfig> configurationType() {
        return SimIastmConfig.class;
    }

    /**
     * The mean-to-peak rule of the shared treatment model, which combines two settings, and a scripted
     * device needs the bundle's follower; the host has already held every setting to the range {@link SimIastmConfig} declares.
     */
    @Override
    public void validate(SimIastmConfig c) {
        new ScenarioSettings(c.scenarioSeed(), c.strokeRateHz(), c.meanForceN(), c.peakForceN());
        ProtocolFollower.check(c.scripted(), follower);
    }

    @Override
    public DeviceConnection connect(DeviceContext<SimIastmConfig> context) throws DeviceException {
        IastmSignal signal;
        try {
            ProtocolFollower.check(context.configuration().scripted(), follower);
            signal = new IastmSignal(IastmSettings.of(context.configuration()),
                    context.configuration().scripted() ? follower::script : null);
        } catch (IllegalArgumentException e) {
            throw new DeviceException(context.deviceId() + ": " + e.getMessage(), e);
        }
        var descriptor = new DeviceDescriptor(TYPE_ID, "Myofuse", "Simulated IASTM tool", "sim-1",
                signal.serialNumber(), IastmSignal.CHANNELS, null);
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
