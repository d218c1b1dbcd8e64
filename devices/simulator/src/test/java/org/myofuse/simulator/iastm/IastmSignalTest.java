package org.myofuse.simulator.iastm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.myofuse.simulator.iastm.IastmSignal.FX;
import static org.myofuse.simulator.iastm.IastmSignal.FY;
import static org.myofuse.simulator.iastm.IastmSignal.FZ;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myofuse.api.stream.Quality;
import org.myofuse.lib.simulation.TherapyScenario;
import org.myofuse.simulator.testing.Configs;
import org.myofuse.simulator.testing.Signals;

class IastmSignalTest {

    private static final int RATE = IastmSignal.SAMPLE_RATE_HZ;
    private static final int LEAD_IN = (int) (TherapyScenario.LEAD_IN_SECONDS * RATE);

    private static IastmSignal signal(Map<String, ?> overrides) {
        return new IastmSignal(IastmSettings.of(Configs.with(SimIastmConfig.class, overrides)));
    }

    private static double[] record(IastmSignal signal, int seconds, int channel) {
        return Signals.channel(Signals.record(signal, 0, seconds * RATE, 10), 3, channel);
    }

    @Test
    void sameSeedsGiveIdenticalSamples() {
        float[] a = Signals.record(signal(Map.of()), 0, 10_000, 10);
        float[] b = Signals.record(signal(Map.of()), 0, 10_000, 10);
        assertArrayEquals(a, b);
    }

    @Test
    void otherSensorOrScenarioSeedGivesOtherSamples() {
        float[] base = Signals.record(signal(Map.of()), 0, 10_000, 10);
        assertFalse(Arrays.equals(base, Signals.record(signal(Map.of("seed", 2L)), 0, 10_000, 10)));
        assertFalse(Arrays.equals(base, Signals.record(signal(Map.of("scenarioSeed", 43L)), 0, 10_000, 10)));
    }

    @Test
    void samplesDependOnTheIndexNotOnHowTheyWereRequested() {
        float[] inTens = Signals.record(signal(Map.of()), 0, 9_000, 10);
        float[] inSevens = Signals.record(signal(Map.of()), 0, 9_000, 7);
        float[] atOnce = Signals.record(signal(Map.of()), 0, 9_000, 9_000);
        float[] tail = Signals.record(signal(Map.of()), 5_000, 4_000, 10);
        assertArrayEquals(inTens, inSevens);
        assertArrayEquals(inTens, atOnce);
        assertArrayEquals(Arrays.copyOfRange(inTens, 5_000 * 3, 9_000 * 3), tail);
    }

    @Test
    void strokesAverageTheMeanForceAndReachThePeakForce() {
        IastmSignal signal = signal(Map.of());
        TherapyScenario scenario = signal.scenario();
        double[] fz = record(signal, 64, FZ);
        double sum = 0;
        long samples = 0;
        double peaks = 0;
        int strokes = 30; // 60 s at 0.5 Hz after the lead-in
        for (int k = 0; k < strokes; k++) {
            int from = (int) Math.ceil(scenario.strokeStart(k) * RATE);
            int to = (int) Math.floor((scenario.strokeStart(k) + scenario.strokeDuration()) * RATE);
            double peak = 0;
            for (int i = from; i <= to; i++) {
                sum += fz[i];
                peak = Math.max(peak, fz[i]);
            }
            samples += to - from + 1;
            peaks += peak;
        }
        // stroke-to-stroke variation (+-8 % of the peak) averages out to well within 3 % over 30 strokes
        assertEquals(6.0, sum / samples, 6.0 * 0.03, "mean normal force during strokes, N");
        assertEquals(9.0, peaks / strokes, 9.0 * 0.03, "mean stroke peak, N");
    }

    @ParameterizedTest
    @CsvSource({"0.25, 15", "0.5, 30", "1.0, 60"})
    void strokeCountFollowsTheStrokeRate(double rateHz, int expected) {
        double[] fz = record(signal(Map.of("strokeRateHz", rateHz)), 63, FZ);
        int strokes = 0;
        boolean on = false;
        for (double f : fz) {
            if (!on && f > 1.5) {
                on = true;
                strokes++;
            } else if (on && f < 0.5) {
                on = false;
            }
        }
        assertEquals(expected, strokes, "strokes detected on Fz in 60 s after the lead-in");
    }

    @Test
    void shearFollowsTheStrokeDirectionWithTheFrictionRatio() {
        IastmSignal signal = signal(Map.of("noiseN", 0.0, "tareDriftNPerMin", 0.0));
        TherapyScenario scenario = signal.scenario();
        float[] frames = Signals.record(signal, 0, 30 * RATE, 10);
        for (int k = 0; k < 10; k++) {
            int mid = (int) ((scenario.strokeStart(k) + scenario.strokeDuration() / 2) * RATE);
            double fx = frames[mid * 3 + FX];
            double fy = frames[mid * 3 + FY];
            double fz = frames[mid * 3 + FZ];
            double ratio = Math.hypot(fx, fy) / fz;
            assertEquals(0.3, ratio, 0.3 * 0.11, "shear / normal of stroke " + k);
            assertEquals(TherapyScenario.direction(k), Math.signum(fy), "Fy follows the stroke direction");
            assertTrue(Math.abs(fx) < 0.2 * Math.abs(fy), "Fx is the small off-axis part");
        }
    }

    @Test
    void restsAreNearZeroWithGaussianNoiseOfTheSetRms() {
        double[] fz = record(signal(Map.of("noiseN", 0.1, "tareDriftNPerMin", 0.0)), 3, FZ);
        assertEquals(0, Signals.mean(fz, 0, LEAD_IN), 0.01);
        assertEquals(0.1, Signals.rms(fz, 0, LEAD_IN), 0.005);
    }

    @Test
    void zeroDriftsAtTheSetRate() {
        IastmSignal signal = signal(Map.of("tareDriftNPerMin", 1.0, "noiseN", 0.0));
        float[] frame = new float[3];
        signal.fill(frame, 0, 1);
        assertEquals(0, frame[FZ], 1e-6);
        // a rest shortly after 60 s: the last stroke before it ended, the next has not begun
        TherapyScenario scenario = signal.scenario();
        long k = 28;
        double rest = scenario.strokeStart(k) + scenario.strokeDuration() + 0.05;
        signal.fill(frame, (long) (rest * RATE), 1);
        assertEquals(rest / 60, frame[FZ], 0.001);
        assertTrue(Math.abs(frame[FX]) < frame[FZ] && Math.abs(frame[FX]) > 0, "shear drifts a third as fast");
    }

    @Test
    void valuesBeyondTheRangeAreClippedAndFlagged() {
        IastmSignal signal = signal(Map.of("tareDriftNPerMin", 5.0));
        float[] frames = new float[30];
        assertEquals(0, signal.fill(frames, 60 * RATE, 10));
        assertEquals(Quality.CLIPPED, signal.fill(frames, 11 * 60 * RATE, 10));
        assertEquals(50f, frames[FZ]);
    }

    @Test
    void samplesAreRoundedToTheResolution() {
        float[] frames = Signals.record(signal(Map.of()), 0, 5000, 10);
        for (float v : frames) {
            double steps = v / 0.001;
            assertEquals(Math.rint(steps), steps, 1e-3);
        }
    }

    @Test
    void serialNumberComesFromTheSeed() {
        assertEquals(signal(Map.of()).serialNumber(), signal(Map.of()).serialNumber());
        assertTrue(signal(Map.of()).serialNumber().matches("SIM-IASTM-[0-9A-F]{8}"));
        assertFalse(signal(Map.of()).serialNumber().equals(signal(Map.of("seed", 5L)).serialNumber()));
    }

    @Test
    void refusesAFillThatDoesNotFit() {
        var e = assertThrows(IllegalArgumentException.class, () -> signal(Map.of()).fill(new float[29], 0, 10));
        assertEquals("10 frames of 3 channels do not fit in 29 values", e.getMessage());
    }
}
