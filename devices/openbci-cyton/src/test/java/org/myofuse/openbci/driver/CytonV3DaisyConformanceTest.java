package org.myofuse.openbci.driver;

import org.myofuse.openbci.protocol.CytonFirmware;

/** Conformance: a board with firmware V3 with a Daisy module, driver configured for 16 channels (daisy=true). */
class CytonV3DaisyConformanceTest extends CytonConformance {

    CytonV3DaisyConformanceTest() {
        super(CytonFirmware.V3, true, true);
    }
}
