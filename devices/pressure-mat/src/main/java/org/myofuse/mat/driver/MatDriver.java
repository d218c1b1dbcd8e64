package org.myofuse.mat.driver;

import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceType;
import org.myofuse.api.device.Transport;
import org.myofuse.mat.protocol.MatIdentity;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialLinkSpec;
import org.myofuse.api.serial.SerialTransport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Driver of pressure mats speaking the Myofuse mat protocol (up to 64 x 64 cells, kPa). */
@Component(service = DeviceDriver.class, property = DeviceDriver.TYPE_PROPERTY + "=" + MatDriver.TYPE_ID)
public final class MatDriver implements DeviceDriver<MatConfig> {

    /** The device type id. */
    public static final String TYPE_ID = "pressure-mat";
    /** The device type. */
    public static final DeviceType TYPE = new DeviceType(TYPE_ID, "Pressure mat", "Myofuse protocol",
            Transport.SERIAL, true);

    private final SerialTransport transport;

    @Activate
    public MatDriver(@Reference SerialTransport transport) {
        this.transport = transport;
    }

    @Override
    public DeviceType type() {
        return TYPE;
    }

    @Override
    public Class<MatConfig> configurationType() {
        return MatConfig.class;
    }

    // No validate(): every setting stands alone, and the host holds each to the range MatConfig declares.

    @Override
    public DeviceConnection connect(DeviceContext<MatConfig> context) throws DeviceException {
        MatConfig config = context.configuration();
        String port = context.port();
        if (port.isEmpty()) {
            throw new DeviceException(context.deviceId() + ": no serial port configured (give pressure-mat@PORT)");
        }
        var connection = new MatConnection(context, config.replyTimeoutMs());
        SerialLink link = transport.open(SerialLinkSpec.of(port, config.baudRate(), context.clock(),
                TYPE_ID + "-" + port), connection);
        connection.attach(link);
        try {
            MatIdentity identity = connection.identify();
            checkGeometry(port, config, identity);
            connection.openStream(MatLayout.descriptor(identity, config.placement()), identity);
            return connection;
        } catch (DeviceException | RuntimeException e) {
            link.close();
            throw e;
        }
    }

    private static void checkGeometry(String port, MatConfig config, MatIdentity id) throws DeviceException {
        if ((config.expectedRows() != 0 && config.expectedRows() != id.rows())
                || (config.expectedColumns() != 0 && config.expectedColumns() != id.columns())) {
            throw new DeviceException(port + ": the mat is " + id.rows() + "x" + id.columns() + ", configured "
                    + (config.expectedRows() == 0 ? "any" : config.expectedRows()) + "x"
                    + (config.expectedColumns() == 0 ? "any" : config.expectedColumns()));
        }
    }
}
