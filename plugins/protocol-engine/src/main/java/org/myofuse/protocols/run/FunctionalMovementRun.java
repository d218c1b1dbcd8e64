package org.myofuse.protocols.run;

import java.util.List;
import java.util.Locale;

import org.myofuse.api.protocol.Target;
import org.myofuse.protocols.model.CueCodes;
import org.myofuse.protocols.model.Step;

/**
 * Assessment {@code functional-movement}: left first, then right. A repetition of a side counts when
 * that side's muscle has stayed at or above {@code activation} for {@code hold}; the activation must
 * drop below it before the next one counts. Each repetition's peak (%MVC, up to the drop) is kept. Once
 * both sides are done, the asymmetry of the mean peaks, |L - R| / max(L, R) x 100 %, is recorded in the
 * step's result and cue {@code asymmetry} issued above {@code asymmetryLimit}.
 */
final class FunctionalMovementRun extends StepRun {

    private final Step.FunctionalMovement item;
    private final int left;
    private final int right;
    private final double activation;
    private final long hold;
    private final int reps;
    private final List<Target> targets;

    private long aboveSince = -1;
    private boolean counted;
    private double peak;
    private final double[] peakSum = new double[2];
    private final int[] peaks = new int[2];
    private double asymmetry = Double.NaN;

    FunctionalMovementRun(Step.FunctionalMovement step, RunCore run) {
        super(step, run);
        this.item = step;
        left = run.values.muscle(step.left());
        right = run.values.muscle(step.right());
        activation = step.activation().value();
        hold = step.hold().nanos();
        reps = step.repetitions().value();
        targets = List.of(
                new Target("emg:" + step.left(), activation, Double.NaN, Double.NaN, "%MVC", "activation " + run.values.name(left)),
                new Target("emg:" + step.right(), activation, Double.NaN, Double.NaN, "%MVC", "activation " + run.values.name(right)));
    }

    @Override
    List<Target> targets() {
        return targets;
    }

    private int side() {
        return done < reps ? 0 : 1;
    }

    @Override
    void frame(long now, long active) {
        if (done >= 2 * reps) {
            return;
        }
        int side = side();
        double x = run.values.pct[side == 0 ? left : right];
        if (x >= activation) {
            if (aboveSince < 0) {
                aboveSince = active;
                peak = x;
            }
            peak = Math.max(peak, x);
            if (!counted && active - aboveSince >= hold) {
                counted = true;
            }
            return;
        }
        if (counted) {
            repetition(now);
        }
        aboveSince = -1;
        counted = false;
    }

    private void repetition(long now) {
        int side = side();
        peakSum[side] += peak;
        peaks[side]++;
        done++;
        if (done == 2 * reps) {
            double l = peakSum[0] / peaks[0];
            double r = peakSum[1] / peaks[1];
            asymmetry = Math.abs(l - r) / Math.max(l, r) * 100;
            if (asymmetry > item.asymmetryLimit().value()) {
                run.cues.issue(CueCodes.ASYMMETRY, now, "", asymmetry, "%", Double.NaN, item.asymmetryLimit().value(),
                        done, 2 * reps);
            }
        }
    }

    @Override
    void resumed(long active) {
        aboveSince = -1;
        counted = false;
    }

    @Override
    boolean complete(long active) {
        return done >= 2 * reps;
    }

    @Override
    String resultDetail() {
        double l = peaks[0] == 0 ? Double.NaN : peakSum[0] / peaks[0];
        double r = peaks[1] == 0 ? Double.NaN : peakSum[1] / peaks[1];
        return String.format(Locale.ROOT, "%s: left %d/%d, right %d/%d repetitions; mean peak L %.1f %%MVC, R %.1f %%MVC; "
                + "asymmetry %s %% (limit %s %%)", item.movement(), peaks[0], reps, peaks[1], reps, l, r,
                Double.isNaN(asymmetry) ? "-" : String.format(Locale.ROOT, "%.1f", asymmetry),
                Cues.number(item.asymmetryLimit().value()));
    }
}
