package org.myofuse.simulator.mat;

import org.myofuse.api.device.GridLayout;

/**
 * How the patient lies or stands on the simulated mat. The posture also fixes the mat: a 480 mm
 * square platform for standing, a 1920 x 800 mm treatment-table mat for lying.
 */
public enum Posture {

    /** Standing on a force platform: two foot contact areas, toes towards row 0. */
    STANDING(15, 15),
    /** Lying on the back on a table mat: body outline from the head (row 0) to the heels. */
    SUPINE(60, 25);

    private final double rowPitchMm;
    private final double columnPitchMm;

    Posture(double rowPitchMm, double columnPitchMm) {
        this.rowPitchMm = rowPitchMm;
        this.columnPitchMm = columnPitchMm;
    }

    /** Cell geometry of the mat used in this posture. */
    public GridLayout grid() {
        return new GridLayout(MatSignal.ROWS, MatSignal.COLUMNS, rowPitchMm, columnPitchMm);
    }
}
