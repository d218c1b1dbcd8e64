package org.myofuse.simulator.mat;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.Transport;
import org.myofuse.simulator.testing.Configs;

class SimMatDriverTest {

    private final SimMatDriver driver = new SimMatDriver();

    private String refusal(Map<String, ?> settings) {
        return assertThrows(IllegalArgumentException.class,
                () -> driver.validate(Configs.with(SimMatConfig.class, settings))).getMessage();
    }

    @Test
    void describesASimulatedTypeThatNeedsNoPort() {
        assertEquals("sim-mat", driver.type().id());
        assertEquals("Simulated pressure mat", driver.type().displayName());
        assertEquals(Transport.SIMULATED, driver.type().transport());
        assertFalse(driver.type().needsPort());
        assertEquals("org.myofuse.device.sim_mat", driver.type().factoryPid());
    }

    @Test
    void acceptsTheDefaultsAndBothPostures() {
        assertDoesNotThrow(() -> driver.validate(Configs.defaults(SimMatConfig.class)));
        assertDoesNotThrow(() -> driver.validate(Configs.with(SimMatConfig.class, Map.of("posture", Posture.SUPINE))));
    }

    @Test
    void refusesOutOfRangeSettingsWithOneLineNamingTheSetting() {
        assertEquals("bodyMassKg 10 kg: must be between 20 and 250 kg", refusal(Map.of("bodyMassKg", 10.0)));
        assertEquals("swayMm 31 mm: must be between 0 and 30 mm", refusal(Map.of("swayMm", 31.0)));
        assertEquals("weightShiftIntervalS 1 s: must be between 5 and 600 s",
                refusal(Map.of("weightShiftIntervalS", 1.0)));
        assertEquals("noiseKpa 6 kPa: must be between 0 and 5 kPa", refusal(Map.of("noiseKpa", 6.0)));
        assertEquals("strokeRateHz 0.1 Hz: must be between 0.25 and 1 Hz", refusal(Map.of("strokeRateHz", 0.1)));
    }
}
