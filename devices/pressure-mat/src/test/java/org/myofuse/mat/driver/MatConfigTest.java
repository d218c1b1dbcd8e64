package org.myofuse.mat.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.testkit.Configs;

/** MatConfig's declared ranges, as the host enforces them (Configs checks the same way). */
class MatConfigTest {

    private static String refusal(Map<String, ?> settings) {
        return assertThrows(IllegalArgumentException.class, () -> Configs.with(MatConfig.class, settings)).getMessage();
    }

    @Test
    void theDefaultsAcceptAnyGeometry() {
        MatConfig config = Configs.defaults(MatConfig.class);
        assertEquals(0, config.expectedRows());
        assertEquals(0, config.expectedColumns());
        assertEquals(2000, config.replyTimeoutMs());
    }

    @Test
    void geometryTimeoutAndSpeedOutsideTheirRangesAreRefusedInOneLine() {
        assertEquals("invalid value '65' for pressure-mat setting 'expectedRows': expected an integer between 0 and 64",
                refusal(Map.of("expectedRows", "65")));
        assertEquals("invalid value '-1' for pressure-mat setting 'expectedColumns': expected an integer between 0 and 64",
                refusal(Map.of("expectedColumns", -1)));
        assertEquals("invalid value '100' for pressure-mat setting 'replyTimeoutMs': expected an integer between 200 and 10000",
                refusal(Map.of("replyTimeoutMs", 100)));
        assertEquals("invalid value '0' for pressure-mat setting 'baudRate': expected an integer between 1 and 2147483647",
                refusal(Map.of("baudRate", "0")));
    }
}
