package org.myofuse.example.forcegauge;

import java.time.Duration;
import java.util.List;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceType;
import org.myofuse.api.device.Transport;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialLinkSpec;
import org.myofuse.api.serial.SerialTransport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The driver service for Mark-10 Series 5 force gauges: one Declarative Services component for the
 * device type {@code mark10-gauge}, given the host's {@link SerialTransport} by DS. It keeps no state
 * of its own; each configured gauge is one {@link GaugeConnection}, so several can run at once.
 *
 * <p>{@link #connect} opens the port, identifies the gauge (RM, RS, RV, then one reading) with a timeout
 * per answer, and opens the stream: one channel {@code force} in newtons at the poll rate.
 */
@Component(service = DeviceDriver.class, property = DeviceDriver.TYPE_PROPERTY + "=" + Mark10GaugeDriver.TYPE_ID)
public final class Mark10GaugeDriver implements DeviceDriver<Mark10GaugeConfig> {

    /** The device type id users name in device specs ({@code mark10-gauge@/dev/ttyUSB0}). */
    public static final String TYPE_ID = "mark10-gauge";
    /** Who makes the device. */
    public static final String VENDOR = "Mark-10";
    /** The device type: a serial device that needs a port. */
    public static final DeviceType TYPE = new DeviceType(TYPE_ID, "Mark-10 Series 5 force gauge (example serial plugin)",
            VENDOR, Transport.SERIAL, true);
    /** The channel's name. */
    public static final String CHANNEL = "force";
    /**
     * Poll periods of silence before the transport calls the link lost: a polled gauge is silent between
     * answers, so the transport's default (750 ms) is stretched for slow poll rates.
     */
    private static final int SILENT_PERIODS = 3;

    private final SerialTransport transport;

    @Activate
    public Mark10GaugeDriver(@Reference SerialTransport transport) {
        this.transport = transport;
    }

    @Override
    public DeviceType type() {
        return TYPE;
    }

    @Override
    public Class<Mark10GaugeConfig> configurationType() {
        return Mark10GaugeConfig.class;
    }

    @Override
    public DeviceConnection connect(DeviceContext<Mark10GaugeConfig> context) throws DeviceException {
        String port = context.port();
        if (port.isEmpty()) {
            throw new DeviceException(context.deviceId() + ": no serial port configured (give " + TYPE_ID + "@PORT)");
        }
        Mark10GaugeConfig config = context.configuration();
        var connection = new GaugeConnection(context);
        SerialLink link = transport.open(new SerialLinkSpec(port, config.baudRate(), context.clock(),
                TYPE_ID + "-" + port, silence(config), true), connection);
        try {
            connection.attach(link);
            Identity identity = connection.identify();
            connection.openStream(descriptor(identity, config.pollRateHz(), config.capacityN()));
            return connection;
        } catch (DeviceException | RuntimeException e) {
            link.close(); // nothing stays open after a failed connect
            throw e;
        }
    }

    private static Duration silence(Mark10GaugeConfig config) {
        long periods = Duration.ofSeconds(SILENT_PERIODS).toNanos() / config.pollRateHz();
        return Duration.ofNanos(Math.max(SerialLinkSpec.DEFAULT_NO_DATA_TIMEOUT.toNanos(), periods));
    }

    /** What the gauge said it is; the channel's range is the configured capacity, its resolution the gauge's. */
    static DeviceDescriptor descriptor(Identity identity, int pollRateHz, double capacityN) {
        var force = new ChannelDescriptor(CHANNEL, "N", pollRateHz, "gauge axis (+ compression, - tension)", -capacityN,
                capacityN, identity.resolutionNewtons());
        return new DeviceDescriptor(TYPE_ID, VENDOR, identity.model(), identity.firmware(), identity.serialNumber(),
                List.of(force), null);
    }
}
