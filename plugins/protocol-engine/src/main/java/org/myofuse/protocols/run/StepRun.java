package org.myofuse.protocols.run;

import java.util.List;

import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.protocol.StepState.Awaiting;
import org.myofuse.api.protocol.Target;
import org.myofuse.protocols.model.Step;

/**
 * What one step type does while it is active (docs/protocols-format.md#steps): the cues it issues, what
 * it counts, when its dose is complete, what it records. One object per step begun (a repeated step
 * gets a new one). Engine thread only; {@link #frame} allocates nothing (cues and records may).
 *
 * <p>Times are the step's active time: nanoseconds since it began, paused time left out.
 */
abstract class StepRun {

    final Step step;
    final RunCore run;
    /** Strokes, repetitions or contractions done: {@code StepState.repetitionsDone}. */
    int done;

    StepRun(Step step, RunCore run) {
        this.step = step;
        this.run = run;
    }

    /** The step began (after its entry conditions): its first cues. */
    void begin(long now) {
    }

    /** A fused frame while the step is active and the run is running. */
    void frame(long now, long active) {
    }

    /** A fusion event while the step is active and the run is running. */
    void event(TherapyEvent e, long now, long active) {
    }

    /** A pain score; false when this step does not ask for one. */
    boolean pain(int nrs, long now) {
        return false;
    }

    /** The run was resumed: holds that must last without a break start over. */
    void resumed(long active) {
    }

    /** True once the dose is complete. */
    abstract boolean complete(long active);

    /** What the step waits for from the therapist. */
    Awaiting awaiting() {
        return Awaiting.NOTHING;
    }

    /** The bands the step asks to stay in. */
    List<Target> targets() {
        return List.of();
    }

    /** The step ends (done, skipped, repeated, the run aborted): record what it measured. */
    void finish(long now) {
    }

    /** STEP_RESULT value: the fraction of good repetitions or strokes in band, 0..1, NaN when it does not judge. */
    double result() {
        return Double.NaN;
    }

    /** STEP_RESULT detail, one line. */
    abstract String resultDetail();

    static long nanos(double seconds) {
        return Math.round(seconds * 1e9);
    }
}
