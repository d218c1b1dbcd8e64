package org.myofuse.simulator.mat;

import org.myofuse.api.device.GridLayout;
import org.myofuse.lib.simulation.mat.BodyPosture;

/**
 * How the patient lies or stands on the simulated mat (the {@code posture} setting). The posture also
 * fixes the mat: a 480 mm square platform for standing, a 1920 x 800 mm treatment-table mat for lying.
 */
public enum Posture {

    /** Standing on a force platform: two foot contact areas, toes towards row 0. */
    STANDING(BodyPosture.STANDING),
    /** Lying on the back on a table mat: body outline from the head (row 0) to the heels. */
    SUPINE(BodyPosture.SUPINE);

    private final BodyPosture body;

    Posture(BodyPosture body) {
        this.body = body;
    }

    /** The posture of the patient model. */
    public BodyPosture body() {
        return body;
    }

    /** Cell geometry of the 32 x 32 mat used in this posture. */
    public GridLayout grid() {
        return body.mat(MatSignal.ROWS, MatSignal.COLUMNS);
    }
}
