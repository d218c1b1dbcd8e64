package org.myofuse.lib.simulation.script;

import org.myofuse.lib.simulation.EmgMontage;
import org.myofuse.lib.simulation.Shapes;

/**
 * One thing the therapist and patient do from a session time on, until the script's next activity
 * begins: a pure function of the time since its start. It begins where the previous activity left the
 * patient (muscles, centre of pressure) and blends into its own course over {@link #BLEND_SECONDS}, so
 * the script has no jumps; the tool needs no blending because an activity takes over only between
 * strokes ({@link #settle}).
 *
 * <p>Immutable and thread-safe; {@link #sample} allocates nothing.
 */
abstract class Activity {

    /** Time over which the patient moves from where the previous activity left off, s. */
    static final double BLEND_SECONDS = 0.8;

    /**
     * Cycles counted up to a time just past a boundary (by the rounding of nanoseconds) do not count the
     * cycle that begins there.
     */
    static final double BOUNDARY_TOLERANCE = 1e-6;

    private static final double NANOS = 1e9;

    final long startNanos;
    private final double[] fromPct = new double[EmgMontage.COUNT];
    private final double fromReach;
    private final double fromCopX;
    private final double fromCopY;
    private final double fromWobble;

    /**
     * @param startNanos when it begins, session nanoseconds
     * @param from       the script's state at that time (what the previous activity left)
     */
    Activity(long startNanos, ScriptSample from) {
        this.startNanos = startNanos;
        System.arraycopy(from.activationPct, 0, fromPct, 0, fromPct.length);
        this.fromReach = from.reach;
        this.fromCopX = from.copXmm;
        this.fromCopY = from.copYmm;
        this.fromWobble = from.wobbleMm;
    }

    /** Writes the state at {@code nanos} (not before the start) into {@code out}, which was reset. */
    final void sample(long nanos, ScriptSample out) {
        double s = (nanos - startNanos) / NANOS;
        own(s, out);
        double w = Shapes.smoothStep(s / BLEND_SECONDS);
        if (w >= 1) {
            return;
        }
        for (int m = 0; m < fromPct.length; m++) {
            out.activationPct[m] = fromPct[m] + (out.activationPct[m] - fromPct[m]) * w;
        }
        out.wobbleMm = fromWobble + (out.wobbleMm - fromWobble) * w;
        if (Double.isNaN(out.copXmm) && Double.isNaN(out.copYmm)) {
            // going back to neutral from where the previous activity held the patient
            out.copXmm = fromCopX;
            out.copYmm = fromCopY;
            out.reach = fromReach * (1 - w);
        } else {
            out.reach = fromReach + (out.reach - fromReach) * w;
        }
    }

    /** Writes this activity's own course at {@code s} seconds after its start. */
    abstract void own(double s, ScriptSample out);

    /**
     * The earliest time at or after {@code nanos} at which this activity may give way to another without
     * a jump: the end of a stroke in progress; {@code nanos} itself for activities without the tool.
     */
    long settle(long nanos) {
        return nanos;
    }

    static long nanos(double seconds) {
        return Math.round(seconds * NANOS);
    }

    static double seconds(long nanos) {
        return nanos / NANOS;
    }
}
