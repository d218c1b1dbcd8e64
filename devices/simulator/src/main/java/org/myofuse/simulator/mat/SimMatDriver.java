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
import org.osgi.service.component.annotations.Component;

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

    @Override
    public DeviceType type() {
        return TYPE;
    }

    @Override
    public Class<SimMatConfig> configurationType() {
        return SimMatConfig.class;
    }

    /**
     * The mean-to-peak rule of the shared treatment model, which combines two settings; the host has
     * already held every setting to the range {@link SimMatConfig} declares.
     */
    @Override
    public void validate(SimMatConfig c) {
        new ScenarioSettings(c.scenarioSeed(), c.strokeRateHz(), c.meanForceN(), c.peakForceN());
    }

    @Override
    public DeviceConnection connect(DeviceContext<SimMatConfig> context) throws DeviceException {
        MatSignal signal;
        try {
            signal = new MatSignal(MatSettings.of(context.configuration()));
        } catch (IllegalArgumentException e) {
            throw new DeviceException(context.deviceId() + ": " + e.getMessage(), e);
        }
        var descriptor = new DeviceDescriptor(TYPE_ID, "Myofuse", "Simulated pressure mat", "sim-1",
                signal.serialNumber(), MatSignal.CHANNELS, signal.grid());
        var publisher = context.openStream(descriptor, BLOCK_FRAMES);
        return new SimulatedConnection(context, publisher, signal, TYPE_ID, BLOCK_FRAMES);
    }
}
