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

    /** Ranges are the metatype's (SimIastmConfig), enforced by the host as Configs does; validate() combines. */
    @Test
    void refusesOutOfRangeSettingsWithOneLineNamingTheSetting() {
        assertEquals("invalid value '2.0' for sim-iastm setting 'strokeRateHz': expected a number between 0.25 and 1",
                refusal(Map.of("strokeRateHz", 2.0)));
        assertEquals("invalid value '1.5' for sim-iastm setting 'frictionRatio': expected a number between 0 and 1",
                refusal(Map.of("frictionRatio", 1.5)));
        assertEquals("invalid value '-0.1' for sim-iastm setting 'noiseN': expected a number between 0 and 1",
                refusal(Map.of("noiseN", -0.1)));
        assertEquals("invalid value '6.0' for sim-iastm setting 'tareDriftNPerMin': expected a number between -5 and 5",
                refusal(Map.of("tareDriftNPerMin", 6.0)));
        assertEquals("meanForceN 2 N: must be 40-80 % of peakForceN 9 N (3.6-7.2 N)",
                refusal(Map.of("meanForceN", 2.0)));
    }
}
