package org.myofuse.example.inclinometer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class InclinometerMotionTest {

    private static final int RATE = InclinometerMotion.SAMPLE_RATE_HZ;

    private static float[] record(InclinometerSettings settings, long first, int frames, int block) {
        var motion = new InclinometerMotion(settings);
        float[] all = new float[2 * frames];
        float[] buffer = new float[2 * block];
        for (int done = 0; done < frames; done += block) {
            int n = Math.min(block, frames - done);
            motion.fill(buffer, first + done, n);
            System.arraycopy(buffer, 0, all, 2 * done, 2 * n);
        }
        return all;
    }

    private static InclinometerSettings settings(long seed, double noise) {
        return new InclinometerSettings(seed, 40, 15, 8, noise);
    }

    @Test
    void sameSeedSameSamplesHoweverTheBlocksAreCut() {
        float[] a = record(settings(7, 0.1), 0, 1000, 5);
        assertArrayEquals(a, record(settings(7, 0.1), 0, 1000, 5));
        assertArrayEquals(a, record(settings(7, 0.1), 0, 1000, 3));
        assertArrayEquals(Arrays.copyOfRange(a, 800, 2000), record(settings(7, 0.1), 400, 600, 5));
        assertFalse(Arrays.equals(a, record(settings(8, 0.1), 0, 1000, 5)));
    }

    @Test
    void bendsForwardThroughTheSetRangeOncePerPeriod() {
        float[] frames = record(settings(7, 0), 0, 8 * RATE + 1, 5);
        assertEquals(0, frames[InclinometerMotion.FLEXION], 1e-6);
        assertEquals(40, frames[2 * (4 * RATE) + InclinometerMotion.FLEXION], 1e-4, "full flexion half way");
        assertEquals(0, frames[2 * (8 * RATE) + InclinometerMotion.FLEXION], 1e-4, "back upright after a period");
        float[] sway = record(settings(7, 0), 0, 30 * RATE, 5);
        double maxLateral = 0;
        for (int f = 0; f < 30 * RATE; f++) {
            maxLateral = Math.max(maxLateral, Math.abs(sway[2 * f + InclinometerMotion.LATERAL_BEND]));
        }
        assertEquals(15, maxLateral, 0.05, "sways sideways through the set range");
    }

    @Test
    void noiseHasTheSetRms() {
        float[] noisy = record(settings(7, 0.5), 0, 20_000, 5);
        float[] clean = record(settings(7, 0), 0, 20_000, 5);
        double sum = 0;
        for (int i = 0; i < noisy.length; i++) {
            double d = noisy[i] - clean[i];
            sum += d * d;
        }
        assertEquals(0.5, Math.sqrt(sum / noisy.length), 0.01);
    }
}
