package org.myofuse.lib.simulation.script;

import org.myofuse.lib.simulation.Shapes;

/**
 * Biofeedback: the patient brings muscles to the levels the step asks for and holds them, either once
 * for the whole step or in cycles of contraction, hold and relaxation when the step counts
 * contractions.
 */
final class Contractions extends Activity {

    /** Time to bring the muscles to their levels and to let go, s. */
    static final double RAMP_SECONDS = 1.0;
    /** How long a counted contraction is held, s. */
    static final double HOLD_SECONDS = 5.0;
    /** Rest between counted contractions, s. */
    static final double RELAX_SECONDS = 3.0;

    private final long originNanos;
    private final double originSeconds;
    private final boolean cycles;
    private final double[] holdPct;

    /**
     * @param originNanos when the first contraction begins; a correction keeps the rhythm of the
     *                    contractions before it by keeping their origin
     * @param cycles      contract, hold and relax again and again; else contract once and hold on
     * @param holdPct     each muscle's activation while holding, % MVC
     */
    Contractions(long startNanos, ScriptSample from, long originNanos, boolean cycles, double[] holdPct) {
        super(startNanos, from);
        this.originNanos = originNanos;
        this.originSeconds = seconds(startNanos - originNanos);
        this.cycles = cycles;
        this.holdPct = holdPct.clone();
    }

    long originNanos() {
        return originNanos;
    }

    boolean cycles() {
        return cycles;
    }

    /** Each muscle's activation while holding, % MVC. */
    double[] holdPct() {
        return holdPct.clone();
    }

    /** Session time at which contraction {@code n} (from 0) has been held and let go of. */
    long endOf(int n) {
        return originNanos + nanos(n * cycleSeconds() + 2 * RAMP_SECONDS + HOLD_SECONDS);
    }

    private static double cycleSeconds() {
        return 2 * RAMP_SECONDS + HOLD_SECONDS + RELAX_SECONDS;
    }

    @Override
    void own(double s, ScriptSample out) {
        out.weightShifts = false;
        double level = level(s + originSeconds);
        for (int m = 0; m < holdPct.length; m++) {
            out.activationPct[m] = holdPct[m] * level;
        }
    }

    private double level(double since) {
        if (since <= 0) {
            return 0;
        }
        if (!cycles) {
            return Shapes.smoothStep(since / RAMP_SECONDS);
        }
        double x = since - Math.floor(since / cycleSeconds()) * cycleSeconds();
        return x < RAMP_SECONDS ? Shapes.smoothStep(x / RAMP_SECONDS)
                : 1 - Shapes.smoothStep((x - RAMP_SECONDS - HOLD_SECONDS) / RAMP_SECONDS);
    }
}
