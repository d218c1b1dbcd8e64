package org.myofuse.simulator.emg;

import org.myofuse.lib.simulation.Check;
import org.myofuse.lib.simulation.ScenarioSettings;

/**
 * Validated settings of the simulated EMG amplifier; see {@link SimEmgConfig} for their meaning.
 */
public record EmgSettings(ScenarioSettings scenario, long seed, double restingToneUv, double baselineNoiseUv,
        int humFrequencyHz, double humAmplitudeUv, double voluntaryBurstsPerMin, double voluntaryBurstUv,
        double guardingThresholdN, double guardingGainUvPerN, int guardingLatencyMs) {

    public EmgSettings {
        Check.range("restingToneUv", restingToneUv, "uV", 0, 100);
        Check.range("baselineNoiseUv", baselineNoiseUv, "uV", 0, 100);
        if (humFrequencyHz != 50 && humFrequencyHz != 60) {
            throw new IllegalArgumentException("humFrequencyHz " + humFrequencyHz + " Hz: must be 50 or 60 Hz");
        }
        Check.range("humAmplitudeUv", humAmplitudeUv, "uV", 0, 1000);
        Check.range("voluntaryBurstsPerMin", voluntaryBurstsPerMin, "per min", 0, 20);
        Check.range("voluntaryBurstUv", voluntaryBurstUv, "uV", 0, 2000);
        Check.range("guardingThresholdN", guardingThresholdN, "N", 0, 50);
        Check.range("guardingGainUvPerN", guardingGainUvPerN, "uV/N", 0, 500);
        Check.range("guardingLatencyMs", guardingLatencyMs, "ms", 0, 1000);
    }

    /** The settings of a configuration; throws the first range violation. */
    public static EmgSettings of(SimEmgConfig c) {
        return new EmgSettings(new ScenarioSettings(c.scenarioSeed(), c.strokeRateHz(), c.meanForceN(),
                c.peakForceN()), c.seed(), c.restingToneUv(), c.baselineNoiseUv(), c.humFrequencyHz(),
                c.humAmplitudeUv(), c.voluntaryBurstsPerMin(), c.voluntaryBurstUv(), c.guardingThresholdN(),
                c.guardingGainUvPerN(), c.guardingLatencyMs());
    }
}
