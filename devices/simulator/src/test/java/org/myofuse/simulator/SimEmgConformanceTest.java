package org.myofuse.simulator;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.simulator.emg.SimEmgDriver;
import org.myofuse.testkit.DriverConformance;

/** sim-emg against the driver conformance kit, on the real device manager and bus. */
class SimEmgConformanceTest extends DriverConformance {

    @Override
    protected DeviceDriver<?> driver() {
        return new SimEmgDriver();
    }

    @Override
    protected String deviceSpec() {
        return "sim-emg?seed=11";
    }
}
