package org.myofuse.openbci.driver;

import org.myofuse.openbci.protocol.CytonFirmware;

/** Conformance: a board with firmware V1 without a Daisy module, driver configured for 8 channels. */
class CytonV1ConformanceTest extends CytonConformance {

    CytonV1ConformanceTest() {
        super(CytonFirmware.V1, false, false);
    }
}
