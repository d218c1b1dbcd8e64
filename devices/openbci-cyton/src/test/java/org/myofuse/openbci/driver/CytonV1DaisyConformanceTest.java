package org.myofuse.openbci.driver;

import org.myofuse.openbci.protocol.CytonFirmware;

/** Conformance: a board with firmware V1 with a Daisy module, driver configured for 16 channels (daisy=true). */
class CytonV1DaisyConformanceTest extends CytonConformance {

    CytonV1DaisyConformanceTest() {
        super(CytonFirmware.V1, true, true);
    }
}
