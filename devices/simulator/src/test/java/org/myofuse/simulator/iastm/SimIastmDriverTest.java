package org.myofuse.simulator.iastm;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceType;
import org.myofuse.api.device.Transport;
import org.myofuse.simulator.testing.Configs;

class SimIastmDriverTest {

    private final SimIastmDriver driver = new SimIastmDriver();

    private String refusal(Map<String, ?> settings) {
        return assertThrows(IllegalArgumentException.class,
                () -> driver.validate(Configs.with(SimIastmConfig.class, settings))).getMessage();
    }

    @Test
    void describesASimulatedTypeThatNeedsNoPort() {
        DeviceType type = driver.type();
        assertEquals("sim-iastm", type.id());
        assertEquals("Simulated force-sensing IASTM tool", type.displayName());
        assertEquals(Transport.SIMULATED, type.transport());
        assertFalse(type.needsPort());
        assertEquals("org.myofuse.device.sim_iastm", type.factoryPid());
    }

    @Test
    void acceptsTheDefaults() {
        assertDoesNotThrow(() -> driver.validate(Configs.defaults(SimIastmConfig.class)));
    }

    @Test
    void refusesOutOfRangeSettingsWithOneLineNamingTheSetting() {
        assertEquals("strokeRateHz 2 Hz: must be between 0.25 and 1 Hz", refusal(Map.of("strokeRateHz", 2.0)));
        assertEquals("frictionRatio 1.5: must be between 0 and 1", refusal(Map.of("frictionRatio", 1.5)));
        assertEquals("noiseN -0.1 N: must be between 0 and 1 N", refusal(Map.of("noiseN", -0.1)));
        assertEquals("tareDriftNPerMin 6 N/min: must be between -5 and 5 N/min",
                refusal(Map.of("tareDriftNPerMin", 6.0)));
        assertEquals("meanForceN 2 N: must be 40-80 % of peakForceN 9 N (3.6-7.2 N)",
                refusal(Map.of("meanForceN", 2.0)));
    }
}
