package org.myofuse.iastm.driver;

import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceType;
import org.myofuse.api.device.Transport;
import org.myofuse.iastm.protocol.IdentifyInfo;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialLinkSpec;
import org.myofuse.api.serial.SerialTransport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Driver of force-sensing IASTM tools speaking the binary protocol of docs/protocols/iastm-force.md. */
@Component(service = DeviceDriver.class, property = DeviceDriver.TYPE_PROPERTY + "=" + IastmDriver.TYPE_ID)
public final class IastmDriver implements DeviceDriver<IastmConfig> {

    /** The device type id. */
    public static final String TYPE_ID = "iastm-force";
    /** The device type. */
    public static final DeviceType TYPE = new DeviceType(TYPE_ID, "IASTM force tool", "Myofuse protocol v1",
            Transport.SERIAL, true);

    private final SerialTransport transport;

    @Activate
    public IastmDriver(@Reference SerialTransport transport) {
        this.transport = transport;
    }

    @Override
    public DeviceType type() {
        return TYPE;
    }

    @Override
    public Class<IastmConfig> configurationType() {
        return IastmConfig.class;
    }

    // No validate(): every setting stands alone, and the host holds each to the range IastmConfig declares.

    @Override
    public DeviceConnection connect(DeviceContext<IastmConfig> context) throws DeviceException {
        IastmConfig config = context.configuration();
        String port = context.port();
        if (port.isEmpty()) {
            throw new DeviceException(context.deviceId() + ": no serial port configured (give iastm-force@PORT)");
        }
        var connection = new IastmConnection(context, config);
        SerialLink link = transport.open(SerialLinkSpec.of(port, config.baudRate(), context.clock(),
                TYPE_ID + "-" + port), connection);
        connection.attach(link);
        try {
            IdentifyInfo info = connection.identify();
            var layout = new IastmLayout(info, config.orientation());
            connection.openStream(new DeviceDescriptor(TYPE_ID, info.vendor(), info.model(), info.firmware(),
                    info.serialNumber(), layout.channels(), null), layout);
            return connection;
        } catch (DeviceException | RuntimeException e) {
            link.close();
            throw e;
        }
    }
}
