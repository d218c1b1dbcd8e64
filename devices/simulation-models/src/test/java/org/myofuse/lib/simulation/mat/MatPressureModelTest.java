package org.myofuse.lib.simulation.mat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.myofuse.api.device.GridLayout;
import org.myofuse.lib.simulation.ScenarioSample;
import org.myofuse.lib.simulation.ScenarioSettings;
import org.myofuse.lib.simulation.TherapyScenario;

/**
 * The patient on the mat, judged from the cells as a consumer would judge them: load, centre of
 * pressure, contact area, on the 32 x 32 mats of both postures and on mats of other geometries.
 */
class MatPressureModelTest {

    private static final int RATE = 100;

    /** A patient with the typical values except those given. */
    private static PatientSettings patient(BodyPosture posture, double mass, double swayMm, double shiftIntervalS,
            double shiftMm, double withdrawalThresholdN, double withdrawalMm, double noiseKpa) {
        return new PatientSettings(ScenarioSettings.typical(), 1, posture, mass, swayMm, shiftIntervalS, shiftMm,
                withdrawalThresholdN, withdrawalMm, noiseKpa);
    }

    /** A still patient (no sway, no shift, no withdrawal, no noise). */
    private static PatientSettings still(BodyPosture posture) {
        return patient(posture, 70, 0, 600, 0, 50, 0, 0);
    }

    private static MatPressureModel model(PatientSettings patient) {
        return new MatPressureModel(patient, patient.posture().mat(32, 32), RATE);
    }

    /** Load, centre of pressure and contact of one frame, computed from the cells. */
    private record Footprint(double loadN, double copX, double copY, int contactCells, double contactCm2) {

        static Footprint of(double[] cells, GridLayout grid) {
            double cellM2 = grid.rowPitchMm() * grid.columnPitchMm() * 1e-6;
            double load = 0;
            double mx = 0;
            double my = 0;
            int contact = 0;
            for (int i = 0; i < grid.cells(); i++) {
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

    private static double[] frame(MatPressureModel model, long n) {
        double[] kpa = new double[model.grid().cells()];
        model.pressures(n, kpa);
        return kpa;
    }

    private static Footprint at(MatPressureModel model, double seconds) {
        return Footprint.of(frame(model, Math.round(seconds * RATE)), model.grid());
    }

    @Test
    void framesAreAFunctionOfSettingsAndFrameNumberOnly() {
        var patient = PatientSettings.typical(BodyPosture.STANDING, 3);
        MatPressureModel a = model(patient);
        MatPressureModel b = model(patient);
        double[] late = frame(a, 4321);
        frame(a, 17);
        assertArrayEquals(late, frame(b, 4321), "a second model, asked in another order");
        assertArrayEquals(late, frame(a, 4321), "the same model asked again");
        assertFalse(Arrays.equals(late, frame(model(PatientSettings.typical(BodyPosture.STANDING, 4)), 4321)),
                "another seed, other noise and sway");
    }

    @ParameterizedTest
    @EnumSource(BodyPosture.class)
    void cellsCarryTheWholeBodyWeight(BodyPosture posture) {
        for (double mass : new double[] {50, 70, 110}) {
            MatPressureModel model = model(patient(posture, mass, 4, 30, 15, 8, 20, 0.2));
            for (double t : new double[] {0, 7.3, 31, 64.2}) {
                assertEquals(mass * 9.80665, at(model, t).loadN(), mass * 9.80665 * 0.015,
                        posture + " " + mass + " kg at " + t + " s");
            }
        }
    }

    @Test
    void standingContactIsTwoFeetOfPlausibleAreaAndPressure() {
        MatPressureModel model = model(PatientSettings.typical(BodyPosture.STANDING, 1));
        double[] frame = frame(model, 0);
        Footprint f = Footprint.of(frame, model.grid());
        assertTrue(f.contactCm2() > 120 && f.contactCm2() < 300, "contact " + f.contactCm2() + " cm2");
        double meanKpa = f.loadN() / (f.contactCm2() * 1e-4) / 1000;
        assertTrue(meanKpa > 20 && meanKpa < 60, "mean contact pressure " + meanKpa + " kPa");
        for (int r = 0; r < 32; r++) {
            for (int c = 14; c < 18; c++) {
                assertEquals(0, frame[r * 32 + c], "no load between the feet at row " + r + ", column " + c);
            }
        }
        double left = 0;
        double right = 0;
        for (int i = 0; i < frame.length; i++) {
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
        MatPressureModel model = model(PatientSettings.typical(BodyPosture.SUPINE, 1));
        double[] frame = frame(model, 0);
        Footprint f = Footprint.of(frame, model.grid());
        assertTrue(f.contactCm2() > 1000 && f.contactCm2() < 4000, "contact " + f.contactCm2() + " cm2");
        double max = Arrays.stream(frame).max().orElseThrow();
        assertTrue(max > 5 && max < 30, "highest pressure under a lying body: " + max + " kPa");
        assertTrue(rowLoad(frame, 0, 4) > 0, "head near row 0");
        assertTrue(rowLoad(frame, 28, 32) > 0, "heels near the last row");
    }

    @ParameterizedTest
    @EnumSource(BodyPosture.class)
    void centreOfPressureSwaysWithinTheSetExcursion(BodyPosture posture) {
        MatPressureModel model = model(patient(posture, 70, 6, 600, 15, 8, 0, 0));
        double maxDistance = 0;
        double sumX = 0;
        double sumSqX = 0;
        int n = 0;
        for (double t = 0; t < 120; t += 0.25) {
            Footprint f = at(model, t);
            double dx = f.copX() - model.neutralCopXmm();
            double dy = f.copY() - model.neutralCopYmm();
            maxDistance = Math.max(maxDistance, Math.max(Math.abs(dx), Math.abs(dy)));
            sumX += dx;
            sumSqX += dx * dx;
            n++;
        }
        double sdX = Math.sqrt(sumSqX / n - (sumX / n) * (sumX / n));
        assertTrue(maxDistance <= 6.01, "largest excursion " + maxDistance + " mm");
        assertTrue(sdX > 1, "it does sway: SD " + sdX + " mm");
    }

    @Test
    void withoutSwayTheCentreOfPressureStaysAtTheNeutralStance() {
        MatPressureModel model = model(patient(BodyPosture.STANDING, 70, 0, 600, 15, 8, 20, 0));
        for (double t = 0; t < 30; t += 1.7) {
            Footprint f = at(model, t);
            assertEquals(model.neutralCopXmm(), f.copX(), 1e-9);
            assertEquals(model.neutralCopYmm(), f.copY(), 1e-9);
        }
    }

    @ParameterizedTest
    @EnumSource(BodyPosture.class)
    void weightShiftMovesTheCentreOfPressureByTheSetDistance(BodyPosture posture) {
        MatPressureModel model = model(patient(posture, 70, 0, 10, 30, 8, 0, 0));
        Footprint before = at(model, 9.9);
        assertEquals(model.neutralCopXmm(), before.copX(), 1e-9);
        assertEquals(model.neutralCopYmm(), before.copY(), 1e-9);
        for (double t : new double[] {11.6, 21.6, 31.6}) {
            Footprint after = at(model, t);
            double dx = after.copX() - model.neutralCopXmm();
            double dy = after.copY() - model.neutralCopYmm();
            assertEquals(30, Math.hypot(dx, dy), 1e-6, "distance from neutral at " + t + " s");
            assertEquals(model.shiftXmm(t), dx, 1e-6);
            assertEquals(model.shiftYmm(t), dy, 1e-6);
        }
    }

    @Test
    void supinePatientWithdrawsFromStrongStrokesAwayFromTheTreatedSide() {
        MatPressureModel model = model(patient(BodyPosture.SUPINE, 70, 0, 600, 15, 6, 20, 0));
        TherapyScenario scenario = model.scenario();
        ScenarioSample s = new ScenarioSample();
        int left = 0;
        int right = 0;
        for (double t = 1; t < 60; t += 0.05) {
            scenario.sample(t - MatPressureModel.WITHDRAWAL_LATENCY_SECONDS, s);
            double dx = at(model, t).copX() - model.neutralCopXmm();
            if (s.normalForceN() >= 6 + MatPressureModel.FULL_WITHDRAWAL_ABOVE_N) {
                assertEquals(-s.side() * 20, dx, 1e-6, "full withdrawal away from the tool at " + t + " s");
                if (s.side() < 0) {
                    left++;
                } else {
                    right++;
                }
            } else if (s.normalForceN() <= 6) {
                assertEquals(0, dx, 1e-9, "no withdrawal below the threshold at " + t + " s");
            }
        }
        assertTrue(left > 10 && right > 10, "strong strokes on both sides: " + left + ", " + right);
    }

    @Test
    void standingPatientDoesNotWithdraw() {
        MatPressureModel model = model(patient(BodyPosture.STANDING, 70, 0, 600, 15, 0, 20, 0));
        for (double t = 3; t < 30; t += 0.1) {
            assertEquals(model.neutralCopXmm(), at(model, t).copX(), 1e-9);
        }
    }

    @Test
    void noPressureIsNegativeEvenUnderStrongNoise() {
        MatPressureModel model = model(patient(BodyPosture.SUPINE, 70, 4, 30, 15, 8, 20, 5));
        double[] kpa = new double[1024];
        for (long n = 0; n < 200; n++) {
            model.pressures(n, kpa);
            for (double p : kpa) {
                assertTrue(p >= 0);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(BodyPosture.class)
    void aSmallerMatOfTheSamePitchShowsTheMiddleOfTheBody(BodyPosture posture) {
        PatientSettings patient = still(posture);
        MatPressureModel large = new MatPressureModel(patient, posture.mat(32, 32), RATE);
        MatPressureModel small = new MatPressureModel(patient, posture.mat(16, 12), RATE);
        double[] whole = frame(large, 500);
        double[] middle = frame(small, 500);
        double shown = 0;
        for (int r = 0; r < 16; r++) {
            for (int c = 0; c < 12; c++) {
                assertEquals(whole[(r + 8) * 32 + c + 10], middle[r * 12 + c], 1e-9, "cell " + r + ", " + c);
                shown += middle[r * 12 + c];
            }
        }
        assertTrue(shown > 0, "part of the body lies on the small mat");
        double load = Footprint.of(middle, small.grid()).loadN();
        assertTrue(load < 0.9 * small.weightN(), "and only part: " + load + " N");
        assertEquals(large.neutralCopXmm(), small.neutralCopXmm(), 1e-9, "the body's centre of pressure, seen or not");
    }

    @Test
    void aLargerMatShowsTheWholeBodyWhateverItsSize() {
        PatientSettings patient = patient(BodyPosture.STANDING, 80, 4, 30, 15, 8, 20, 0.2);
        for (int cells : new int[] {41, 64}) {
            MatPressureModel model = new MatPressureModel(patient, BodyPosture.STANDING.mat(cells, cells), 50);
            assertEquals(80 * 9.80665, at(model, 2).loadN(), 80 * 9.80665 * 0.015, cells + " x " + cells);
        }
    }

    @Test
    void aMatTooCoarseOrTooSmallForTheBodyShowsWhatItCanWithoutFailing() {
        for (GridLayout grid : new GridLayout[] {new GridLayout(1, 1, 15, 15), new GridLayout(2, 3, 400, 400),
                new GridLayout(64, 1, 5, 5)}) {
            var model = new MatPressureModel(PatientSettings.typical(BodyPosture.STANDING, 1), grid, 100);
            double[] kpa = frame(model, 10);
            assertTrue(Arrays.stream(kpa).allMatch(p -> p >= 0 && Double.isFinite(p)), grid.toString());
            assertTrue(Double.isFinite(model.neutralCopXmm()) && Double.isFinite(model.neutralCopYmm()));
        }
    }

    @Test
    void refusesBadInputInOneLine() {
        var patient = PatientSettings.typical(BodyPosture.STANDING, 1);
        assertEquals("frame rate 0 Hz: must be positive", assertThrows(IllegalArgumentException.class,
                () -> new MatPressureModel(patient, BodyPosture.STANDING.mat(32, 32), 0)).getMessage());
        assertEquals("frame must not be negative, was -1", assertThrows(IllegalArgumentException.class,
                () -> model(patient).pressures(-1, new double[1024])).getMessage());
        assertEquals("bodyMassKg 10 kg: must be between 20 and 250 kg", assertThrows(IllegalArgumentException.class,
                () -> patient(BodyPosture.STANDING, 10, 4, 30, 15, 8, 20, 0.2)).getMessage());
    }

    private static double rowLoad(double[] frame, int fromRow, int toRow) {
        double sum = 0;
        for (int i = fromRow * 32; i < toRow * 32; i++) {
            sum += frame[i];
        }
        return sum;
    }
}
