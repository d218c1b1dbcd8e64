package org.myofuse.lib.simulation.script;

import java.util.List;

import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.protocol.Severity;
import org.myofuse.api.protocol.StepState;
import org.myofuse.api.protocol.StepState.Awaiting;
import org.myofuse.api.protocol.StepType;
import org.myofuse.api.protocol.Target;
import org.myofuse.api.protocol.Tone;

/** Protocol events built by hand, as an engine would send them. */
final class Events {

    static final long SECOND = 1_000_000_000L;
    static final double OPEN = Double.NaN;

    private Events() {
    }

    static StepState step(int index, String id, StepType type, String title, long startedNanos, double durationS,
            int repetitionsTarget, Awaiting awaiting, Target... targets) {
        return new StepState(index, 9, id, type, title, "", List.of(targets), startedNanos, durationS, 0,
                repetitionsTarget, awaiting);
    }

    static StepState done(StepState step, int repetitionsDone, Awaiting awaiting) {
        return new StepState(step.index(), step.count(), step.id(), step.type(), step.title(), step.instruction(),
                step.targets(), step.startedNanos(), step.durationS(), repetitionsDone, step.repetitionsTarget(),
                awaiting);
    }

    static RunState running(StepState step) {
        return new RunState("lumbar-session", "1.0.0", "S-1", RunState.Status.RUNNING, step, "");
    }

    static RunState paused(StepState step) {
        return new RunState("lumbar-session", "1.0.0", "S-1", RunState.Status.PAUSED, step, "");
    }

    static RunState ended(StepState step) {
        return new RunState("lumbar-session", "1.0.0", "S-1", RunState.Status.COMPLETED, step, "completed");
    }

    static Cue cue(long nanos, StepState step, String code) {
        return cue(nanos, step, code, code);
    }

    static Cue cue(long nanos, StepState step, String code, String text) {
        return new Cue(nanos, step.id(), Severity.ADVISORY, code, text, "#E69F00", Tone.NONE);
    }

    static Target band(String metric, double low, double high, double limit, String unit) {
        return new Target(metric, low, high, limit, unit, metric);
    }

    /** The script from {@code from} to {@code to} (session nanoseconds) every {@code stepNanos}. */
    static ScriptSample[] play(Script script, long from, long to, long stepNanos) {
        int n = (int) ((to - from) / stepNanos);
        ScriptSample[] out = new ScriptSample[n];
        for (int i = 0; i < n; i++) {
            out[i] = new ScriptSample();
            script.sample(from + i * stepNanos, out[i]);
        }
        return out;
    }
}
