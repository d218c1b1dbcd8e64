package org.myofuse.simulator.emg;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

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
            description = "Strokes per second of the shared treatment model (as on sim-iastm).", min = "0.25", max = "1")
    double strokeRateHz() default 0.5;

    @AttributeDefinition(name = "Mean stroke force (N)",
            description = "Mean normal force of the modelled strokes, 40-80 % of the peak (as on sim-iastm).",
            min = "0.1", max = "40")
    double meanForceN() default 6.0;

    @AttributeDefinition(name = "Peak stroke force (N)",
            description = "Typical peak normal force of the modelled strokes (as on sim-iastm).", min = "1", max = "40")
    double peakForceN() default 9.0;

    @AttributeDefinition(name = "Resting tone (uV RMS)",
            description = "Muscle activity at rest on every channel, band-limited 20-450 Hz.", min = "0", max = "100")
    double restingToneUv() default 4.0;

    @AttributeDefinition(name = "Baseline noise (uV RMS)",
            description = "Broadband amplifier and electrode noise.", min = "0", max = "100")
    double baselineNoiseUv() default 1.5;

    @AttributeDefinition(name = "Mains frequency (Hz)", description = "Frequency of the mains hum.",
            options = {@Option(label = "50 Hz", value = "50"), @Option(label = "60 Hz", value = "60")})
    int humFrequencyHz() default 50;

    @AttributeDefinition(name = "Mains hum (uV)",
            description = "Amplitude (peak) of the mains hum common to all channels.", min = "0", max = "1000")
    double humAmplitudeUv() default 8.0;

    @AttributeDefinition(name = "Voluntary bursts (per min)",
            description = "Average number of voluntary contractions (bracing, shifting) per minute.", min = "0", max = "20")
    double voluntaryBurstsPerMin() default 2.0;

    @AttributeDefinition(name = "Voluntary burst (uV RMS)",
            description = "Peak RMS of a voluntary contraction on the most involved channel.", min = "0", max = "2000")
    double voluntaryBurstUv() default 40.0;

    @AttributeDefinition(name = "Guarding threshold (N)",
            description = "Normal force of the modelled stroke above which the patient guards.", min = "0", max = "50")
    double guardingThresholdN() default 7.0;

    @AttributeDefinition(name = "Guarding gain (uV/N)",
            description = "Guarding RMS per newton above the threshold on a channel right under the tool.",
            min = "0", max = "500")
    double guardingGainUvPerN() default 25.0;

    @AttributeDefinition(name = "Guarding latency (ms)",
            description = "Delay from the force to the guarding response.", min = "0", max = "1000")
    int guardingLatencyMs() default 120;

    @AttributeDefinition(name = "Scripted",
            description = "Follow protocol runs as the scripted patient instead of playing the fixed scenario: rest "
                    + "and a maximal contraction for calibrations, guarding during releases, muscles held in a "
                    + "biofeedback step's %MVC band, a drill's repetitions. Between runs the patient rests. The "
                    + "scenario seed seeds the script.")
    boolean scripted() default false;
}
