package org.myofuse.openbci.driver;

import org.myofuse.openbci.protocol.CytonFirmware;

/** Conformance: a board with firmware V3 without a Daisy module, driver configured for 8 channels. */
class CytonV3ConformanceTest extends CytonConformance {

    CytonV3ConformanceTest() {
        super(CytonFirmware.V3, false, false);
    }
}
