package org.myofuse.openbci.driver;

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

/** Driver of the OpenBCI Cyton board (8 channels, 250 Hz; 16 channels at 125 Hz with the Daisy module). */
@Component(service = DeviceDriver.class, property = DeviceDriver.TYPE_PROPERTY + "=" + CytonDriver.TYPE_ID)
public final class CytonDriver implements DeviceDriver<CytonConfig> {

    /** The device type id. */
    public static final String TYPE_ID = "openbci-cyton";
    /** The device type. */
    public static final DeviceType TYPE = new DeviceType(TYPE_ID, "OpenBCI Cyton", "OpenBCI", Transport.SERIAL, true);

    private final SerialTransport transport;

    @Activate
    public CytonDriver(@Reference SerialTransport transport) {
        this.transport = transport;
    }

    @Override
    public DeviceType type() {
        return TYPE;
    }

    @Override
    public Class<CytonConfig> configurationType() {
        return CytonConfig.class;
    }

    @Override
    public void validate(CytonConfig configuration) {
        CytonLayout.of(configuration);
    }

    @Override
    public DeviceConnection connect(DeviceContext<CytonConfig> context) throws DeviceException {
        CytonConfig config = context.configuration();
        CytonLayout layout;
        try {
            layout = CytonLayout.of(config);
        } catch (IllegalArgumentException e) {
            throw new DeviceException(context.deviceId() + ": " + e.getMessage(), e);
        }
        String port = context.port();
        if (port.isEmpty()) {
            throw new DeviceException(context.deviceId() + ": no serial port configured (give openbci-cyton@PORT)");
        }
        var connection = new CytonConnection(context, layout, config.replyTimeoutMs());
        SerialLink link = transport.open(SerialLinkSpec.of(port, config.baudRate(), context.clock(),
                TYPE_ID + "-" + port), connection);
        connection.attach(link);
        try {
            CytonBanner banner = connection.identifyAndConfigure();
            String model = layout.daisy() ? "Cyton + Daisy (16 channels)" : "Cyton (8 channels)";
            connection.openStream(new DeviceDescriptor(TYPE_ID, "OpenBCI", model, banner.version(), "unknown",
                    layout.channels(), null));
            return connection;
        } catch (DeviceException | RuntimeException e) {
            link.close();
            throw e;
        }
    }
}
