package org.myofuse.mat.sim;

import org.myofuse.lib.simulation.mat.MatPressureModel;
import org.myofuse.mat.protocol.Mat;

/**
 * The images the simulated mat sends: the shared patient model's pressures
 * ({@link MatPressureModel}: the patient's weight on the posture's contact areas, sway, weight shifts,
 * withdrawal from the modelled strokes) on the mat's cells, as the mat's raw counts
 * ({@code offset + round(kPa / scale)}, limited to 0..65535). Frame {@code k} is {@code k / rate}
 * seconds after START on the scenario's clock.
 *
 * <p>Deterministic: two instances built from equal settings give the same counts for the same frame
 * number, so a test builds its own to know every value the simulator sends. Not thread-safe: one per
 * thread.
 */
public final class MatImages {

    private final MatPressureModel model;
    private final double[] kpa;

    public MatImages(MatSimulator.Settings settings) {
        this.model = new MatPressureModel(settings.patient(), settings.grid(), settings.rateHz());
        this.kpa = new double[settings.rows() * settings.columns()];
    }

    /** Fills {@code out} with the counts of frame {@code k} (0 at START), row-major. Allocates nothing. */
    public void counts(long k, int[] out) {
        model.pressures(k, kpa);
        for (int i = 0; i < kpa.length; i++) {
            long count = MatSimulator.OFFSET + Math.round(kpa[i] / MatSimulator.SCALE_KPA);
            out[i] = (int) Math.min(Mat.MAX_COUNT, count);
        }
    }
}
