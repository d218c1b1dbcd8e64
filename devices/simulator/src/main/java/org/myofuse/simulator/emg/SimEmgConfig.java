package org.myofuse.simulator.emg;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of one simulated 8-channel EMG amplifier ({@code sim-emg}). */
@ObjectClassDefinition(factoryPid = "org.myofuse.device.sim_emg", name = "Simulated EMG amplifier",
        description = "An 8-channel surface EMG amplifier on the lumbar paraspinals and glutes, 2000 Hz, uV: "
                + "resting tone, voluntary bursts and guarding against the modelled IASTM strokes, mains hum.")
public @interface SimEmgConfig {

    @AttributeDefinition(name = "Signal seed", description = "Seed of the EMG noise, voluntary bursts and serial number.")
    long seed() default 1;

    @AttributeDefinition(name = "Scenario seed",
            description = "Seed of the shared treatment model; give sim-iastm, sim-emg and sim-mat the same "
                    + "value (and the same stroke settings) so that they model the same strokes.")
    long scenarioSeed() default 42;

    @AttributeDefinition(name = "Stroke rate (Hz)",
            description = "Strokes per second of the shared treatment model, 0.25 to 1 Hz (as on sim-iastm).")
    double strokeRateHz() default 0.5;

    @AttributeDefinition(name = "Mean stroke force (N)",
            description = "Mean normal force of the modelled strokes, N (as on sim-iastm).")
    double meanForceN() default 6.0;

    @AttributeDefinition(name = "Peak stroke force (N)",
            description = "Typical peak normal force of the modelled strokes, N (as on sim-iastm).")
    double peakForceN() default 9.0;

    @AttributeDefinition(name = "Resting tone (uV RMS)",
            description = "Muscle activity at rest on every channel, 0 to 100 uV RMS, band-limited 20-450 Hz.")
    double restingToneUv() default 4.0;

    @AttributeDefinition(name = "Baseline noise (uV RMS)",
            description = "Broadband amplifier and electrode noise, 0 to 100 uV RMS.")
    double baselineNoiseUv() default 1.5;

    @AttributeDefinition(name = "Mains frequency (Hz)", description = "Frequency of the mains hum: 50 or 60 Hz.")
    int humFrequencyHz() default 50;

    @AttributeDefinition(name = "Mains hum (uV)",
            description = "Amplitude of the mains hum common to all channels, 0 to 1000 uV (peak).")
    double humAmplitudeUv() default 8.0;

    @AttributeDefinition(name = "Voluntary bursts (per min)",
            description = "Average number of voluntary contractions (bracing, shifting) per minute, 0 to 20.")
    double voluntaryBurstsPerMin() default 2.0;

    @AttributeDefinition(name = "Voluntary burst (uV RMS)",
            description = "Peak RMS of a voluntary contraction on the most involved channel, 0 to 2000 uV.")
    double voluntaryBurstUv() default 40.0;

    @AttributeDefinition(name = "Guarding threshold (N)",
            description = "Normal force of the modelled stroke above which the patient guards, 0 to 50 N.")
    double guardingThresholdN() default 7.0;

    @AttributeDefinition(name = "Guarding gain (uV/N)",
            description = "Guarding RMS per newton above the threshold on a channel right under the tool, 0 to 500 uV/N.")
    double guardingGainUvPerN() default 25.0;

    @AttributeDefinition(name = "Guarding latency (ms)",
            description = "Delay from the force to the guarding response, 0 to 1000 ms.")
    int guardingLatencyMs() default 120;
}
