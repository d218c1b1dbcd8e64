package org.myofuse.protocols.run;

import org.myofuse.protocols.model.CueCodes;
import org.myofuse.protocols.model.Step;

/**
 * A step of {@code repetitions} holds with a rest between them: each hold begins with {@code hold.start},
 * ends when the subclass says it counted or was judged ({@link #endHold}), then {@code rest.start} and
 * {@code rest} before the next hold (none when the rest is 0). Done after {@code repetitions} holds.
 * Biofeedback and drills share this rhythm and differ in what makes a hold count.
 */
abstract class HoldsRun extends StepRun {

    final long hold;
    final long rest;
    final int reps;

    private boolean holding;
    private long phaseStart;

    HoldsRun(Step step, RunCore run, long hold, long rest, int reps) {
        super(step, run);
        this.hold = hold;
        this.rest = rest;
        this.reps = reps;
    }

    @Override
    final void begin(long now) {
        startHold(now, 0);
    }

    @Override
    final void frame(long now, long active) {
        if (done >= reps) {
            return;
        }
        if (holding) {
            holdFrame(now, active, active - phaseStart);
        } else if (active - phaseStart >= rest) {
            startHold(now, active);
        }
    }

    @Override
    final boolean complete(long active) {
        return done >= reps;
    }

    /** A hold begins: reset what the hold follows and issue {@code hold.start}. */
    abstract void holdStarted(long now);

    /** A frame during a hold; {@code held} is the hold's active time so far. */
    abstract void holdFrame(long now, long active, long held);

    /** The hold ends as one repetition, announced with {@code code} naming {@code subject}; then rest or the next hold. */
    final void endHold(long now, long active, String code, String subject) {
        done++;
        holding = false;
        phaseStart = active;
        run.cues.issue(code, now, subject, Double.NaN, "", Double.NaN, Double.NaN, done, reps);
        if (done >= reps) {
            return;
        }
        if (rest > 0) {
            run.cues.issue(CueCodes.REST_START, now);
        } else {
            startHold(now, active);
        }
    }

    private void startHold(long now, long active) {
        holding = true;
        phaseStart = active;
        holdStarted(now);
        run.progressed();
    }
}
