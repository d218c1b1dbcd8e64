package org.myofuse.lib.simulation;

/**
 * The state of the modelled treatment at one instant, written by {@link TherapyScenario#sample}.
 * A reusable holder, so that evaluating the scenario for every sample allocates nothing.
 *
 * <p>Body coordinates: {@code lateralMm} from the spine, positive to the patient's right;
 * {@code spinalLevelMm} along the spine from the L5 spinous process, positive cranial.
 */
public final class ScenarioSample {

    long strokeNumber = -1;
    boolean active;
    double phase;
    double normalForceN;
    int side;
    int direction;
    double lateralMm;
    double spinalLevelMm;

    /** Number of the current or last stroke, counted from 0; -1 before the first. */
    public long strokeNumber() {
        return strokeNumber;
    }

    /** True while the tool is on the skin (from contact to lift-off). */
    public boolean active() {
        return active;
    }

    /** Progress through the stroke, 0 at contact to 1 at lift-off; 0 when not active. */
    public double phase() {
        return phase;
    }

    /** Applied normal force, N; 0 between strokes. */
    public double normalForceN() {
        return normalForceN;
    }

    /** Treated side of the current or last stroke: -1 left, +1 right; 0 before the first stroke. */
    public int side() {
        return side;
    }

    /** Direction of travel of the current or last stroke: +1 cranial, -1 caudal; 0 before the first. */
    public int direction() {
        return direction;
    }

    /** Lateral position of the tool, mm from the spine, positive to the patient's right. */
    public double lateralMm() {
        return lateralMm;
    }

    /** Level of the tool along the spine, mm above the L5 spinous process. */
    public double spinalLevelMm() {
        return spinalLevelMm;
    }
}
