package org.myofuse.simulator;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.simulator.iastm.SimIastmDriver;
import org.myofuse.testkit.DriverConformance;

/** sim-iastm against the driver conformance kit, on the real device manager and bus. */
class SimIastmConformanceTest extends DriverConformance {

    @Override
    protected DeviceDriver<?> driver() {
        return new SimIastmDriver();
    }

    @Override
    protected String deviceSpec() {
        return "sim-iastm?seed=11";
    }
}
