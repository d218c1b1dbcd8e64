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

    /** Ranges are the metatype's (SimMatConfig), enforced by the host as Configs does. */
    @Test
    void refusesOutOfRangeSettingsWithOneLineNamingTheSetting() {
        assertEquals("invalid value '10.0' for sim-mat setting 'bodyMassKg': expected a number between 20 and 250",
                refusal(Map.of("bodyMassKg", 10.0)));
        assertEquals("invalid value '31.0' for sim-mat setting 'swayMm': expected a number between 0 and 30",
                refusal(Map.of("swayMm", 31.0)));
        assertEquals("invalid value '1.0' for sim-mat setting 'weightShiftIntervalS': expected a number between 5 and 600",
                refusal(Map.of("weightShiftIntervalS", 1.0)));
        assertEquals("invalid value '6.0' for sim-mat setting 'noiseKpa': expected a number between 0 and 5",
                refusal(Map.of("noiseKpa", 6.0)));
        assertEquals("invalid value '0.1' for sim-mat setting 'strokeRateHz': expected a number between 0.25 and 1",
                refusal(Map.of("strokeRateHz", 0.1)));
        assertEquals("invalid value 'prone' for sim-mat setting 'posture': expected one of STANDING, SUPINE",
                refusal(Map.of("posture", "prone")));
    }
}
