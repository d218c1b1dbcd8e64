package org.myofuse.protocols.run;

import org.myofuse.api.protocol.StepState.Awaiting;
import org.myofuse.protocols.model.CueCodes;
import org.myofuse.protocols.model.Step;

/** Assessment {@code pain-nrs}: asks for the score (cue {@code pain.ask}), records it ({@code PAIN_NRS}), done. */
final class PainRun extends StepRun {

    private final Step.PainScore pain;
    private int score = -1;

    PainRun(Step.PainScore step, RunCore run) {
        super(step, run);
        this.pain = step;
    }

    @Override
    void begin(long now) {
        run.cues.issue(CueCodes.PAIN_ASK, now);
    }

    @Override
    boolean pain(int nrs, long now) {
        if (score >= 0) {
            return false;
        }
        score = nrs;
        run.journal("PAIN_NRS", step.id(), nrs, "NRS", pain.moment());
        run.out.assessed(pain.moment(), nrs);
        return true;
    }

    @Override
    boolean complete(long active) {
        return score >= 0;
    }

    @Override
    Awaiting awaiting() {
        return score < 0 ? Awaiting.PAIN_SCORE : Awaiting.NOTHING;
    }

    @Override
    String resultDetail() {
        return score < 0 ? "no pain score entered (" + pain.moment() + ")" : "pain " + score + "/10 " + pain.moment();
    }
}
