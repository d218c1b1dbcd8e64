package org.myofuse.openbci.driver;

import org.myofuse.openbci.protocol.CytonFirmware;

/** Conformance: a board with firmware V2 with a Daisy module, driver configured for 8 channels ('c' removes the Daisy). */
class CytonV2DaisyConformanceTest extends CytonConformance {

    CytonV2DaisyConformanceTest() {
        super(CytonFirmware.V2, true, false);
    }
}
