package org.myofuse.lib.simulation.script;

import org.myofuse.lib.simulation.Shapes;

/**
 * A calibration: the patient rests for a baseline (the therapist holds the tool still off the skin, so
 * it can be tared), then contracts the given muscles maximally, holds, and relaxes.
 */
final class MaximalContraction extends Activity {

    /** Time to build up to a maximal contraction and to let go of it, s. */
    static final double RAMP_SECONDS = 1.0;
    /** How long a maximal contraction is held, s (MVC protocols hold 3-5 s). */
    static final double HOLD_SECONDS = 4.0;

    private final double restSeconds;
    private final boolean[] muscles;

    /**
     * @param restSeconds baseline before the contraction
     * @param muscles     which muscles contract ({@link org.myofuse.lib.simulation.EmgMontage} order)
     */
    MaximalContraction(long startNanos, ScriptSample from, double restSeconds, boolean[] muscles) {
        super(startNanos, from);
        this.restSeconds = restSeconds;
        this.muscles = muscles.clone();
    }

    /** Seconds from the start until the patient has relaxed again. */
    double seconds() {
        return restSeconds + 2 * RAMP_SECONDS + HOLD_SECONDS;
    }

    @Override
    void own(double s, ScriptSample out) {
        out.weightShifts = false;
        double x = s - restSeconds;
        double level = x < RAMP_SECONDS ? Shapes.smoothStep(x / RAMP_SECONDS)
                : 1 - Shapes.smoothStep((x - RAMP_SECONDS - HOLD_SECONDS) / RAMP_SECONDS);
        for (int m = 0; m < muscles.length; m++) {
            out.activationPct[m] = muscles[m] ? 100 * level : 0;
        }
    }
}
