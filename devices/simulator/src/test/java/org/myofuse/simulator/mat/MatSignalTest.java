package org.myofuse.simulator.mat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.stream.Quality;
import org.myofuse.lib.simulation.mat.MatPressureModel;
import org.myofuse.simulator.testing.Configs;
import org.myofuse.simulator.testing.Signals;

/**
 * The sim-mat device's signal: the shared patient model (tested in its own module) on the posture's
 * 32 x 32 mat, as the device's converter reports it.
 */
class MatSignalTest {

    private static final int CELLS = 1024;

    private static MatSignal signal(Posture posture, Map<String, ?> overrides) {
        var settings = new HashMap<String, Object>(overrides);
        settings.put("posture", posture);
        return new MatSignal(MatSettings.of(Configs.with(SimMatConfig.class, settings)));
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
    void cellsAreThePatientModelsPressuresRoundedToTheResolution(Posture posture) {
        MatSignal signal = signal(posture, Map.of("noiseKpa", 1.0, "swayMm", 10.0));
        var model = new MatPressureModel(signal.settings().patient(), posture.grid(), MatSignal.SAMPLE_RATE_HZ);
        float[] frames = Signals.record(signal, 2000, 50, 10);
        double[] kpa = new double[CELLS];
        for (int f = 0; f < 50; f++) {
            model.pressures(2000 + f, kpa);
            for (int i = 0; i < CELLS; i++) {
                assertEquals(Math.rint(Math.min(MatSignal.MAX_KPA, kpa[i]) * 10) / 10, frames[f * CELLS + i], 1e-4, "frame " + f + ", cell " + i);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Posture.class)
    void roundedCellsStillCarryTheWholeBodyWeight(Posture posture) {
        MatSignal signal = signal(posture, Map.of("bodyMassKg", 60.0));
        GridLayout grid = signal.grid();
        float[] frame = new float[CELLS];
        signal.fill(frame, 1234, 1);
        double newtons = 0;
        for (float kpa : frame) {
            newtons += kpa * 1000 * grid.rowPitchMm() * grid.columnPitchMm() * 1e-6;
        }
        assertEquals(60 * 9.80665, newtons, 60 * 9.80665 * 0.015);
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
}
