package org.myofuse.lib.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TherapyScenarioTest {

    private static final ScenarioSettings DEFAULT = new ScenarioSettings(42, 0.5, 6, 9);

    @Test
    void restsDuringTheLeadIn() {
        var scenario = new TherapyScenario(DEFAULT);
        var s = new ScenarioSample();
        for (double t = 0; t < TherapyScenario.LEAD_IN_SECONDS; t += 0.01) {
            scenario.sample(t, s);
            assertFalse(s.active());
            assertEquals(0, s.normalForceN());
            assertEquals(-1, s.strokeNumber());
        }
    }

    @Test
    void eachStrokeStartsInItsOwnCycleAndEndsBeforeTheNext() {
        var scenario = new TherapyScenario(DEFAULT);
        double period = 2;
        for (long k = 0; k < 200; k++) {
            double cycle = TherapyScenario.LEAD_IN_SECONDS + k * period;
            double start = scenario.strokeStart(k);
            assertTrue(start >= cycle && start <= cycle + 0.1 * period, "stroke " + k + " starts at " + start);
            assertTrue(start + scenario.strokeDuration() < cycle + period);
        }
    }

    @Test
    void forceIsZeroAtContactAndLiftOffAndPositiveBetween() {
        var scenario = new TherapyScenario(DEFAULT);
        var s = new ScenarioSample();
        double start = scenario.strokeStart(3);
        double end = start + scenario.strokeDuration();
        scenario.sample(start - 1e-6, s);
        assertFalse(s.active());
        scenario.sample(start + 1e-3, s);
        assertTrue(s.active());
        assertEquals(3, s.strokeNumber());
        assertTrue(s.normalForceN() < 0.01);
        scenario.sample((start + end) / 2, s);
        assertTrue(s.normalForceN() > 5);
        scenario.sample(end - 1e-3, s);
        assertTrue(s.normalForceN() < 0.01);
        scenario.sample(end + 1e-3, s);
        assertFalse(s.active());
        assertEquals(3, s.strokeNumber(), "between strokes the last stroke is reported");
    }

    @Test
    void meanOverAStrokeIsTheConfiguredShareOfItsPeak() {
        for (double mean : new double[] {3.6, 6, 7.2}) {
            var scenario = new TherapyScenario(new ScenarioSettings(1, 0.5, mean, 9));
            var s = new ScenarioSample();
            long k = 5;
            double start = scenario.strokeStart(k);
            int n = 100_000;
            double sum = 0;
            double max = 0;
            for (int i = 0; i < n; i++) {
                scenario.sample(start + (i + 0.5) / n * scenario.strokeDuration(), s);
                sum += s.normalForceN();
                max = Math.max(max, s.normalForceN());
            }
            assertEquals(scenario.strokePeak(k), max, 1e-6);
            assertEquals(mean / 9, sum / n / max, 1e-4);
        }
    }

    @Test
    void strokesAlternateDirectionAndChangeSideEverySet() {
        assertEquals(-1, TherapyScenario.direction(0));
        assertEquals(1, TherapyScenario.direction(1));
        for (int k = 0; k < TherapyScenario.STROKES_PER_SIDE; k++) {
            assertEquals(-1, TherapyScenario.side(k));
            assertEquals(1, TherapyScenario.side(k + TherapyScenario.STROKES_PER_SIDE));
        }
    }

    @Test
    void toolTravelsAlongTheSpineOverTheTreatedSide() {
        var scenario = new TherapyScenario(DEFAULT);
        var s = new ScenarioSample();
        long k = 9; // odd: cranial, second set: right side
        double start = scenario.strokeStart(k);
        scenario.sample(start + 0.05 * scenario.strokeDuration(), s);
        double early = s.spinalLevelMm();
        scenario.sample(start + 0.95 * scenario.strokeDuration(), s);
        assertTrue(s.spinalLevelMm() > early + 100, "travels cranially");
        assertEquals(TherapyScenario.LATERAL_MM, s.lateralMm());
        assertTrue(early > -60 && s.spinalLevelMm() < 300, "stays over the lumbar and thoracolumbar spine");
    }

    @Test
    void sameSeedSameStrokesOtherSeedOtherStrokes() {
        var a = new TherapyScenario(DEFAULT);
        var b = new TherapyScenario(DEFAULT);
        var c = new TherapyScenario(new ScenarioSettings(43, 0.5, 6, 9));
        int differ = 0;
        for (double t = 0; t < 60; t += 0.013) {
            assertEquals(a.normalForceN(t), b.normalForceN(t));
            if (a.normalForceN(t) != c.normalForceN(t)) {
                differ++;
            }
        }
        assertTrue(differ > 1000);
    }

    @Test
    void refusesSettingsOutsideTheirRanges() {
        assertEquals("strokeRateHz 2 Hz: must be between 0.25 and 1 Hz",
                assertThrows(IllegalArgumentException.class, () -> new ScenarioSettings(1, 2, 6, 9)).getMessage());
        assertEquals("peakForceN 45 N: must be between 1 and 40 N",
                assertThrows(IllegalArgumentException.class, () -> new ScenarioSettings(1, 0.5, 6, 45)).getMessage());
        assertEquals("meanForceN 8.5 N: must be 40-80 % of peakForceN 9 N (3.6-7.2 N)",
                assertThrows(IllegalArgumentException.class, () -> new ScenarioSettings(1, 0.5, 8.5, 9)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new ScenarioSettings(1, Double.NaN, 6, 9));
    }
}
