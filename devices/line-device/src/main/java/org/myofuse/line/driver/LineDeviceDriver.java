package org.myofuse.line.driver;

import java.time.Duration;

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

/** Driver of generic ASCII line devices: one sample per text line, layout and scaling from configuration. */
@Component(service = DeviceDriver.class, property = DeviceDriver.TYPE_PROPERTY + "=" + LineDeviceDriver.TYPE_ID)
public final class LineDeviceDriver implements DeviceDriver<LineDeviceConfig> {

    /** The device type id. */
    public static final String TYPE_ID = "line-device";
    /** The device type. */
    public static final DeviceType TYPE = new DeviceType(TYPE_ID, "Line device (ASCII)", "generic", Transport.SERIAL,
            true);
    /** The transport's no-data watchdog: the default, or three sample periods for slow devices. */
    private static final int WATCHDOG_PERIODS = 3;

    private final SerialTransport transport;

    @Activate
    public LineDeviceDriver(@Reference SerialTransport transport) {
        this.transport = transport;
    }

    @Override
    public DeviceType type() {
        return TYPE;
    }

    @Override
    public Class<LineDeviceConfig> configurationType() {
        return LineDeviceConfig.class;
    }

    @Override
    public void validate(LineDeviceConfig configuration) {
        LineLayout.of(configuration);
    }

    @Override
    public DeviceConnection connect(DeviceContext<LineDeviceConfig> context) throws DeviceException {
        LineDeviceConfig config = context.configuration();
        LineLayout layout;
        try {
            layout = LineLayout.of(config);
        } catch (IllegalArgumentException e) {
            throw new DeviceException(context.deviceId() + ": " + e.getMessage(), e);
        }
        String port = context.port();
        if (port.isEmpty()) {
            throw new DeviceException(context.deviceId() + ": no serial port configured (give line-device@PORT)");
        }
        Duration watchdog = Duration.ofNanos(Math.max(SerialLinkSpec.DEFAULT_NO_DATA_TIMEOUT.toNanos(),
                WATCHDOG_PERIODS * layout.periodNanos()));
        var connection = new LineConnection(context, layout, config);
        SerialLink link = transport.open(new SerialLinkSpec(port, config.baudRate(), context.clock(),
                TYPE_ID + "-" + port, watchdog, true), connection);
        connection.attach(link);
        try {
            connection.probe(config.firstLineTimeoutMs());
            connection.openStream(new DeviceDescriptor(TYPE_ID, "generic", "ASCII line device ("
                    + config.format().name().toLowerCase(java.util.Locale.ROOT) + ")", "unknown", "unknown",
                    layout.descriptors(), null));
            return connection;
        } catch (DeviceException | RuntimeException e) {
            link.close();
            throw e;
        }
    }
}
