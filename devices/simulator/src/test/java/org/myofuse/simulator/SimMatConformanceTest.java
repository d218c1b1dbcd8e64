package org.myofuse.simulator;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.simulator.mat.SimMatDriver;
import org.myofuse.testkit.DriverConformance;

/** sim-mat against the driver conformance kit, on the real device manager and bus. */
class SimMatConformanceTest extends DriverConformance {

    @Override
    protected DeviceDriver<?> driver() {
        return new SimMatDriver();
    }

    @Override
    protected String deviceSpec() {
        return "sim-mat?seed=11";
    }
}
