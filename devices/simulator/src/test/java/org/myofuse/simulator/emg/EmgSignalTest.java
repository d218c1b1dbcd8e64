package org.myofuse.simulator.emg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.lib.simulation.ScenarioSample;
import org.myofuse.lib.simulation.TherapyScenario;
import org.myofuse.simulator.testing.Configs;
import org.myofuse.simulator.testing.Signals;

class EmgSignalTest {

    private static final int RATE = EmgSignal.SAMPLE_RATE_HZ;
    private static final int CHANNELS = 8;
    private static final int L_MULTIFIDUS = 0;
    private static final int L_ERECTOR = 2;
    private static final int L_GLUTE_MED = 6;
    private static final int R_GLUTE_MED = 7;

    /** No voluntary bursts, no hum: only what a test switches on. */
    private static final Map<String, Object> QUIET = Map.of("voluntaryBurstsPerMin", 0.0, "humAmplitudeUv", 0.0);

    private static EmgSignal signal(Map<String, ?> overrides) {
        var settings = new HashMap<String, Object>(QUIET);
        settings.putAll(overrides);
        return new EmgSignal(EmgSettings.of(Configs.with(SimEmgConfig.class, settings)));
    }

    private static float[] record(EmgSignal signal, double seconds) {
        return Signals.record(signal, 0, (int) (seconds * RATE), 20);
    }

    @Test
    void namesEightMusclesWithSitesAndTheCytonRange() {
        List<ChannelDescriptor> channels = EmgSignal.CHANNELS;
        assertEquals(List.of("L_multifidus", "R_multifidus", "L_erector_spinae", "R_erector_spinae", "L_glute_max",
                "R_glute_max", "L_glute_med", "R_glute_med"), channels.stream().map(ChannelDescriptor::name).toList());
        assertEquals("left lumbar multifidus (L5)", channels.get(0).site());
        for (ChannelDescriptor c : channels) {
            assertEquals("uV", c.unit());
            assertEquals(2000, c.sampleRateHz());
            assertEquals(-187_500, c.min());
            assertEquals(187_500, c.max());
            assertEquals(0.02235, c.resolution());
        }
    }

    @Test
    void sameSeedsGiveIdenticalSamplesOtherSeedsOthers() {
        Map<String, Object> lively = Map.of("voluntaryBurstsPerMin", 6.0, "humAmplitudeUv", 8.0);
        float[] a = record(signal(lively), 8);
        assertArrayEquals(a, record(signal(lively), 8));
        var otherSeed = new HashMap<String, Object>(lively);
        otherSeed.put("seed", 2L);
        assertFalse(Arrays.equals(a, record(signal(otherSeed), 8)));
    }

    @Test
    void randomAccessReturnsWhatAContiguousRunReturns() {
        EmgSignal contiguous = signal(Map.of());
        float[] all = record(contiguous, 3);
        EmgSignal jumping = signal(Map.of());
        float[] block = new float[20 * CHANNELS];
        // forward skip, then back to an earlier index (a replay), then contiguous again
        for (long first : new long[] {4000, 1000, 1020, 5980}) {
            jumping.fill(block, first, 20);
            float[] expected = Arrays.copyOfRange(all, (int) first * CHANNELS, (int) (first + 20) * CHANNELS);
            assertArrayEquals(expected, block, "block at " + first);
        }
    }

    @Test
    void restingRmsIsToneAndNoiseAddedInPower() {
        // threshold above any stroke: the patient never guards
        double[] rms = channelRms(record(signal(Map.of("guardingThresholdN", 50.0)), 20), RATE / 5);
        double expected = Math.hypot(4.0, 1.5);
        for (int c = 0; c < CHANNELS; c++) {
            assertEquals(expected, rms[c], expected * 0.05, "channel " + c);
        }
    }

    @Test
    void humAddsItsPowerAtTheSetFrequency() {
        var signal = signal(Map.of("guardingThresholdN", 50.0, "humAmplitudeUv", 20.0, "humFrequencyHz", 60));
        float[] frames = record(signal, 2.2);
        double[] ch = Arrays.copyOfRange(Signals.channel(frames, CHANNELS, 3), 400, 4400);
        assertEquals(Math.sqrt(4.0 * 4.0 + 1.5 * 1.5 + 20.0 * 20.0 / 2), Signals.rms(ch), 1.0);
        double[] spectrum = Signals.powerSpectrum(ch, RATE);
        assertEquals(60.0, peakFrequency(spectrum, ch.length), 0.5);
        double at60 = Signals.bandPower(spectrum, ch.length, RATE, 59, 61);
        double at50 = Signals.bandPower(spectrum, ch.length, RATE, 49, 51);
        assertTrue(at60 > 100 * at50, "hum at 60 Hz, nothing special at 50 Hz");
    }

    @Test
    void fiftyHertzIsTheDefaultMainsFrequency() {
        var signal = signal(Map.of("guardingThresholdN", 50.0, "humAmplitudeUv", 20.0));
        double[] ch = Arrays.copyOfRange(Signals.channel(record(signal, 2.2), CHANNELS, 0), 400, 4400);
        assertEquals(50.0, peakFrequency(Signals.powerSpectrum(ch, RATE), ch.length), 0.5);
    }

    @Test
    void muscleActivityLiesMostlyInTheTwentyToFourHundredFiftyHertzBand() {
        var signal = signal(Map.of("guardingThresholdN", 50.0, "baselineNoiseUv", 0.0, "restingToneUv", 10.0));
        double[] ch = Signals.channel(record(signal, 8.5), CHANNELS, 1);
        int n = 4000;
        double in = 0;
        double low = 0;
        double high = 0;
        double total = 0;
        for (int segment = 0; segment < 4; segment++) {
            double[] part = Arrays.copyOfRange(ch, 1000 + segment * n, 1000 + (segment + 1) * n);
            double[] spectrum = Signals.powerSpectrum(part, RATE);
            total += Signals.bandPower(spectrum, n, RATE, 0, 1001);
            in += Signals.bandPower(spectrum, n, RATE, 20, 450);
            low += Signals.bandPower(spectrum, n, RATE, 0, 10);
            high += Signals.bandPower(spectrum, n, RATE, 600, 1001);
        }
        assertTrue(in / total > 0.85, "share in 20-450 Hz: " + in / total);
        assertTrue(low / total < 0.01, "share below 10 Hz: " + low / total);
        assertTrue(high / total < 0.03, "share above 600 Hz: " + high / total);
    }

    @Test
    void guardingRaisesActivityUnderTheToolOnlyWhileForceExceedsTheThreshold() {
        EmgSignal signal = signal(Map.of());
        double[][] ratio = guardingRatios(signal);
        double nearLeft = ratio[0][0];
        double farLeft = ratio[0][1];
        assertTrue(nearLeft > 3, "left paraspinals during strong left strokes: RMS x" + nearLeft);
        assertTrue(farLeft < 1.15, "right gluteus medius during left strokes: RMS x" + farLeft);
    }

    @Test
    void noGuardingWhenStrokesStayBelowTheThreshold() {
        EmgSignal signal = signal(Map.of("guardingThresholdN", 12.0));
        double[][] ratio = guardingRatios(signal);
        assertTrue(ratio[0][0] < 1.15, "left paraspinals: RMS x" + ratio[0][0]);
    }

    @Test
    void guardingFollowsTheForceAfterTheLatency() {
        // with a long latency, the raised activity is found 500 ms after the strong force, not during it
        EmgSignal signal = signal(Map.of("guardingLatencyMs", 500));
        double[][] delayed = guardingRatios(signal, 0.5);
        double[][] undelayed = guardingRatios(signal, 0.0);
        assertTrue(delayed[0][0] > 3, "500 ms after: RMS x" + delayed[0][0]);
        assertTrue(undelayed[0][0] < delayed[0][0] / 2, "at the force itself: RMS x" + undelayed[0][0]);
    }

    @Test
    void voluntaryBurstsComeAtTheSetRate() {
        var signal = signal(Map.of("guardingThresholdN", 50.0, "voluntaryBurstsPerMin", 6.0,
                "voluntaryBurstUv", 60.0));
        double[] ch = Signals.channel(record(signal, 60), CHANNELS, 4);
        int window = RATE / 20;
        int bursts = 0;
        boolean on = false;
        for (int from = 0; from + window <= ch.length; from += window) {
            double rms = Signals.rms(ch, from, from + window);
            if (!on && rms > 15) {
                on = true;
                bursts++;
            } else if (on && rms < 8) {
                on = false;
            }
        }
        assertEquals(6, bursts);
    }

    @Test
    void proximityIsHighestUnderTheToolAndFallsWithDistance() {
        assertEquals(1.0, EmgSignal.proximity(L_ERECTOR, -40, 120), 1e-12);
        assertTrue(EmgSignal.proximity(L_MULTIFIDUS, -40, 0) > EmgSignal.proximity(L_MULTIFIDUS, 40, 0));
        assertTrue(EmgSignal.proximity(L_GLUTE_MED, -40, 200) < 0.01);
    }

    /**
     * RMS of the left paraspinals (multifidus and erector spinae together) and of the right gluteus
     * medius while strokes on the left exceed the threshold by 1 N, divided by their RMS at rest.
     * The force is taken {@code lagSeconds} before each sample.
     */
    private static double[][] guardingRatios(EmgSignal signal, double lagSeconds) {
        float[] frames = record(signal, 64);
        TherapyScenario scenario = signal.scenario();
        ScenarioSample s = new ScenarioSample();
        double threshold = signal.settings().guardingThresholdN();
        double[] strong = new double[2];
        double[] rest = new double[2];
        int strongCount = 0;
        int restCount = 0;
        for (int i = RATE; i < frames.length / CHANNELS; i++) {
            scenario.sample((double) i / RATE - lagSeconds, s);
            double near = square(frames, i, L_MULTIFIDUS) + square(frames, i, L_ERECTOR);
            double far = square(frames, i, R_GLUTE_MED);
            if (s.side() < 0 && s.normalForceN() > Math.min(threshold, 7.0) + 1) {
                strong[0] += near;
                strong[1] += far;
                strongCount++;
            } else if (s.strokeNumber() < 0) {
                rest[0] += near;
                rest[1] += far;
                restCount++;
            }
        }
        assertTrue(strongCount > RATE, "enough strong left strokes: " + strongCount);
        return new double[][] {{Math.sqrt(strong[0] / strongCount / (rest[0] / restCount)),
            Math.sqrt(strong[1] / strongCount / (rest[1] / restCount))}};
    }

    private static double[][] guardingRatios(EmgSignal signal) {
        return guardingRatios(signal, signal.settings().guardingLatencyMs() / 1000.0);
    }

    private static double square(float[] frames, int frame, int channel) {
        double v = frames[frame * CHANNELS + channel];
        return v * v;
    }

    private static double[] channelRms(float[] frames, int skipFrames) {
        double[] rms = new double[CHANNELS];
        for (int c = 0; c < CHANNELS; c++) {
            double[] ch = Signals.channel(frames, CHANNELS, c);
            rms[c] = Signals.rms(ch, skipFrames, ch.length);
        }
        return rms;
    }

    private static double peakFrequency(double[] spectrum, int n) {
        int best = 1;
        for (int k = 1; k < spectrum.length; k++) {
            if (spectrum[k] > spectrum[best]) {
                best = k;
            }
        }
        return best * (double) RATE / n;
    }
}
