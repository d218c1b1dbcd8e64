package org.myofuse.simulator.mat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.stream.Quality;
import org.myofuse.simulator.core.ScenarioSample;
import org.myofuse.simulator.core.TherapyScenario;
import org.myofuse.simulator.testing.Configs;
import org.myofuse.simulator.testing.Signals;

class MatSignalTest {

    private static final int RATE = MatSignal.SAMPLE_RATE_HZ;
    private static final int CELLS = 1024;

    private static MatSignal signal(Posture posture, Map<String, ?> overrides) {
        var settings = new HashMap<String, Object>(overrides);
        settings.put("posture", posture);
        return new MatSignal(MatSettings.of(Configs.with(SimMatConfig.class, settings)));
    }

    /** Load, centre of pressure and contact of one frame, computed from the cells as a consumer would. */
    private record Footprint(double loadN, double copX, double copY, int contactCells, double contactCm2) {

        static Footprint of(float[] cells, GridLayout grid) {
            double cellM2 = grid.rowPitchMm() * grid.columnPitchMm() * 1e-6;
            double load = 0;
            double mx = 0;
            double my = 0;
            int contact = 0;
            for (int i = 0; i < cells.length; i++) {
                double newtons = cells[i] * 1000 * cellM2;
                double x = (i % grid.columns() - (grid.columns() - 1) / 2.0) * grid.columnPitchMm();
                double y = ((grid.rows() - 1) / 2.0 - i / grid.columns()) * grid.rowPitchMm();
                load += newtons;
                mx += newtons * x;
                my += newtons * y;
                if (cells[i] > 0.5) {
                    contact++;
                }
            }
            return new Footprint(load, mx / load, my / load, contact, contact * cellM2 * 1e4);
        }
    }

    private static Footprint at(MatSignal signal, double seconds) {
        float[] frame = new float[CELLS];
        signal.fill(frame, Math.round(seconds * RATE), 1);
        return Footprint.of(frame, signal.grid());
    }

    @Test
    void sameSeedsGiveIdenticalFramesOtherSeedsOthers() {
        float[] a = Signals.record(signal(Posture.STANDING, Map.of()), 0, 500, 1);
        assertArrayEquals(a, Signals.record(signal(Posture.STANDING, Map.of()), 0, 500, 1));
        assertFalse(Arrays.equals(a, Signals.record(signal(Posture.STANDING, Map.of("seed", 9L)), 0, 500, 1)));
        float[] late = Signals.record(signal(Posture.STANDING, Map.of()), 300, 200, 1);
        assertArrayEquals(Arrays.copyOfRange(a, 300 * CELLS, 500 * CELLS), late);
    }

    @Test
    void gridIsAFootPlatformStandingAndATableMatSupine() {
        assertEquals(new GridLayout(32, 32, 15, 15), signal(Posture.STANDING, Map.of()).grid());
        assertEquals(new GridLayout(32, 32, 60, 25), signal(Posture.SUPINE, Map.of()).grid());
        assertEquals("r00c00", MatSignal.CHANNELS.get(0).name());
        assertEquals("r01c02", MatSignal.CHANNELS.get(34).name());
        assertEquals("r31c31", MatSignal.CHANNELS.get(1023).name());
        assertEquals("kPa", MatSignal.CHANNELS.get(5).unit());
    }

    @ParameterizedTest
    @EnumSource(Posture.class)
    void cellsCarryTheWholeBodyWeight(Posture posture) {
        for (double mass : new double[] {50, 70, 110}) {
            MatSignal signal = signal(posture, Map.of("bodyMassKg", mass));
            for (double t : new double[] {0, 7.3, 31, 64.2}) {
                assertEquals(mass * 9.80665, at(signal, t).loadN(), mass * 9.80665 * 0.015,
                        posture + " " + mass + " kg at " + t + " s");
            }
        }
    }

    @Test
    void standingContactIsTwoFeetOfPlausibleAreaAndPressure() {
        MatSignal signal = signal(Posture.STANDING, Map.of());
        float[] frame = new float[CELLS];
        signal.fill(frame, 0, 1);
        Footprint f = Footprint.of(frame, signal.grid());
        assertTrue(f.contactCm2() > 120 && f.contactCm2() < 300, "contact " + f.contactCm2() + " cm2");
        double meanKpa = f.loadN() / (f.contactCm2() * 1e-4) / 1000;
        assertTrue(meanKpa > 20 && meanKpa < 60, "mean contact pressure " + meanKpa + " kPa");
        for (int r = 0; r < 32; r++) {
            for (int c = 14; c < 18; c++) {
                assertEquals(0f, frame[r * 32 + c], "no load between the feet at row " + r + ", column " + c);
            }
        }
        double left = 0;
        double right = 0;
        for (int i = 0; i < CELLS; i++) {
            if (i % 32 < 16) {
                left += frame[i];
            } else {
                right += frame[i];
            }
        }
        assertEquals(1, left / right, 0.1, "neutral stance loads both feet alike");
    }

    @Test
    void supineContactIsABodyOutlineOfPlausibleAreaAndPressure() {
        MatSignal signal = signal(Posture.SUPINE, Map.of());
        float[] frame = new float[CELLS];
        signal.fill(frame, 0, 1);
        Footprint f = Footprint.of(frame, signal.grid());
        assertTrue(f.contactCm2() > 1000 && f.contactCm2() < 4000, "contact " + f.contactCm2() + " cm2");
        double max = 0;
        for (float p : frame) {
            max = Math.max(max, p);
        }
        assertTrue(max > 5 && max < 30, "highest pressure under a lying body: " + max + " kPa");
        assertTrue(rowLoad(frame, 0, 4) > 0, "head near row 0");
        assertTrue(rowLoad(frame, 28, 32) > 0, "heels near the last row");
    }

    @ParameterizedTest
    @EnumSource(Posture.class)
    void centreOfPressureSwaysWithinTheSetExcursion(Posture posture) {
        MatSignal signal = signal(posture, Map.of("swayMm", 6.0, "weightShiftIntervalS", 600.0, "noiseKpa", 0.0,
                "withdrawalMm", 0.0));
        double maxDistance = 0;
        double sumX = 0;
        double sumSqX = 0;
        int n = 0;
        for (double t = 0; t < 120; t += 0.25) {
            Footprint f = at(signal, t);
            double dx = f.copX() - signal.neutralCopXmm();
            double dy = f.copY() - signal.neutralCopYmm();
            maxDistance = Math.max(maxDistance, Math.max(Math.abs(dx), Math.abs(dy)));
            sumX += dx;
            sumSqX += dx * dx;
            n++;
        }
        double sdX = Math.sqrt(sumSqX / n - (sumX / n) * (sumX / n));
        // the rounding of cells to 0.1 kPa moves the centre of pressure by a fraction of a millimetre
        assertTrue(maxDistance <= 6.5, "largest excursion " + maxDistance + " mm");
        assertTrue(sdX > 1, "it does sway: SD " + sdX + " mm");
    }

    @Test
    void withoutSwayTheCentreOfPressureStaysAtTheNeutralStance() {
        MatSignal signal = signal(Posture.STANDING, Map.of("swayMm", 0.0, "weightShiftIntervalS", 600.0,
                "noiseKpa", 0.0));
        for (double t = 0; t < 30; t += 1.7) {
            Footprint f = at(signal, t);
            assertEquals(signal.neutralCopXmm(), f.copX(), 0.3);
            assertEquals(signal.neutralCopYmm(), f.copY(), 0.3);
        }
    }

    @ParameterizedTest
    @EnumSource(Posture.class)
    void weightShiftMovesTheCentreOfPressureByTheSetDistance(Posture posture) {
        MatSignal signal = signal(posture, Map.of("swayMm", 0.0, "weightShiftIntervalS", 10.0,
                "weightShiftMm", 30.0, "noiseKpa", 0.0, "withdrawalMm", 0.0));
        Footprint before = at(signal, 9.9);
        // rounding each cell to 0.1 kPa moves the centre of pressure by up to about a millimetre
        assertEquals(signal.neutralCopXmm(), before.copX(), 1.0);
        assertEquals(signal.neutralCopYmm(), before.copY(), 1.0);
        for (double t : new double[] {11.6, 21.6, 31.6}) {
            Footprint after = at(signal, t);
            double dx = after.copX() - signal.neutralCopXmm();
            double dy = after.copY() - signal.neutralCopYmm();
            assertEquals(30, Math.hypot(dx, dy), 1.0, "distance from neutral at " + t + " s");
            assertEquals(signal.shiftXmm(t), dx, 1.0);
            assertEquals(signal.shiftYmm(t), dy, 1.0);
        }
    }

    @Test
    void supinePatientWithdrawsFromStrongStrokes() {
        MatSignal signal = signal(Posture.SUPINE, Map.of("swayMm", 0.0, "weightShiftIntervalS", 600.0,
                "noiseKpa", 0.0, "withdrawalThresholdN", 6.0, "withdrawalMm", 20.0));
        TherapyScenario scenario = signal.scenario();
        ScenarioSample s = new ScenarioSample();
        int left = 0;
        int right = 0;
        for (double t = 1; t < 60; t += 0.05) {
            scenario.sample(t - MatSignal.WITHDRAWAL_LATENCY_SECONDS, s);
            double dx = at(signal, t).copX() - signal.neutralCopXmm();
            if (s.normalForceN() >= 8) {
                assertEquals(-s.side() * 20, dx, 1.0, "full withdrawal away from the tool at " + t + " s");
                if (s.side() < 0) {
                    left++;
                } else {
                    right++;
                }
            } else if (s.normalForceN() <= 6) {
                assertEquals(0, dx, 0.5, "no withdrawal below the threshold at " + t + " s");
            }
        }
        assertTrue(left > 10 && right > 10, "strong strokes on both sides: " + left + ", " + right);
    }

    @Test
    void standingPatientDoesNotWithdraw() {
        MatSignal signal = signal(Posture.STANDING, Map.of("swayMm", 0.0, "weightShiftIntervalS", 600.0,
                "noiseKpa", 0.0, "withdrawalThresholdN", 0.0));
        for (double t = 3; t < 30; t += 0.1) {
            assertEquals(signal.neutralCopXmm(), at(signal, t).copX(), 0.3);
        }
    }

    @Test
    void overloadedCellsAreClippedAndFlagged() {
        MatSignal heavy = signal(Posture.STANDING, Map.of("bodyMassKg", 250.0));
        float[] frame = new float[CELLS];
        assertEquals(Quality.CLIPPED, heavy.fill(frame, 0, 1));
        double max = 0;
        for (float p : frame) {
            max = Math.max(max, p);
        }
        assertEquals(400.0, max, 1e-3);
        assertEquals(0, signal(Posture.STANDING, Map.of()).fill(frame, 0, 1));
    }

    @Test
    void noPressureIsNegative() {
        float[] frames = Signals.record(signal(Posture.SUPINE, Map.of("noiseKpa", 5.0)), 0, 200, 1);
        for (float p : frames) {
            assertTrue(p >= 0);
        }
    }

    private static double rowLoad(float[] frame, int fromRow, int toRow) {
        double sum = 0;
        for (int i = fromRow * 32; i < toRow * 32; i++) {
            sum += frame[i];
        }
        return sum;
    }
}
