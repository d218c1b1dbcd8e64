package org.myofuse.lib.simulation.mat;

import org.myofuse.api.device.GridLayout;

/**
 * How the patient stands or lies, and the kind of mat that is measured on: a force platform with
 * 15 mm cells for standing (32 x 32 cells make 480 mm square), a treatment-table mat with 60 x 25 mm
 * cells for lying (32 x 32 cells make 1920 x 800 mm). The body is centred on the mat; a mat with
 * fewer cells shows only the part of the body that lies on it.
 */
public enum BodyPosture {

    /** Standing: two foot contact areas, toes towards row 0. */
    STANDING(15, 15),
    /** Lying on the back: body outline from the head (row 0) to the heels. */
    SUPINE(60, 25);

    private final double rowPitchMm;
    private final double columnPitchMm;

    BodyPosture(double rowPitchMm, double columnPitchMm) {
        this.rowPitchMm = rowPitchMm;
        this.columnPitchMm = columnPitchMm;
    }

    /** A mat of {@code rows} x {@code columns} cells of the pitch used for this posture. */
    public GridLayout mat(int rows, int columns) {
        return new GridLayout(rows, columns, rowPitchMm, columnPitchMm);
    }
}
