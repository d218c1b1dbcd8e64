package org.myofuse.example.inclinometer;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.testkit.DriverConformance;

/**
 * The example plugin against the driver conformance kit: what a vendor adds to its own build. The
 * kit's link tests are skipped here because this simulated device has no wire.
 */
class InclinometerConformanceTest extends DriverConformance {

    @Override
    protected DeviceDriver<?> driver() {
        return new InclinometerDriver();
    }

    @Override
    protected String deviceSpec() {
        return "example-inclinometer?seed=5";
    }
}
