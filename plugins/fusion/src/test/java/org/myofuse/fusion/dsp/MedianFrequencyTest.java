package org.myofuse.fusion.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MedianFrequencyTest {

    @Test
    void shouldTransformLikeTheDefinitionOfTheDft() {
        int n = 16;
        Fft fft = new Fft(n);
        double[] re = new double[n];
        double[] im = new double[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(i * 0.7) + i % 3;
            re[i] = x[i];
        }
        fft.transform(re, im);
        for (int k = 0; k < n; k++) {
            double sr = 0;
            double si = 0;
            for (int i = 0; i < n; i++) {
                sr += x[i] * Math.cos(2 * Math.PI * k * i / n);
                si -= x[i] * Math.sin(2 * Math.PI * k * i / n);
            }
            assertEquals(sr, re[k], 1e-9);
            assertEquals(si, im[k], 1e-9);
        }
    }

    @Test
    void shouldGiveTheFrequencyOfAPureToneOncePerSecond() {
        MedianFrequency mdf = new MedianFrequency(2000, 1);
        int windows = 0;
        for (int i = 0; i < 4000; i++) {
            if (mdf.step(Math.sin(2 * Math.PI * 87 * i / 2000.0))) {
                windows++;
                assertEquals(87, mdf.last(), 1.0);
            }
        }
        assertEquals(2, windows);
    }

    @Test
    void shouldSplitTheBandOfSurfaceEmgNearItsPowerMidpoint() {
        var emg = new SyntheticEmg(11, 2000, 6, 30, 30, 0);
        MedianFrequency mdf = new MedianFrequency(2000, 1);
        for (double x : emg.samples) {
            if (mdf.step(x)) {
                // flat power from 20 to 450 Hz with Butterworth skirts: the midpoint lies near 235 Hz
                assertTrue(mdf.last() > 200 && mdf.last() < 260, "median frequency " + mdf.last());
            }
        }
    }

    @Test
    void shouldReportNothingForASilentWindow() {
        MedianFrequency mdf = new MedianFrequency(1000, 1);
        for (int i = 0; i < 999; i++) {
            assertFalse(mdf.step(0));
        }
        assertTrue(mdf.step(0));
        assertTrue(Double.isNaN(mdf.last()));
    }
}
