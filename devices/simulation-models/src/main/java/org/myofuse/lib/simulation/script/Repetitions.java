package org.myofuse.lib.simulation.script;

import org.myofuse.lib.simulation.Shapes;
import org.myofuse.lib.simulation.SplitMix64;

/**
 * A drill: the patient performs repetitions - moves the centre of pressure towards the drill's target
 * and activates the muscles it asks for, holds, returns and pauses - the first good, then one in every
 * {@link #POOR_ONE_IN} poor (falling short with the centre of pressure, or too little activation). Repetitions are numbered on
 * from those before; a new {@code Repetitions} takes over at a repetition boundary ({@link #nextRep}).
 */
final class Repetitions extends Activity {

    /** Time to move into a repetition and back out of it, s. */
    static final double MOVE_SECONDS = 1.0;
    /** Time a repetition is held, s. */
    static final double HOLD_SECONDS = 1.5;
    /** Pause between repetitions, s. */
    static final double PAUSE_SECONDS = 1.5;
    /** One repetition in every this many (after the first) is poor, at a random place among them. */
    static final int POOR_ONE_IN = 4;
    /** How far a repetition that falls short moves the centre of pressure, as a share of the way. */
    static final double SHORT_REACH = 0.4;
    /** Activation of a repetition done with too little effort, as a share of a good one's. */
    static final double WEAK_EFFORT = 0.35;

    private final long firstRep;
    private final double leadSeconds;
    private final double copXmm;
    private final double copYmm;
    private final double[] goodPct;
    private final long goodThrough;
    private final long key;

    /**
     * @param firstRep    number of this activity's first repetition in the step
     * @param leadSeconds time before the first repetition begins
     * @param copXmm      where a good repetition takes the centre of pressure, mm (x right); NaN: not moved
     * @param copYmm      see {@code copXmm} (y anterior)
     * @param goodPct     each muscle's activation during a good repetition, % MVC
     * @param goodThrough repetitions up to this number are done well whatever the draw (after a correction)
     * @param key         random stream key of the step's repetitions
     */
    Repetitions(long startNanos, ScriptSample from, long firstRep, double leadSeconds, double copXmm, double copYmm,
            double[] goodPct, long goodThrough, long key) {
        super(startNanos, from);
        this.firstRep = firstRep;
        this.leadSeconds = leadSeconds;
        this.copXmm = copXmm;
        this.copYmm = copYmm;
        this.goodPct = goodPct.clone();
        this.goodThrough = goodThrough;
        this.key = key;
    }

    static double repSeconds() {
        return 2 * MOVE_SECONDS + HOLD_SECONDS + PAUSE_SECONDS;
    }

    /** Whether repetition {@code n} of the step is poor, and how: 0 good, 1 falls short, 2 weak. */
    int fault(long n) {
        long group = (n - 1) / POOR_ONE_IN;
        boolean poor = n > 0 && (n - 1) % POOR_ONE_IN == (long) (POOR_ONE_IN * SplitMix64.uniform(key, 2 * group));
        if (!poor || n <= goodThrough) {
            return 0;
        }
        boolean moves = !Double.isNaN(copXmm) || !Double.isNaN(copYmm);
        boolean activates = false;
        for (double pct : goodPct) {
            activates |= pct > 0;
        }
        if (moves && activates) {
            return SplitMix64.uniform(key, 2 * n + 1) < 0.5 ? 1 : 2;
        }
        return moves ? 1 : 2;
    }

    @Override
    void own(double s, ScriptSample out) {
        out.weightShifts = false;
        out.copXmm = copXmm;
        out.copYmm = copYmm;
        double since = s - leadSeconds;
        if (since < 0) {
            return;
        }
        long k = (long) Math.floor(since / repSeconds());
        double x = since - k * repSeconds();
        double level = x < MOVE_SECONDS ? Shapes.smoothStep(x / MOVE_SECONDS)
                : 1 - Shapes.smoothStep((x - MOVE_SECONDS - HOLD_SECONDS) / MOVE_SECONDS);
        int fault = fault(firstRep + k);
        out.reach = level * (fault == 1 ? SHORT_REACH : 1);
        double effort = level * (fault == 2 ? WEAK_EFFORT : 1);
        for (int m = 0; m < goodPct.length; m++) {
            out.activationPct[m] = goodPct[m] * effort;
        }
    }

    /** The first repetition boundary at or after {@code nanos}. */
    long nextRep(long nanos) {
        return startNanos + nanos(leadSeconds + repsBefore(nanos) * repSeconds());
    }

    /** Number of the repetition beginning at {@link #nextRep}{@code (nanos)}. */
    long repAt(long nanos) {
        return firstRep + repsBefore(nanos);
    }

    private long repsBefore(long nanos) {
        double since = seconds(nanos - startNanos) - leadSeconds;
        return since <= 0 ? 0 : (long) Math.ceil(since / repSeconds() - BOUNDARY_TOLERANCE);
    }
}
