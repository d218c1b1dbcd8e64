package org.myofuse.protocols.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.fusion.TherapyEventType;
import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.protocol.Severity;
import org.myofuse.api.protocol.StepState.Awaiting;
import org.myofuse.api.protocol.Tone;
import org.myofuse.api.store.JournalEntry;

class PainAndReleaseTest {

    private final Harness h = new Harness(Harness.protocol(Harness.PAIN_BEFORE + Harness.RELEASE)).start();

    @Test
    void theRunStartIsJournaledWithEveryParameterValueByStepAndItsSource() {
        JournalEntry run = h.journal.get(0);
        assertEquals("RUN", run.type());
        assertEquals("engine-test 1.2.3 started", run.detail());
        assertEquals(JournalEntry.PROTOCOL, run.origin());
        JournalEntry min = param("release-left.targetNormalForce.min");
        assertEquals(6, min.value());
        assertEquals("N", min.unit());
        assertTrue(min.detail().startsWith("stevenson2023: Stevenson TC"), min.detail());
        assertEquals(9, param("release-left.targetNormalForce.max").value());
        assertEquals(4, param("release-left.strokes").value());
        assertEquals("", param("release-left.strokes").unit());
        assertEquals("clinic default", param("release-left.overpressureLimit").detail());
        assertEquals(50, param("equipment.forceTool.normalRange").value());
    }

    private JournalEntry param(String source) {
        return h.entries("PARAMETER").stream().filter(e -> e.source().equals(source)).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + source + ": " + h.entries("PARAMETER")));
    }

    @Test
    void aPainStepAsksWaitsForTheScoreAndRecordsIt() {
        assertEquals("runStarted pain-before", h.calls.get(0));
        RunState s = h.core.state();
        assertEquals(Awaiting.PAIN_SCORE, s.step().awaiting());
        assertEquals(List.of("step.start", "pain.ask"), h.cueCodes());
        h.run(5);
        assertEquals("pain-before", h.stepId(), "a pain step waits as long as it takes");
        assertThrows(IllegalArgumentException.class, () -> h.core.enterPain(11));
        assertFalse(h.core.confirm(), "nothing to confirm");
        assertTrue(h.core.enterPain(6));
        JournalEntry pain = h.entries("PAIN_NRS").get(0);
        assertEquals("pain-before", pain.source());
        assertEquals(6, pain.value());
        assertEquals("NRS", pain.unit());
        assertEquals("before", pain.detail());
        assertEquals("release-left", h.stepId());
        assertFalse(h.core.enterPain(3), "the release does not ask for a pain score");
        List<String> steps = h.entries("STEP").stream().map(e -> e.source() + " " + e.detail() + " " + (int) e.value()).toList();
        assertEquals(List.of("pain-before start 0", "pain-before done 0", "release-left start 1"), steps);
        JournalEntry result = h.entries("STEP_RESULT").get(0);
        assertTrue(Double.isNaN(result.value()));
        assertEquals("pain 6/10 before", result.detail());
    }

    @Test
    void aReleaseCountsStrokesJudgesThemAndCuesTheTherapist() {
        h.core.enterPain(4);
        h.run(1);
        h.stroke(1.5, 11, 2); // too hard
        assertEquals(1, h.core.state().step().repetitionsDone());
        Cue less = h.cues.get(h.cues.size() - 1);
        assertEquals("pressure.less", less.code());
        assertEquals(Severity.ADVISORY, less.severity());
        assertEquals("A little less pressure (11 N, aim 6-9 N)", less.text());
        assertEquals("#F0E442", less.colour());
        h.stroke(1.5, 7.5, 2); // in band, 1.8 s after the last start: 33/min, in band
        h.stroke(1.5, 7.5, 6); // too much shear
        assertEquals(1, h.count("shear.less"));
        h.stroke(1.5, 4, 2); // too light: pressure.more
        assertEquals(1, h.count("pressure.more"));
        assertEquals("step.done", h.cueCodes().get(h.cues.size() - 1));
        JournalEntry result = h.entries("STEP_RESULT").get(1);
        assertEquals("release-left", result.source());
        assertEquals(0.25, result.value(), 1e-9);
        assertTrue(result.detail().startsWith("4/4 strokes, 1 in band; peak 11.0 N"), result.detail());
        assertEquals("runEnded COMPLETED completed", h.calls.get(h.calls.size() - 1));
        assertEquals("completed", h.entries("RUN").get(1).detail());
        List<JournalEntry> cues = h.entries("CUE");
        assertTrue(cues.stream().anyMatch(e -> e.detail().equals("pressure.less advisory: A little less pressure (11 N, aim 6-9 N)")
                && e.source().equals("release-left")), cues.toString());
    }

    @Test
    void overpressureIsAnAlarmAtOnceAndAgainOnlyAfterTheForceFellBack() {
        h.core.enterPain(4);
        h.run(0.5, f -> f.normal = 15.2);
        Cue alarm = h.cues.stream().filter(c -> c.code().equals("overpressure")).findFirst().orElseThrow();
        assertEquals(Severity.ALARM, alarm.severity());
        assertEquals(Tone.ALARM, alarm.tone());
        assertEquals("Overpressure (15.2 N): lift the tool now", alarm.text());
        assertEquals(h.t - 49 * Harness.FRAME, alarm.sessionNanos(), "issued on the first frame at the limit");
        h.run(0.2, f -> f.normal = 14);
        h.run(0.2, f -> f.normal = 16);
        assertEquals(1, h.count("overpressure"), "not re-armed above 90 % of the limit");
        h.run(0.2, f -> f.normal = 10);
        h.run(0.2, f -> f.normal = 16);
        assertEquals(2, h.count("overpressure"));
    }

    @Test
    void guardingAsksForLessPressureAndTheNthSuggestsEndingCautionCuesAreRateLimited() {
        h.core.enterPain(4);
        h.event(TherapyEventType.GUARDING, "amp/R_multifidus", 12); // not a watched muscle
        assertEquals(0, h.count("guarding.reduce"));
        h.event(TherapyEventType.GUARDING, "amp/L_multifidus", 12);
        Cue reduce = h.cues.get(h.cues.size() - 1);
        assertEquals("guarding.reduce", reduce.code());
        assertEquals(Severity.CAUTION, reduce.severity());
        assertEquals("Guarding in left lumbar multifidus: reduce the pressure", reduce.text());
        h.run(1);
        h.event(TherapyEventType.GUARDING, "amp/L_multifidus", 12);
        assertEquals(1, h.count("guarding.reduce"), "the same caution within 3 s is held back");
        assertEquals(1, h.count("release.suggest-end"), "the second guarding of the step suggests ending it");
        h.run(2.5);
        h.event(TherapyEventType.GUARDING, "amp/L_multifidus", 12);
        assertEquals(2, h.count("guarding.reduce"));
        h.event(TherapyEventType.WITHDRAWAL, "mat", 30);
        assertEquals(1, h.count("withdrawal.pause"));
        assertEquals("release-left", h.stepId(), "the therapist decides: the release goes on");
    }

    @Test
    void aReleaseEndsAfterItsDurationWhenTheStrokesDoNotCome() {
        h.core.enterPain(4);
        h.run(119);
        assertEquals("release-left", h.stepId());
        assertFalse(h.core.state().ended());
        h.run(1.1);
        assertTrue(h.core.state().ended());
        assertEquals("0/4 strokes, 0 in band; peak 0.1 N; 0 overpressure, 0 guarding, 0 withdrawal",
                h.entries("STEP_RESULT").get(1).detail());
        assertTrue(Double.isNaN(h.entries("STEP_RESULT").get(1).value()));
    }
}
