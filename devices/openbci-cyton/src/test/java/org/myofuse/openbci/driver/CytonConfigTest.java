package org.myofuse.openbci.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.testkit.Configs;

/** CytonConfig's declared options and ranges, as the host enforces them (Configs checks the same way). */
class CytonConfigTest {

    private static String refusal(Map<String, ?> settings) {
        return assertThrows(IllegalArgumentException.class, () -> Configs.with(CytonConfig.class, settings)).getMessage();
    }

    @Test
    void gainsAreAmongTheBoardsProgrammableGains() {
        assertArrayEquals(new int[] {24}, Configs.defaults(CytonConfig.class).gains());
        assertArrayEquals(new int[] {1, 12}, Configs.with(CytonConfig.class, Map.of("gains", "1,12")).gains());
        assertEquals("invalid value '24,3' for openbci-cyton setting 'gains': expected a comma-separated list of values "
                + "among 1, 2, 4, 6, 8, 12, 24 ('3' is not one)", refusal(Map.of("gains", "24,3")));
    }

    @Test
    void replyTimeoutAndBaudRateOutsideTheirRangesAreRefusedInOneLine() {
        assertEquals("invalid value '100' for openbci-cyton setting 'replyTimeoutMs': expected an integer between 500 "
                + "and 10000", refusal(Map.of("replyTimeoutMs", 100)));
        assertEquals("invalid value '-9600' for openbci-cyton setting 'baudRate': expected an integer between 1 and "
                + "2147483647", refusal(Map.of("baudRate", "-9600")));
    }
}
