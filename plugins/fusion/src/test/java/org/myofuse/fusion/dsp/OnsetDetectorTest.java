package org.myofuse.fusion.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Onset accuracy against synthetic bursts with known onsets (target: median error under 15 ms at 2 kHz). */
class OnsetDetectorTest {

    private static final double RATE = 2000;
    private static final double MEDIAN_ERROR_LIMIT_MS = 15;

    @Test
    void shouldFindEveryBurstWithAMedianOnsetErrorUnder15msByThreshold() {
        assertOnsetAccuracy(false, 3);
    }

    @Test
    void shouldFindEveryBurstWithAMedianOnsetErrorUnder15msWithTeagerKaiser() {
        assertOnsetAccuracy(true, 6);
    }

    @Test
    void shouldReportNothingOnRestingEmg() {
        var emg = new SyntheticEmg(5, RATE, 20, 5, 5, 0);
        OnsetDetector d = new OnsetDetector(RATE, 50, 3, 1, 25, false);
        for (int i = 0; i < emg.samples.length; i++) {
            assertEquals(OnsetDetector.Transition.NONE, d.step(emg.samples[i], i), "sample " + i);
        }
    }

    private static void assertOnsetAccuracy(boolean tkeo, double k) {
        List<Double> onsetErrors = new ArrayList<>();
        List<Double> offsetErrors = new ArrayList<>();
        for (long seed = 1; seed <= 4; seed++) {
            var emg = new SyntheticEmg(seed, RATE, 62, 5, 40, 10);
            OnsetDetector d = new OnsetDetector(RATE, 50, k, 1, 25, tkeo);
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
                tkeo ? "Teager-Kaiser" : "threshold", median, onsetErrors.stream().mapToDouble(x -> x).max().orElse(0),
                onsetErrors.size(), median(offsetErrors));
        assertTrue(median < MEDIAN_ERROR_LIMIT_MS, "median onset error " + median + " ms");
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(x -> x).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
