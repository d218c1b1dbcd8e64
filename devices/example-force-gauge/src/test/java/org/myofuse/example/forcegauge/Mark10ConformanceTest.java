package org.myofuse.example.forcegauge;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.example.forcegauge.sim.GaugeSimulator;
import org.myofuse.testkit.SerialDriverConformance;

/**
 * The driver against the conformance kit: the host's real device manager and bus, the gauge simulator
 * on a socat pseudo-terminal pair with stable paths, configured with the defaults as a user would
 * ({@code mark10-gauge@PORT}).
 */
class Mark10ConformanceTest extends SerialDriverConformance {

    @Override
    protected DeviceDriver<?> driver(SerialTransport transport) {
        return new Mark10GaugeDriver(transport);
    }

    @Override
    protected String typeId() {
        return Mark10GaugeDriver.TYPE_ID;
    }

    @Override
    protected AutoCloseable serve(SerialTransport transport, String devicePath, SessionClock clock) throws Exception {
        return GaugeSimulator.serve(new GaugeSimulator.Settings(29, 0, true, true, false), transport, devicePath, clock);
    }
}
