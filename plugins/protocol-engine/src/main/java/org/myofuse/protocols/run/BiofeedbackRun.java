package org.myofuse.protocols.run;

import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.protocol.Target;
import org.myofuse.protocols.model.Band;
import org.myofuse.protocols.model.CueCodes;
import org.myofuse.protocols.model.Step;

/**
 * Biofeedback: holds and rests. Each hold begins with {@code hold.start}; it counts ({@code rep.good})
 * once the trained muscle has stayed in its band with every ceiling muscle at or below its max for
 * {@code hold} without a break; then {@code rest.start} and {@code rest} before the next hold. While
 * holding, a muscle out of place for {@value #PERSIST_S} s without a break draws {@code emg.activate}
 * (below the band) or {@code emg.relax} (above it, or a ceiling muscle over its max, naming that muscle):
 * the patient gets time to react to the hold's start before being corrected. Counts the holds that
 * counted; done after {@code repetitions}.
 */
final class BiofeedbackRun extends HoldsRun {

    static final double PERSIST_S = 1.0;
    private static final long PERSIST = nanos(PERSIST_S);

    private final Step.Biofeedback feedback;
    private final int muscle;
    private final Band band;
    private final int[] ceilings;
    private final double[] max;
    private final List<Target> targets;

    private long goodSince = -1;
    private long lowSince = -1;
    private long highSince = -1;
    private int holds;

    BiofeedbackRun(Step.Biofeedback step, RunCore run) {
        super(step, run, step.hold().nanos(), step.rest().nanos(), step.repetitions().value());
        this.feedback = step;
        muscle = run.values.muscle(step.muscle());
        band = step.target();
        ceilings = new int[step.ceilings().size()];
        max = new double[ceilings.length];
        List<Target> t = new ArrayList<>();
        t.add(new Target("emg:" + step.muscle(), band.min(), band.max(), Double.NaN, "%MVC", "target " + run.values.name(muscle)));
        for (int i = 0; i < ceilings.length; i++) {
            Step.Biofeedback.Ceiling c = step.ceilings().get(i);
            ceilings[i] = run.values.muscle(c.muscle());
            max[i] = c.max().value();
            t.add(new Target("emg:" + c.muscle(), Double.NaN, max[i], Double.NaN, "%MVC",
                    "ceiling " + run.values.name(ceilings[i])));
        }
        targets = List.copyOf(t);
    }

    @Override
    List<Target> targets() {
        return targets;
    }

    @Override
    void holdStarted(long now) {
        goodSince = -1;
        lowSince = -1;
        highSince = -1;
        holds++;
        run.cues.issue(CueCodes.HOLD_START, now, run.values.name(muscle), Double.NaN, "%MVC", band.min(), band.max(),
                done + 1, reps);
    }

    @Override
    void holdFrame(long now, long active, long held) {
        double x = run.values.pct[muscle];
        int over = overCeiling();
        boolean good = band.contains(x) && over < 0;
        goodSince = good ? (goodSince < 0 ? active : goodSince) : -1;
        lowSince = band.below(x) ? (lowSince < 0 ? active : lowSince) : -1;
        boolean high = band.above(x) || over >= 0;
        highSince = high ? (highSince < 0 ? active : highSince) : -1;
        if (goodSince >= 0 && active - goodSince >= hold) {
            endHold(now, active, CueCodes.REP_GOOD, run.values.name(muscle));
            return;
        }
        if (lowSince >= 0 && active - lowSince >= PERSIST) {
            run.cues.issue(CueCodes.EMG_ACTIVATE, now, run.values.name(muscle), x, "%MVC", band.min(), band.max(),
                    done, reps);
        } else if (highSince >= 0 && active - highSince >= PERSIST) {
            int m = over >= 0 ? ceilings[over] : muscle;
            double v = run.values.pct[m];
            run.cues.issue(CueCodes.EMG_RELAX, now, run.values.name(m), v, "%MVC", over >= 0 ? Double.NaN : band.min(),
                    over >= 0 ? max[over] : band.max(), done, reps);
        }
    }

    /** The first ceiling muscle over its max (or without a value), -1 when none. */
    private int overCeiling() {
        for (int i = 0; i < ceilings.length; i++) {
            double v = ceilings[i] < 0 ? Double.NaN : run.values.pct[ceilings[i]];
            if (!(v <= max[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    void resumed(long active) {
        goodSince = -1;
        lowSince = -1;
        highSince = -1;
    }

    @Override
    double result() {
        return (double) done / reps;
    }

    @Override
    String resultDetail() {
        return done + "/" + reps + " holds of " + RunCore.format(feedback.hold().value()) + " s in "
                + Cues.number(band.min()) + "-" + Cues.number(band.max()) + " %MVC (" + holds + " begun)";
    }
}
