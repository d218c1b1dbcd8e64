package org.myofuse.simulator.emg;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.Transport;
import org.myofuse.simulator.testing.Configs;

class SimEmgDriverTest {

    private final SimEmgDriver driver = new SimEmgDriver();

    private String refusal(Map<String, ?> settings) {
        return assertThrows(IllegalArgumentException.class,
                () -> driver.validate(Configs.with(SimEmgConfig.class, settings))).getMessage();
    }

    @Test
    void describesASimulatedTypeThatNeedsNoPort() {
        assertEquals("sim-emg", driver.type().id());
        assertEquals("Simulated EMG amplifier", driver.type().displayName());
        assertEquals(Transport.SIMULATED, driver.type().transport());
        assertFalse(driver.type().needsPort());
        assertEquals("org.myofuse.device.sim_emg", driver.type().factoryPid());
    }

    @Test
    void acceptsTheDefaults() {
        assertDoesNotThrow(() -> driver.validate(Configs.defaults(SimEmgConfig.class)));
    }

    /** Ranges and options are the metatype's (SimEmgConfig), enforced by the host as Configs does. */
    @Test
    void refusesOutOfRangeSettingsWithOneLineNamingTheSetting() {
        assertEquals("invalid value '55' for sim-emg setting 'humFrequencyHz': expected one of 50, 60",
                refusal(Map.of("humFrequencyHz", 55)));
        assertEquals("invalid value '2000' for sim-emg setting 'guardingLatencyMs': expected an integer between 0 and 1000",
                refusal(Map.of("guardingLatencyMs", 2000)));
        assertEquals("invalid value '-1.0' for sim-emg setting 'guardingThresholdN': expected a number between 0 and 50",
                refusal(Map.of("guardingThresholdN", -1.0)));
        assertEquals("invalid value '150.0' for sim-emg setting 'restingToneUv': expected a number between 0 and 100",
                refusal(Map.of("restingToneUv", 150.0)));
        assertEquals("invalid value '30.0' for sim-emg setting 'voluntaryBurstsPerMin': expected a number between 0 and 20",
                refusal(Map.of("voluntaryBurstsPerMin", 30.0)));
        assertEquals("invalid value '0.5' for sim-emg setting 'peakForceN': expected a number between 1 and 40",
                refusal(Map.of("peakForceN", 0.5)));
    }

    @Test
    void refusesStrokeForcesThatDoNotCombine() {
        assertEquals("meanForceN 8 N: must be 40-80 % of peakForceN 9 N (3.6-7.2 N)", refusal(Map.of("meanForceN", 8.0)));
    }
}
