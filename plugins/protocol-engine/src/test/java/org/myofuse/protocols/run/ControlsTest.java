package org.myofuse.protocols.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.protocol.RunState.Status;
import org.myofuse.api.protocol.StepState.Awaiting;

class ControlsTest {

    private static final String STEPS = """
            - id: hold-still
              type: assessment
              kind: quiet-stance
              title: Quiet stance
              instruction: Stand still.
              duration: {value: 25, unit: s, source: clinic default}
              eyes: open
              surface: firm
            - id: positioned-release
              type: release
              title: Release
              instruction: Long strokes.
              entry:
                - confirmation: {prompt: "Patient prone"}
              exit:
                - event: {name: guarding, muscle: multifidus-left, count: {value: 2, source: clinic default}}
              region: thoracolumbar-fascia-left
              targetNormalForce: {min: 6, max: 9, unit: N, source: clinic default}
              strokes: {value: 5, source: clinic default}
              strokeRate: {min: 15, max: 60, unit: /min, source: clinic default}
              overpressureLimit: {value: 15, unit: N, source: clinic default}
              guarding: {suggestEndAfter: {value: 3, source: clinic default}}
            """ + Harness.PAIN_BEFORE.replace("pain-before", "pain-after").replace("before", "after");

    private final Harness h = new Harness(Harness.protocol(STEPS)).start();

    private List<String> steps() {
        return h.entries("STEP").stream().map(e -> e.source() + " " + e.detail()).toList();
    }

    @Test
    void pausedTimeDoesNotCountAndResumeGoesOn() {
        h.run(10);
        assertTrue(h.core.pause());
        assertFalse(h.core.pause(), "already paused");
        assertEquals(Status.PAUSED, h.core.state().status());
        h.run(30);
        assertEquals("hold-still", h.stepId(), "30 s paused did not count");
        assertTrue(h.core.resume());
        assertFalse(h.core.resume());
        h.run(14.9);
        assertEquals("hold-still", h.stepId());
        h.run(0.2);
        assertEquals("positioned-release", h.stepId());
        assertEquals(List.of("hold-still start", "hold-still paused", "hold-still resumed", "hold-still done"), steps());
        assertTrue(h.calls.contains("stepChanged hold-still PAUSED"), h.calls.toString());
    }

    @Test
    void aStepWaitsForItsConfirmationAndAnyExitConditionEndsIt() {
        h.core.skip();
        assertEquals("positioned-release", h.stepId());
        assertEquals(Awaiting.CONFIRMATION, h.core.state().step().awaiting());
        assertEquals("Patient prone", h.cues.get(h.cues.size() - 1).text());
        h.stroke(1, 7, 0);
        assertEquals(0, h.core.state().step().repetitionsDone(), "nothing counts before the step begins");
        assertTrue(h.core.confirm());
        assertEquals(Awaiting.NOTHING, h.core.state().step().awaiting());
        assertFalse(h.core.confirm(), "nothing more to confirm");
        assertEquals("Patient prone", h.entries("CONFIRMATION").get(0).detail());
        assertEquals("positioned-release", h.entries("CONFIRMATION").get(0).source());
        h.stroke(1, 7, 0);
        assertEquals(1, h.core.state().step().repetitionsDone());
        h.event(org.myofuse.api.fusion.TherapyEventType.GUARDING, "amp/L_multifidus", 10);
        assertEquals("positioned-release", h.stepId());
        h.event(org.myofuse.api.fusion.TherapyEventType.GUARDING, "amp/L_multifidus", 10);
        assertEquals("pain-after", h.stepId(), "the second guarding on the multifidus ends the release");
        assertEquals(List.of("hold-still start", "hold-still skipped", "positioned-release start", "positioned-release done",
                "pain-after start"), steps());
    }

    @Test
    void repeatStartsTheStepOverAndAbortEndsTheRunOnce() {
        h.core.skip();
        h.core.confirm();
        h.stroke(1, 7, 0);
        assertTrue(h.core.repeat());
        assertEquals(0, h.core.state().step().repetitionsDone());
        assertEquals(Awaiting.CONFIRMATION, h.core.state().step().awaiting(), "from its beginning: the entry again");
        h.core.abort("patient unwell");
        h.core.abort("again");
        assertEquals(Status.ABORTED, h.core.state().status());
        assertEquals("patient unwell", h.core.state().reason());
        assertFalse(h.core.skip());
        assertFalse(h.core.pause());
        assertEquals(List.of("engine-test 1.2.3 started", "aborted: patient unwell"),
                h.entries("RUN").stream().map(e -> e.detail()).toList());
        assertEquals(List.of("hold-still start", "hold-still skipped", "positioned-release start",
                "positioned-release repeated", "positioned-release aborted"), steps());
        assertEquals("runEnded ABORTED patient unwell", h.calls.get(h.calls.size() - 1));
    }
}
