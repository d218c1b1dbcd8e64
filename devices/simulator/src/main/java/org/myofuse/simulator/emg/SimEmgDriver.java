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
import org.osgi.service.component.annotations.Component;

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

    @Override
    public DeviceType type() {
        return TYPE;
    }

    @Override
    public Class<SimEmgConfig> configurationType() {
        return SimEmgConfig.class;
    }

    /**
     * The mean-to-peak rule of the shared treatment model, which combines two settings; the host has
     * already held every setting to the range {@link SimEmgConfig} declares.
     */
    @Override
    public void validate(SimEmgConfig c) {
        new ScenarioSettings(c.scenarioSeed(), c.strokeRateHz(), c.meanForceN(), c.peakForceN());
    }

    @Override
    public DeviceConnection connect(DeviceContext<SimEmgConfig> context) throws DeviceException {
        EmgSignal signal;
        try {
            signal = new EmgSignal(EmgSettings.of(context.configuration()));
        } catch (IllegalArgumentException e) {
            throw new DeviceException(context.deviceId() + ": " + e.getMessage(), e);
        }
        var descriptor = new DeviceDescriptor(TYPE_ID, "Myofuse", "Simulated EMG amplifier", "sim-1",
                signal.serialNumber(), EmgSignal.CHANNELS, null);
        var publisher = context.openStream(descriptor, BLOCK_FRAMES);
        return new SimulatedConnection(context, publisher, signal, TYPE_ID, BLOCK_FRAMES);
    }
}
