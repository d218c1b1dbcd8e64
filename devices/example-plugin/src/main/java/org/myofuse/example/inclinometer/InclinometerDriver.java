package org.myofuse.example.inclinometer;

import java.util.List;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceType;
import org.myofuse.api.device.Transport;
import org.myofuse.api.stream.SamplePublisher;
import org.osgi.service.component.annotations.Component;

/**
 * The driver service of the example inclinometer.
 *
 * <p>Declarative Services registers it as a {@link DeviceDriver} with the service property
 * {@code myofuse.device.type=example-inclinometer}; the host's device manager finds it by that
 * property, reads the settings' declaration from {@link #configurationType()}'s metatype, and calls
 * {@link #connect} for every
 * configured device of this type. The component has no state of its own: everything about one device
 * lives in its {@link InclinometerConnection}, so several devices can run at once.
 */
@Component(service = DeviceDriver.class,
        property = DeviceDriver.TYPE_PROPERTY + "=" + InclinometerDriver.TYPE_ID)
public final class InclinometerDriver implements DeviceDriver<InclinometerConfig> {

    /** The type id: lowercase, digits and dashes; users name it in device specs. */
    public static final String TYPE_ID = "example-inclinometer";

    /** Frames per published block: 100 ms at 50 Hz, small enough for a live display. */
    public static final int BLOCK_FRAMES = 5;

    /** What the host shows in its list of installed device types. */
    public static final DeviceType TYPE = new DeviceType(TYPE_ID, "Example lumbar inclinometer", "Example Devices Ltd",
            Transport.SIMULATED, false);

    /** The two channels, in frame order: units and sites tell consumers what the numbers mean. */
    public static final List<ChannelDescriptor> CHANNELS = List.of(
            new ChannelDescriptor("flexion_deg", "deg", InclinometerMotion.SAMPLE_RATE_HZ,
                    "lumbar spine, sagittal plane (+ forward flexion)", -180, 180, 0.01),
            new ChannelDescriptor("lateral_bend_deg", "deg", InclinometerMotion.SAMPLE_RATE_HZ,
                    "lumbar spine, frontal plane (+ bend to the right)", -180, 180, 0.01));

    @Override
    public DeviceType type() {
        return TYPE;
    }

    @Override
    public Class<InclinometerConfig> configurationType() {
        return InclinometerConfig.class;
    }

    // No validate(): the host enforces each setting's declared range, and no rule here combines settings.
    // A driver whose settings must agree (say, as many channel names as channels) checks that there.

    /**
     * Identifies the device and opens its stream, without starting it. A real driver would open its
     * port here and ask the device for its serial number and firmware, failing with a one-line
     * {@link DeviceException} if it does not answer in time.
     */
    @Override
    public DeviceConnection connect(DeviceContext<InclinometerConfig> context) throws DeviceException {
        InclinometerSettings settings = InclinometerSettings.of(context.configuration());
        var descriptor = new DeviceDescriptor(TYPE_ID, TYPE.vendor(), "Lumbar inclinometer (simulated)", "example-1",
                String.format("EXI-%06d", Math.floorMod(settings.seed(), 1_000_000L)), CHANNELS, null);
        SamplePublisher publisher = context.openStream(descriptor, BLOCK_FRAMES);
        return new InclinometerConnection(context, publisher, new InclinometerMotion(settings));
    }
}
