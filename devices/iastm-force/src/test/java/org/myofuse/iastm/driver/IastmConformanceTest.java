package org.myofuse.iastm.driver;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.iastm.sim.IastmSimulator;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.testkit.SerialDriverConformance;

/** The real IASTM force tool driver against the conformance kit, talking to the tool's wire simulator over a pty. */
class IastmConformanceTest extends SerialDriverConformance {

    @Override
    protected DeviceDriver<?> driver(SerialTransport transport) {
        return new IastmDriver(transport);
    }

    @Override
    protected String typeId() {
        return "iastm-force";
    }

    @Override
    protected AutoCloseable serve(SerialTransport transport, String devicePath, SessionClock clock) throws Exception {
        return IastmSimulator.serve(IastmSimulator.Settings.clean(31), transport, devicePath, clock);
    }
}
