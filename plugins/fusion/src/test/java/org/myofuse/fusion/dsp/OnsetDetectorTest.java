package org.myofuse.fusion.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Onset accuracy against synthetic bursts with known onsets (target: median error under 15 ms at 2 kHz). */
class OnsetDetectorTest {

    private static final double RATE = 2000;
    private static final double MEDIAN_ERROR_LIMIT_MS = 15;
    /** The fusion configuration's defaults for the fast path. */
    private static final double FAST_K = 6;
    private static final double FAST_MS = 10;

    @Test
    void shouldFindEveryBurstWithAMedianOnsetErrorUnder15msByThreshold() {
        assertOnsetAccuracy(false, 3);
    }

    @Test
    void shouldFindEveryBurstWithAMedianOnsetErrorUnder15msWithTeagerKaiser() {
        assertOnsetAccuracy(true, 6);
    }

    @Test
    void shouldFindEveryBurstWithAMedianOnsetErrorUnder15msWithTheFastPath() {
        assertOnsetAccuracy(false, 3, FAST_K, FAST_MS);
    }

    @Test
    void shouldReportNothingOnRestingEmg() {
        var emg = new SyntheticEmg(5, RATE, 20, 5, 5, 0);
        OnsetDetector d = new OnsetDetector(RATE, 50, 3, 1, 25, false);
        OnsetDetector fast = new OnsetDetector(RATE, 50, 3, 1, 25, false, FAST_K, FAST_MS);
        for (int i = 0; i < emg.samples.length; i++) {
            assertEquals(OnsetDetector.Transition.NONE, d.step(emg.samples[i], i), "sample " + i);
            assertEquals(OnsetDetector.Transition.NONE, fast.step(emg.samples[i], i), "fast path, sample " + i);
        }
    }

    @Test
    void shouldConfirmAClearContractionWithinTheFastDurationAndNeverLater() {
        for (long seed = 1; seed <= 4; seed++) {
            var clear = confirmations(new SyntheticEmg(seed, RATE, 62, 5, 40, 10), FAST_K, FAST_MS);
            var slow = confirmations(new SyntheticEmg(seed, RATE, 62, 5, 40, 10), 0, 0);
            assertEquals(10, clear.onsets(), "one onset per burst with the fast path, seed " + seed);
            assertEquals(10, slow.onsets(), "one onset per burst without it, seed " + seed);
            // 40 uV over a 5 uV rest: the fast threshold is crossed within a few ms (at most 10), then held for 10 ms
            for (int b = 0; b < 10; b++) {
                assertTrue(clear.delays()[b] <= 0.020 * RATE, "seed " + seed + " burst " + b + ": " + clear.delays()[b]);
                assertTrue(slow.delays()[b] >= 0.025 * RATE, "seed " + seed + " burst " + b + ": " + slow.delays()[b]);
            }
            // 10 uV, twice the rest: hard to see, found late either way; the fast path may help, never hurts
            var weak = confirmations(new SyntheticEmg(seed, RATE, 62, 5, 10, 10), FAST_K, FAST_MS);
            var weakSlow = confirmations(new SyntheticEmg(seed, RATE, 62, 5, 10, 10), 0, 0);
            for (int b = 0; b < 10; b++) {
                assertTrue(weak.delays()[b] <= weakSlow.delays()[b], "seed " + seed + " weak burst " + b);
            }
        }
    }

    @Test
    void shouldRefuseAFastPathThatIsNotFasterOrHigher() {
        assertThrows(IllegalArgumentException.class, () -> new OnsetDetector(RATE, 50, 3, 1, 25, false, 3, 10));
        assertThrows(IllegalArgumentException.class, () -> new OnsetDetector(RATE, 50, 3, 1, 25, false, 6, 30));
        assertThrows(IllegalArgumentException.class, () -> new OnsetDetector(RATE, 50, 3, 1, 25, false, 6, 0));
        assertThrows(IllegalArgumentException.class, () -> new OnsetDetector(RATE, 50, 3, 1, 0, false));
    }

    /** Onsets found, and samples from each true onset to the sample that confirmed it. */
    private record Confirmations(int onsets, long[] delays) {
    }

    /**
     * Every onset must be dated inside a burst (from 50 ms before it); a burst's delay is that of its
     * first onset, and every burst must be found.
     */
    private static Confirmations confirmations(SyntheticEmg emg, double fastK, double fastMs) {
        OnsetDetector d = new OnsetDetector(RATE, 50, 3, 1, 25, false, fastK, fastMs);
        long[] delays = new long[emg.onsets.length];
        Arrays.fill(delays, -1);
        int onsets = 0;
        for (int i = 0; i < emg.samples.length; i++) {
            if (d.step(emg.samples[i], i) == OnsetDetector.Transition.ONSET) {
                onsets++;
                int burst = burstAt(emg, d.transitionIndex());
                assertTrue(burst >= 0, "onset at " + d.transitionIndex() + " matches no burst: " + Arrays.toString(emg.onsets));
                if (delays[burst] < 0) {
                    delays[burst] = i - emg.onsets[burst];
                }
            }
        }
        assertTrue(Arrays.stream(delays).allMatch(x -> x >= 0), "every burst found: " + Arrays.toString(delays));
        return new Confirmations(onsets, delays);
    }

    private static int burstAt(SyntheticEmg emg, long index) {
        for (int b = 0; b < emg.onsets.length; b++) {
            if (index >= emg.onsets[b] - 0.05 * RATE && index <= emg.offsets[b]) {
                return b;
            }
        }
        return -1;
    }

    private static void assertOnsetAccuracy(boolean tkeo, double k) {
        assertOnsetAccuracy(tkeo, k, 0, 0);
    }

    private static void assertOnsetAccuracy(boolean tkeo, double k, double fastK, double fastMs) {
        List<Double> onsetErrors = new ArrayList<>();
        List<Double> offsetErrors = new ArrayList<>();
        for (long seed = 1; seed <= 4; seed++) {
            var emg = new SyntheticEmg(seed, RATE, 62, 5, 40, 10);
            OnsetDetector d = new OnsetDetector(RATE, 50, k, 1, 25, tkeo, fastK, fastMs);
            List<Long> onsets = new ArrayList<>();
            List<Long> offsets = new ArrayList<>();
            for (int i = 0; i < emg.samples.length; i++) {
                var t = d.step(emg.samples[i], i);
                if (t == OnsetDetector.Transition.ONSET) {
                    onsets.add(d.transitionIndex());
                } else if (t == OnsetDetector.Transition.OFFSET) {
                    offsets.add(d.transitionIndex());
                }
            }
            assertEquals(emg.onsets.length, onsets.size(), "onsets found, seed " + seed + ": " + onsets
                    + " expected " + Arrays.toString(emg.onsets));
            assertEquals(emg.offsets.length, offsets.size(), "offsets found, seed " + seed);
            for (int b = 0; b < onsets.size(); b++) {
                onsetErrors.add(Math.abs(onsets.get(b) - emg.onsets[b]) * 1000 / RATE);
                offsetErrors.add(Math.abs(offsets.get(b) - emg.offsets[b]) * 1000 / RATE);
            }
        }
        double median = median(onsetErrors);
        System.out.printf("onset error (%s): median %.2f ms, max %.2f ms over %d onsets; offset median %.2f ms%n",
                (tkeo ? "Teager-Kaiser" : "threshold") + (fastK > 0 ? ", fast path" : ""), median, onsetErrors.stream().mapToDouble(x -> x).max().orElse(0),
                onsetErrors.size(), median(offsetErrors));
        assertTrue(median < MEDIAN_ERROR_LIMIT_MS, "median onset error " + median + " ms");
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(x -> x).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
