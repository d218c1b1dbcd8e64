package org.myofuse.example.forcegauge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.testkit.Configs;

/**
 * The settings' ranges and options are declared once, in the metatype, and enforced by the host: the
 * testkit's configurations are checked exactly as the host checks a device spec.
 */
class Mark10GaugeConfigTest {

    @Test
    void theDefaultsAreADeviceAUserCanConnectWithoutSettings() {
        Mark10GaugeConfig config = Configs.defaults(Mark10GaugeConfig.class);
        assertEquals(List.of(115200, 50, 1000), List.of(config.baudRate(), config.pollRateHz(), config.identifyTimeoutMs()));
        assertEquals(100.0, config.capacityN());
    }

    @Test
    void valuesOutsideTheDeclaredRangesOrOptionsAreRefusedInOneLineNamingTheSetting() {
        for (var bad : List.<Map<String, ?>>of(Map.of("pollRateHz", "500"), Map.of("pollRateHz", "4"),
                Map.of("baudRate", "12345"), Map.of("capacityN", "0"), Map.of("identifyTimeoutMs", "50"))) {
            String key = bad.keySet().iterator().next();
            var e = assertThrows(IllegalArgumentException.class, () -> Configs.with(Mark10GaugeConfig.class, bad), key);
            assertTrue(e.getMessage().contains(key) && !e.getMessage().contains("\n"), e.getMessage());
        }
        assertEquals(200, Configs.with(Mark10GaugeConfig.class, Map.of("pollRateHz", "200")).pollRateHz());
    }
}
