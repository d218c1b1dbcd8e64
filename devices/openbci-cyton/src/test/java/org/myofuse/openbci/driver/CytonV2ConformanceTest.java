package org.myofuse.openbci.driver;

import org.myofuse.openbci.protocol.CytonFirmware;

/** Conformance: a board with firmware V2 without a Daisy module, driver configured for 8 channels. */
class CytonV2ConformanceTest extends CytonConformance {

    CytonV2ConformanceTest() {
        super(CytonFirmware.V2, false, false);
    }
}
