package org.myofuse.protocols.run;

import org.myofuse.protocols.model.CueCodes;
import org.myofuse.protocols.model.Step;

/** Assessment {@code quiet-stance}: cue {@code stance.still}, the sway recorded over {@code duration}. */
final class QuietStanceRun extends StepRun {

    private final Step.QuietStance stance;
    private final long duration;
    private final Sway sway = new Sway();

    QuietStanceRun(Step.QuietStance step, RunCore run) {
        super(step, run);
        this.stance = step;
        this.duration = step.duration().nanos();
    }

    @Override
    void begin(long now) {
        run.cues.issue(CueCodes.STANCE_STILL, now);
    }

    @Override
    void frame(long now, long active) {
        sway.add(now, run.values.copX, run.values.copY);
    }

    @Override
    boolean complete(long active) {
        return active >= duration;
    }

    @Override
    String resultDetail() {
        return "quiet stance, eyes " + stance.eyes() + ", " + stance.surface() + " surface: " + sway.describe();
    }
}
