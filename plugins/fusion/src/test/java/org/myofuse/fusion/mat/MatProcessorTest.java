package org.myofuse.fusion.mat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.myofuse.api.device.GridLayout;
import org.myofuse.lib.simulation.ScenarioSettings;
import org.myofuse.simulator.mat.MatSettings;
import org.myofuse.simulator.mat.MatSignal;
import org.myofuse.simulator.mat.Posture;

/** Mat measures against the simulated mat with sway, shifts and noise switched off (ground truth exact). */
class MatProcessorTest {

    @ParameterizedTest
    @EnumSource(Posture.class)
    void shouldFindTheSimulatedBodyWeightAndNeutralCentreOfPressureWithTheMatsOwnPitch(Posture posture) {
        var settings = new MatSettings(new ScenarioSettings(42, 0.5, 6, 9), 1, posture, 70, 0, 600, 0, 50, 0, 0);
        MatSignal signal = new MatSignal(settings);
        GridLayout grid = posture.grid();
        MatProcessor mat = new MatProcessor(grid, MatSignal.SAMPLE_RATE_HZ, 1, 30);
        float[] frame = new float[grid.cells()];
        for (int i = 0; i < 200; i++) {
            signal.fill(frame, i, 1);
            mat.step(frame, 0);
        }
        // cell values are rounded to 0.1 kPa; that bounds the errors below
        assertEquals(signal.weightN(), mat.loadN(), 0.01 * signal.weightN(), "total load");
        assertEquals(signal.neutralCopXmm(), mat.copXmm(), 1, "centre of pressure x");
        assertEquals(signal.neutralCopYmm(), mat.copYmm(), 1, "centre of pressure y");
        assertEquals(0.5, mat.rightShare(), 0.01, "left/right");
        assertEquals(0, mat.sway().pathLengthMm(), 1e-6, "no sway");
    }

    @ParameterizedTest
    @EnumSource(Posture.class)
    void shouldPlaceASingleLoadedCellByTheGridPitch(Posture posture) {
        GridLayout grid = posture.grid();
        MatProcessor mat = new MatProcessor(grid, 100, 1, 30);
        float[] frame = new float[grid.cells()];
        frame[5 * grid.columns() + 20] = 100;
        mat.step(frame, 0);
        assertEquals((20 - 15.5) * grid.columnPitchMm(), mat.copXmm(), 1e-9);
        assertEquals((15.5 - 5) * grid.rowPitchMm(), mat.copYmm(), 1e-9);
        assertEquals(100 * 1000 * grid.rowPitchMm() * grid.columnPitchMm() * 1e-6, mat.loadN(), 1e-9);
        assertEquals(grid.rowPitchMm() * grid.columnPitchMm() / 100, mat.contactAreaCm2(), 1e-9);
        assertEquals(100, mat.peakKpa());
        assertEquals(1, mat.rightShare());
        assertEquals(1, mat.anteriorShare());
    }
}
