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

    @Test
    void refusesOutOfRangeSettingsWithOneLineNamingTheSetting() {
        assertEquals("humFrequencyHz 55 Hz: must be 50 or 60 Hz", refusal(Map.of("humFrequencyHz", 55)));
        assertEquals("guardingLatencyMs 2000 ms: must be between 0 and 1000 ms",
                refusal(Map.of("guardingLatencyMs", 2000)));
        assertEquals("guardingThresholdN -1 N: must be between 0 and 50 N", refusal(Map.of("guardingThresholdN", -1.0)));
        assertEquals("restingToneUv 150 uV: must be between 0 and 100 uV", refusal(Map.of("restingToneUv", 150.0)));
        assertEquals("voluntaryBurstsPerMin 30 per min: must be between 0 and 20 per min",
                refusal(Map.of("voluntaryBurstsPerMin", 30.0)));
        assertEquals("peakForceN 0.5 N: must be between 1 and 40 N", refusal(Map.of("peakForceN", 0.5)));
    }
}
