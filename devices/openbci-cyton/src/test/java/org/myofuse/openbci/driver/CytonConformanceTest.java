package org.myofuse.openbci.driver;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.openbci.sim.CytonSimulator;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.testkit.SerialDriverConformance;

/** The real Cyton driver against the conformance kit, talking to the Cyton wire simulator over a pty. */
class CytonConformanceTest extends SerialDriverConformance {

    @Override
    protected DeviceDriver<?> driver(SerialTransport transport) {
        return new CytonDriver(transport);
    }

    @Override
    protected String typeId() {
        return "openbci-cyton";
    }

    @Override
    protected AutoCloseable serve(SerialTransport transport, String devicePath, SessionClock clock) throws Exception {
        return CytonSimulator.serve(CytonSimulator.Settings.clean(31), transport, devicePath, clock);
    }
}
