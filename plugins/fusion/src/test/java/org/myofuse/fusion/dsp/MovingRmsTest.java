package org.myofuse.fusion.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class MovingRmsTest {

    @Test
    void shouldMatchABruteForceRmsOverTheWindow() {
        int window = 200;
        MovingRms rms = new MovingRms(window, 1);
        Random random = new Random(7);
        double[] history = new double[5000];
        for (int n = 0; n < history.length; n++) {
            history[n] = random.nextGaussian() * (1 + n / 1000.0);
            double got = rms.step(history[n]);
            int from = Math.max(0, n - window + 1);
            double sum = 0;
            for (int i = from; i <= n; i++) {
                sum += history[i] * history[i];
            }
            assertEquals(Math.sqrt(sum / (n - from + 1)), got, 1e-9, "sample " + n);
        }
    }

    @Test
    void shouldGiveTheAmplitudeOverRootTwoForASine() {
        MovingRms rms = new MovingRms(MovingRms.windowSamples(100, 2000), 2);
        double[] frame = new double[2];
        double[] out = new double[2];
        for (int n = 0; n < 4000; n++) {
            frame[0] = 10 * Math.sin(2 * Math.PI * 50 * n / 2000.0);
            frame[1] = 3;
            rms.stepFrame(frame, out);
        }
        assertEquals(10 / Math.sqrt(2), out[0], 1e-9);
        assertEquals(3, out[1], 1e-12);
    }

    @Test
    void shouldNotDriftOverHoursOfSamples() {
        MovingRms rms = new MovingRms(200, 1);
        Random random = new Random(3);
        double last = 0;
        for (int n = 0; n < 7_200_000; n++) {
            last = rms.step(n % 1000 < 500 ? 1e4 * random.nextGaussian() : 1e-3);
        }
        assertEquals(1e-3, last, 1e-12);
    }
}
