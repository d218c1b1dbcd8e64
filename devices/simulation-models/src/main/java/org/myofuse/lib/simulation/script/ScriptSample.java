package org.myofuse.lib.simulation.script;

import java.util.Arrays;

import org.myofuse.lib.simulation.EmgMontage;

/**
 * What the scripted therapist and patient do at one instant, written by {@link Script#sample}: the
 * tool (as {@link org.myofuse.lib.simulation.ScenarioSample} describes a stroke), each muscle's
 * voluntary activation, guarding around the tool, and where the patient moves the centre of pressure.
 * A reusable holder, so that evaluating the script for every sample allocates nothing.
 */
public final class ScriptSample {

    boolean toolActive;
    double normalForceN;
    long strokeNumber = -1;
    int side;
    int direction;
    double lateralMm;
    double spinalLevelMm;
    double phase;
    final double[] activationPct = new double[EmgMontage.COUNT];
    double guardingPct;
    double copXmm = Double.NaN;
    double copYmm = Double.NaN;
    double reach;
    double wobbleMm;
    boolean weightShifts = true;
    double toleranceN = Double.NaN;

    /** Back to a patient at rest and the tool off the skin. */
    void reset() {
        toolActive = false;
        normalForceN = 0;
        strokeNumber = -1;
        side = 0;
        direction = 0;
        lateralMm = 0;
        spinalLevelMm = 0;
        phase = 0;
        Arrays.fill(activationPct, 0);
        guardingPct = 0;
        copXmm = Double.NaN;
        copYmm = Double.NaN;
        reach = 0;
        wobbleMm = 0;
        weightShifts = true;
        toleranceN = Double.NaN;
    }

    /** Copies every value of {@code other}. */
    void copy(ScriptSample other) {
        toolActive = other.toolActive;
        normalForceN = other.normalForceN;
        strokeNumber = other.strokeNumber;
        side = other.side;
        direction = other.direction;
        lateralMm = other.lateralMm;
        spinalLevelMm = other.spinalLevelMm;
        phase = other.phase;
        System.arraycopy(other.activationPct, 0, activationPct, 0, activationPct.length);
        guardingPct = other.guardingPct;
        copXmm = other.copXmm;
        copYmm = other.copYmm;
        reach = other.reach;
        wobbleMm = other.wobbleMm;
        weightShifts = other.weightShifts;
        toleranceN = other.toleranceN;
    }

    /** True while the tool is on the skin. */
    public boolean toolActive() {
        return toolActive;
    }

    /** Normal force the therapist applies, N; 0 off the skin. */
    public double normalForceN() {
        return normalForceN;
    }

    /** Number of the current or last stroke of the run, from 0; -1 before the first. */
    public long strokeNumber() {
        return strokeNumber;
    }

    /** Treated side of the current or last stroke: -1 left, +1 right; 0 before the first. */
    public int side() {
        return side;
    }

    /** Direction of the current or last stroke: +1 cranial, -1 caudal; 0 before the first. */
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

    /** Progress through the stroke, 0 at contact to 1 at lift-off; 0 off the skin. */
    public double phase() {
        return phase;
    }

    /**
     * Voluntary activation of muscle {@code muscle} ({@link EmgMontage} order), % of its maximum
     * voluntary contraction.
     */
    public double activationPct(int muscle) {
        return activationPct[muscle];
    }

    /**
     * Protective guarding of the muscles under the tool, % MVC at the tool (falling off with distance as
     * the amplifier's guarding does); 0 when the patient does not guard.
     */
    public double guardingPct() {
        return guardingPct;
    }

    /** Where the patient moves the centre of pressure, mm from the mat centre (x right); NaN: nowhere. */
    public double copXmm() {
        return copXmm;
    }

    /** See {@link #copXmm()} (y anterior). */
    public double copYmm() {
        return copYmm;
    }

    /** How far the patient has moved from neutral towards {@link #copXmm()}/{@link #copYmm()}: 0 to 1. */
    public double reach() {
        return reach;
    }

    /**
     * Amplitude of an unsteady hold: the centre of pressure circles this far around where it should be,
     * about 1.5 times a second, mm; 0 for a steady patient.
     */
    public double wobbleMm() {
        return wobbleMm;
    }

    /**
     * The normal force the patient tolerates before guarding (and, supine, withdrawing), N; NaN when
     * the script sets none and the device's own threshold applies.
     */
    public double toleranceN() {
        return toleranceN;
    }

    /** Whether the patient's occasional weight shifts go on (not while standing quietly or exercising). */
    public boolean weightShifts() {
        return weightShifts;
    }
}
