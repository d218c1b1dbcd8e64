package org.myofuse.mat.driver;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.mat.sim.MatSimulator;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.testkit.SerialDriverConformance;

/**
 * The real pressure mat driver against the conformance kit, talking to the mat's wire simulator
 * (32 x 32 at 100 Hz) over a pty.
 */
class MatConformanceTest extends SerialDriverConformance {

    @Override
    protected DeviceDriver<?> driver(SerialTransport transport) {
        return new MatDriver(transport);
    }

    @Override
    protected String typeId() {
        return "pressure-mat";
    }

    @Override
    protected AutoCloseable serve(SerialTransport transport, String devicePath, SessionClock clock) throws Exception {
        return MatSimulator.serve(MatSimulator.Settings.clean(31), transport, devicePath, clock);
    }
}
