package org.myofuse.lib.simulation.script;

import org.myofuse.lib.simulation.Shapes;

/**
 * The patient takes up a pose and holds it: muscles at given activations, the centre of pressure
 * moved towards a target, steady or not - a biofeedback hold, a drill's repetition, a maximal
 * contraction, an activation for an assessment. It is reached over the blend every activity begins
 * with, and held until the next activity, or for a limited time after which the patient lets go.
 */
final class Pose extends Activity {

    /** Time to let go of a pose held for a limited time, s. */
    static final double LET_GO_SECONDS = 1.0;

    private final double[] pct;
    private final double copXmm;
    private final double copYmm;
    private final double reach;
    private final double wobbleMm;
    private final double limitSeconds;

    /**
     * @param pct          each muscle's activation, % MVC ({@link org.myofuse.lib.simulation.EmgMontage} order)
     * @param copXmm       where the centre of pressure goes, mm from the mat centre (x right); NaN: it stays
     * @param copYmm       see {@code copXmm} (y anterior)
     * @param reach        how far of the way there, 0 to 1
     * @param wobbleMm     unsteadiness of the hold, mm (0 steady)
     * @param limitSeconds how long it is held before the patient lets go; infinite: until the next activity
     */
    Pose(long startNanos, ScriptSample from, double[] pct, double copXmm, double copYmm, double reach, double wobbleMm,
            double limitSeconds) {
        super(startNanos, from);
        this.pct = pct.clone();
        this.copXmm = copXmm;
        this.copYmm = copYmm;
        this.reach = reach;
        this.wobbleMm = wobbleMm;
        this.limitSeconds = limitSeconds;
    }

    /** Muscles only, held until the next activity. */
    static Pose muscles(long startNanos, ScriptSample from, double[] pct) {
        return new Pose(startNanos, from, pct, Double.NaN, Double.NaN, 0, 0, Double.POSITIVE_INFINITY);
    }

    @Override
    void own(double s, ScriptSample out) {
        out.weightShifts = false;
        double held = s < limitSeconds ? 1 : 1 - Shapes.smoothStep((s - limitSeconds) / LET_GO_SECONDS);
        for (int m = 0; m < pct.length; m++) {
            out.activationPct[m] = pct[m] * held;
        }
        out.copXmm = copXmm;
        out.copYmm = copYmm;
        out.reach = reach * held;
        out.wobbleMm = wobbleMm * held;
    }
}
