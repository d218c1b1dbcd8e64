package org.myofuse.line.driver;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.line.protocol.LineFormat;
import org.myofuse.line.protocol.Separator;
import org.myofuse.line.sim.LoadCellSimulator;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.testkit.SerialDriverConformance;

/**
 * The generic line driver against the conformance kit, reading an always-printing HX711 load-cell
 * sketch (80 Hz, comma-separated, CRLF) over a pty, configured as a user would.
 */
class LineDeviceConformanceTest extends SerialDriverConformance {

    @Override
    protected DeviceDriver<?> driver(SerialTransport transport) {
        return new LineDeviceDriver(transport);
    }

    @Override
    protected String typeId() {
        return "line-device";
    }

    @Override
    protected String settings() {
        return "channelNames=fz,temp&units=N,degC&offset=84210,0&scale=0.000438596491228,1&rateHz=80";
    }

    @Override
    protected AutoCloseable serve(SerialTransport transport, String devicePath, SessionClock clock) throws Exception {
        var settings = new LoadCellSimulator.Settings(23, 80, LineFormat.VALUES, Separator.COMMA, "", "\r\n", 0, false,
                true);
        return LoadCellSimulator.serve(settings, transport, devicePath, clock);
    }
}
