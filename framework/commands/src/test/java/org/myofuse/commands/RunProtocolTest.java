package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.ProtocolInfo;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.protocol.Severity;
import org.myofuse.api.protocol.StepState;
import org.myofuse.api.protocol.StepType;
import org.myofuse.api.protocol.Target;
import org.myofuse.api.protocol.Tone;

/**
 * What {@code myofuse run --protocol} prints about a protocol run, from events built by hand as the
 * engine sends them: a line per step and per change of its count or wait, one per cue, the end; events
 * of another session's run are not this run's.
 */
class RunProtocolTest {

    private static final ProtocolInfo INFO = new ProtocolInfo("lumbar-session", "1.0.0", "Lumbar session", "en",
            "bundle org.myofuse.protocol-lumbar-session 0.1.0", 9, List.of(), List.of());

    private final List<Object> inbox = new ArrayList<>();
    private final RunProtocol protocol = new RunProtocol(INFO, null, inbox::add);

    private static StepState release(int done, StepState.Awaiting awaiting) {
        return new StepState(2, 9, "release-tlf-left", StepType.RELEASE, "Release, thoracolumbar fascia left", "",
                List.of(new Target("normalForce", 6, 8.9, 15, "N", "target pressure")), 40_000_000_000L, 120, done, 12,
                awaiting);
    }

    private static RunState state(String session, RunState.Status status, StepState step, String reason) {
        return new RunState("lumbar-session", "1.0.0", session, status, step, reason);
    }

    private List<String> lines() {
        return inbox.stream().map(o -> o instanceof RunProtocol.Line l ? l.text() : o.toString()).toList();
    }

    @Test
    void printsALinePerStepPerChangeOfItsCountOrWaitAndPerCue() {
        protocol.follow("S-1");
        protocol.runStarted(state("S-1", RunState.Status.RUNNING, release(0, StepState.Awaiting.CONFIRMATION), ""));
        protocol.progressed(state("S-1", RunState.Status.RUNNING, release(0, StepState.Awaiting.NOTHING), ""));
        protocol.progressed(state("S-1", RunState.Status.RUNNING, release(0, StepState.Awaiting.NOTHING), ""));
        protocol.cue(new Cue(45_000_000_000L, "release-tlf-left", Severity.ADVISORY, "pressure.less",
                "A little less pressure (9.8 N, aim 6.0-8.9 N)", "#F0E442", Tone.NONE));
        protocol.progressed(state("S-1", RunState.Status.RUNNING, release(1, StepState.Awaiting.NOTHING), ""));
        protocol.stepChanged(state("S-1", RunState.Status.PAUSED, release(1, StepState.Awaiting.NOTHING), ""));
        assertEquals(List.of(
                "step 3/9 Release, thoracolumbar fascia left: 0/12 strokes (waiting for confirmation)",
                "step 3/9 Release, thoracolumbar fascia left: 0/12 strokes",
                "cue pressure.less (advisory): A little less pressure (9.8 N, aim 6.0-8.9 N)",
                "step 3/9 Release, thoracolumbar fascia left: 1/12 strokes",
                "step 3/9 Release, thoracolumbar fascia left: 1/12 strokes (paused)"), lines());
        assertEquals(40_000_000_000L, ((RunProtocol.Line) inbox.get(0)).sessionNanos(), "a step line at the step's start");
        assertEquals(45_000_000_000L, ((RunProtocol.Line) inbox.get(2)).sessionNanos(), "a cue line at the cue");
    }

    @Test
    void theEndIsHandedOverOnceAndNothingComesAfterIt() {
        protocol.follow("S-1");
        RunState aborted = state("S-1", RunState.Status.ABORTED, release(4, StepState.Awaiting.NOTHING),
                "the run's duration of 90s is over");
        protocol.runEnded(aborted);
        protocol.cue(new Cue(1, "release-tlf-left", Severity.INFO, "step.done", "done", "#0072B2", Tone.NONE));
        assertEquals(List.of(new RunProtocol.Ended(aborted)), inbox);
        assertEquals("protocol lumbar-session 1.0.0 aborted: the run's duration of 90s is over",
                ProtocolLines.ended(aborted));
    }

    @Test
    void anotherSessionsRunIsNotThisRuns() {
        protocol.follow("S-1");
        protocol.runStarted(state("S-2", RunState.Status.RUNNING, release(0, StepState.Awaiting.NOTHING), ""));
        protocol.runEnded(state("S-2", RunState.Status.COMPLETED, release(12, StepState.Awaiting.NOTHING), "completed"));
        assertEquals(List.of(), inbox);
    }

    @Test
    void aStepWithoutACountSaysItsLengthAndEachKindCountsItsOwnThing() {
        var stance = new StepState(3, 9, "sway-before", StepType.ASSESSMENT, "Quiet stance", "", List.of(), 0, 30, 0, 0,
                StepState.Awaiting.NOTHING);
        assertEquals("step 4/9 Quiet stance: 30 s", ProtocolLines.step(state("S", RunState.Status.RUNNING, stance, "")));
        var pain = new StepState(0, 9, "pain-before", StepType.ASSESSMENT, "Pain before", "", List.of(), 0, Double.NaN,
                0, 0, StepState.Awaiting.PAIN_SCORE);
        assertEquals("step 1/9 Pain before (waiting for the pain score)",
                ProtocolLines.step(state("S", RunState.Status.RUNNING, pain, "")));
        var hold = new StepState(5, 9, "multifidus-left", StepType.BIOFEEDBACK, "Multifidus activation, left", "",
                List.of(), 0, Double.NaN, 2, 6, StepState.Awaiting.NOTHING);
        assertEquals("step 6/9 Multifidus activation, left: 2/6 holds",
                ProtocolLines.step(state("S", RunState.Status.RUNNING, hold, "")));
        assertEquals("protocol lumbar-session 1.0.0 completed",
                ProtocolLines.ended(state("S", RunState.Status.COMPLETED, hold, "completed")));
    }
}
