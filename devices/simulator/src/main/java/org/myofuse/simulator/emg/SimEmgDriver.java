package org.myofuse.simulator.emg;

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

/** Driver of the simulated 8-channel EMG amplifier: 2000 Hz in blocks of 10 ms. */
@Component(service = DeviceDriver.class, property = DeviceDriver.TYPE_PROPERTY + "=" + SimEmgDriver.TYPE_ID)
public final class SimEmgDriver implements DeviceDriver<SimEmgConfig> {

    /** The device type id. */
    public static final String TYPE_ID = "sim-emg";
    /** The device type. */
    public static final DeviceType TYPE = new DeviceType(TYPE_ID, "Simulated EMG amplifier", "Myofuse",
            Transport.SIMULATED, false);
    /** Frames per published block (10 ms). */
    public static final int BLOCK_FRAMES = 20;

    private final ProtocolFollower follower;

    /** A driver without the scripted therapist and patient (outside OSGi): {@code scripted=true} is refused. */
    public SimEmgDriver() {
        this(null);
    }

    /** @param follower the bundle's scripted therapist and patient, for devices configured {@code scripted=true} */
    @Activate
    public SimEmgDriver(@Reference ProtocolFollower follower) {
        this.follower = follower;
    }

    @Override
    public DeviceType type() {
        return TYPE;
    }

    @Override
    public Class<SimEmgConfig> configurationType() {
        return SimEmgConfig.class;
    }

    /**
     * The mean-to-peak rule of the shared treatment model, which combines two settings, and a scripted
     * device needs the bundle's follower; the host has already held every setting to the range {@link SimEmgConfig} declares.
     */
    @Override
    public void validate(SimEmgConfig c) {
        new ScenarioSettings(c.scenarioSeed(), c.strokeRateHz(), c.meanForceN(), c.peakForceN());
        ProtocolFollower.check(c.scripted(), follower);
    }

    @Override
    public DeviceConnection connect(DeviceContext<SimEmgConfig> context) throws DeviceException {
        EmgSignal signal;
        try {
            ProtocolFollower.check(context.configuration().scripted(), follower);
            signal = new EmgSignal(EmgSettings.of(context.configuration()),
                    context.configuration().scripted() ? follower::script : null);
        } catch (IllegalArgumentException e) {
            throw new DeviceException(context.deviceId() + ": " + e.getMessage(), e);
        }
        var descriptor = new DeviceDescriptor(TYPE_ID, "Myofuse", "Simulated EMG amplifier", "sim-1",
                signal.serialNumber(), EmgSignal.CHANNELS, null);
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
