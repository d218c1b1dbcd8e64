package org.myofuse.protocols.run;

import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.protocol.Target;
import org.myofuse.protocols.model.Criterion;
import org.myofuse.protocols.model.CueCodes;
import org.myofuse.protocols.model.Metric;
import org.myofuse.protocols.model.Step;

/**
 * Drill: {@code repetitions} holds of {@code hold} ({@code hold.start}) with {@code rest} between
 * ({@code rest.start}). Over each hold every criterion is followed - {@code throughout}: every frame in
 * its band (a missing value fails it); {@code reach}: at least one frame in it - and at the hold's end
 * the repetition is judged: {@code rep.good} when all were met, else {@code rep.poor} (both journaled as
 * cues). Counts repetitions done, good or not.
 */
final class DrillRun extends HoldsRun {

    private final Step.Drill drill;
    private final Criterion[] criteria;
    private final Metric.Kind[] kinds;
    private final int[] muscles;
    private final boolean[] met;
    private final List<Target> targets;

    private int good;

    DrillRun(Step.Drill step, RunCore run) {
        super(step, run, step.hold().nanos(), step.rest().nanos(), step.repetitions().value());
        this.drill = step;
        criteria = step.criteria().toArray(new Criterion[0]);
        kinds = new Metric.Kind[criteria.length];
        muscles = new int[criteria.length];
        met = new boolean[criteria.length];
        List<Target> t = new ArrayList<>();
        for (int i = 0; i < criteria.length; i++) {
            Metric metric = criteria[i].metric();
            kinds[i] = metric.kind();
            muscles[i] = metric.muscle().isEmpty() ? -1 : run.values.muscle(metric.muscle());
            t.add(new Target(metric.name(), criteria[i].band().min(), criteria[i].band().max(), Double.NaN,
                    metric.unit(), criteria[i].mode() == Criterion.Mode.REACH ? "reach" : "keep"));
        }
        targets = List.copyOf(t);
    }

    @Override
    List<Target> targets() {
        return targets;
    }

    @Override
    void holdStarted(long now) {
        for (int i = 0; i < criteria.length; i++) {
            met[i] = criteria[i].mode() == Criterion.Mode.THROUGHOUT;
        }
        run.cues.issue(CueCodes.HOLD_START, now, "", Double.NaN, "", Double.NaN, Double.NaN, done + 1, reps);
    }

    @Override
    void holdFrame(long now, long active, long held) {
        for (int i = 0; i < criteria.length; i++) {
            boolean in = criteria[i].band().contains(run.values.metric(kinds[i], muscles[i]));
            if (criteria[i].mode() == Criterion.Mode.THROUGHOUT) {
                met[i] &= in;
            } else {
                met[i] |= in;
            }
        }
        if (held >= hold) {
            judge(now, active);
        }
    }

    private void judge(long now, long active) {
        boolean all = true;
        for (boolean m : met) {
            all &= m;
        }
        if (all) {
            good++;
        }
        endHold(now, active, all ? CueCodes.REP_GOOD : CueCodes.REP_POOR, "");
    }

    @Override
    double result() {
        return done == 0 ? Double.NaN : (double) good / done;
    }

    @Override
    String resultDetail() {
        return done + "/" + reps + " repetitions, " + good + " good (" + drill.movement() + ", " + drill.surface() + ", "
                + drill.side() + ")";
    }
}
