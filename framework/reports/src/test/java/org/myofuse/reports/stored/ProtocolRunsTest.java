package org.myofuse.reports.stored;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.myofuse.api.protocol.Severity;
import org.myofuse.api.report.SessionReport;
import org.myofuse.api.report.SessionReport.StepOutcome;
import org.myofuse.api.report.SessionReport.ValueOrigin;
import org.myofuse.api.store.StoredEvent;

class ProtocolRunsTest {

    /** The session time of the report's zero; the fixture's run starts 2 s after it (offset 100 s + 2 s). */
    private static final double T0 = 100.0;
    private static final List<StoredEvent> JOURNAL = JournalFixture.events(T0);
    private static final String OVERRIDE = "clinic override (etc/ci-short-release.override.yaml)";

    private static SessionReport.ProtocolRun run(List<StoredEvent> journal) {
        List<SessionReport.ProtocolRun> runs = ProtocolRuns.of(journal, T0);
        assertEquals(1, runs.size(), "one run: " + runs);
        return runs.get(0);
    }

    @Test
    void theRunNamesItsProtocolItsVersionWhenItStartedAndHowItEnded() {
        SessionReport.ProtocolRun run = run(JOURNAL);
        assertEquals("lumbar-session", run.protocolId());
        assertEquals("1.0.0", run.version());
        assertEquals(2.0, run.startSeconds(), 1e-9);
        assertEquals("completed", run.outcome());
    }

    @Test
    void eachAttemptAtAStepIsARowInTheOrderRunWithItsStartEndOutcomeAndResult() {
        List<SessionReport.StepRun> steps = run(JOURNAL).steps();
        assertEquals(List.of("pain-before", "tare", "release-tlf-left", "release-tlf-left", "release-tlf-right",
                "multifidus-left", "pain-after"), steps.stream().map(SessionReport.StepRun::stepId).toList());
        assertEquals(List.of(0, 1, 2, 2, 3, 4, 5), steps.stream().map(SessionReport.StepRun::index).toList());
        assertEquals(List.of(StepOutcome.COMPLETED, StepOutcome.COMPLETED, StepOutcome.REPEATED, StepOutcome.COMPLETED,
                StepOutcome.SKIPPED, StepOutcome.SKIPPED, StepOutcome.COMPLETED),
                steps.stream().map(SessionReport.StepRun::outcome).toList());

        SessionReport.StepRun repeated = steps.get(2);
        assertEquals(6.0, repeated.startSeconds(), 1e-9);
        assertEquals(3.0, repeated.durationSeconds(), 1e-9);
        assertEquals(0.5, repeated.result(), 1e-9);
        assertTrue(repeated.resultDetail().startsWith("2/14 strokes, 1 in band"), repeated.resultDetail());

        SessionReport.StepRun again = steps.get(3);
        assertEquals(12.5, again.durationSeconds(), 1e-9, "its pause is part of its duration");
        assertEquals(13.0 / 14, again.result(), 1e-9);
        assertTrue(again.resultDetail().startsWith("14/14 strokes, 13 in band"), again.resultDetail());

        SessionReport.StepRun waitedAndSkipped = steps.get(4);
        assertTrue(Double.isNaN(waitedAndSkipped.startSeconds()), "it never began: " + waitedAndSkipped);
        assertEquals(23.0, waitedAndSkipped.endSeconds(), 1e-9);
        assertTrue(Double.isNaN(waitedAndSkipped.result()));
        assertEquals("", waitedAndSkipped.resultDetail());

        SessionReport.StepRun skippedWhileRunning = steps.get(5);
        assertEquals(7.0, skippedWhileRunning.durationSeconds(), 1e-9);
        assertEquals("3/6 holds of 8.0 s in 20-45 %MVC (4 begun)", skippedWhileRunning.resultDetail());

        SessionReport.StepRun pain = steps.get(0);
        assertTrue(Double.isNaN(pain.result()), "a pain step does not judge");
        assertEquals("pain 6/10 before", pain.resultDetail());
    }

    @Test
    void painBeforeAndAfterAndTheCuesPerSeverityMildestFirst() {
        SessionReport.ProtocolRun run = run(JOURNAL);
        assertEquals(6, run.painBefore());
        assertEquals(3, run.painAfter());
        assertEquals(List.of(new SessionReport.CueCount("info", 11), new SessionReport.CueCount("advisory", 1),
                new SessionReport.CueCount("caution", 1), new SessionReport.CueCount("alarm", 0)), run.cues());
    }

    @Test
    void theSeveritiesCountedAreThoseOfTheProtocolApiInItsOrder() {
        assertEquals(Arrays.stream(Severity.values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList(),
                RunJournal.SEVERITIES);
    }

    @Test
    void parametersAreGroupedByStepWithBandsAsOneRowAndTheirSourceAndOrigin() {
        List<String> rows = run(JOURNAL).parameters().stream().map(p -> String.join(" | ", p.scope(), p.name(),
                p.value(), p.unit(), p.source().replaceFirst(":.*", ":..."), p.origin().name())).toList();
        assertEquals(List.of(
                " | equipment.forceTool.normalRange | 50 | N | clinic default | PROTOCOL",
                " | muscles.multifidus-left.site | At the level of the L5 spinous process, about 2-3 cm from the midline |  "
                        + "| seniam:... | PROTOCOL",
                " | muscles.multifidus-right.site | Two finger widths lateral to L5 |  | " + OVERRIDE + " | CLINIC_OVERRIDE",
                "tare | hold | 1 | s | " + OVERRIDE + " | CLINIC_OVERRIDE",
                "tare | maxLoad | 0.5 | N | clinic default | PROTOCOL",
                "release-tlf-left | targetNormalForce | 6-8.9 | N | stevenson2023:... | PROTOCOL",
                "release-tlf-left | strokes | 14 |  | program lumbar-12-week 1.0.0, progression release-strokes | PROGRAM",
                "release-tlf-left | duration | 30 | s | " + OVERRIDE + " | CLINIC_OVERRIDE",
                "release-tlf-left | strokeRate | 15-60 | /min | everingham2019:... | PROTOCOL",
                "release-tlf-left | guarding.suggestEndAfter | 3 |  | clinic default | PROTOCOL",
                "release-tlf-right | strokes | 1 |  | " + OVERRIDE + " | CLINIC_OVERRIDE",
                "multifidus-left | target | 20-45 | %MVC | clinic default | PROTOCOL",
                "multifidus-left | hold | 8 | s | clinic default | PROTOCOL"), rows);
        String site = run(JOURNAL).parameters().get(1).source();
        assertTrue(site.startsWith("seniam: Hermens HJ") && site.endsWith("2000;10(5):361-374 (SENIAM)."),
                "the citation's own parentheses stay in the source: " + site);
    }

    @Test
    void anAbortedRunEndsItsStepAsAbortedAndKeepsTheValuesOfStepsItDidNotReachUnderTheirIds() {
        List<StoredEvent> journal = new ArrayList<>(upTo(JOURNAL, "release-tlf-left", "start"));
        journal.add(protocol(9.0, "STEP_RESULT", "release-tlf-left", 0.5, "1/14 strokes, 1 in band"));
        journal.add(protocol(9.0, "STEP", "release-tlf-left", 2, "aborted"));
        journal.add(protocol(9.0, "RUN", "", Double.NaN, "aborted: patient unwell"));
        SessionReport.ProtocolRun run = run(journal);
        assertEquals("aborted: patient unwell", run.outcome());
        SessionReport.StepRun last = run.steps().get(run.steps().size() - 1);
        assertEquals(StepOutcome.ABORTED, last.outcome());
        assertEquals(3.0, last.durationSeconds(), 1e-9);
        assertEquals(0.5, last.result(), 1e-9, "the result written as the step ended");
        assertEquals(List.of("", "tare", "release-tlf-left", "release-tlf-right", "multifidus-left"),
                run.parameters().stream().map(SessionReport.Parameter::scope).distinct().toList());
        assertEquals(null, run.painAfter());
    }

    @Test
    void aSessionThatStoppedDuringAStepLeavesItNotEndedAndTheRunWithoutOutcome() {
        List<StoredEvent> journal = upTo(JOURNAL, "multifidus-left", "start");
        SessionReport.ProtocolRun run = run(journal);
        assertEquals("", run.outcome());
        SessionReport.StepRun last = run.steps().get(run.steps().size() - 1);
        assertEquals("multifidus-left", last.stepId());
        assertEquals(StepOutcome.NOT_ENDED, last.outcome());
        assertEquals(23.0, last.startSeconds(), 1e-9);
        assertTrue(Double.isNaN(last.endSeconds()) && Double.isNaN(last.durationSeconds()));
    }

    @Test
    void aBandWithOneEdgeOnlyReadsAsALimit() {
        List<StoredEvent> journal = List.of(protocol(0, "RUN", "", Double.NaN, "p 2.1.0 started"),
                new StoredEvent(T0, "PARAMETER", "hold-still.copSpeed.max", 12.5, "mm/s", "clinic default", "protocol"),
                new StoredEvent(T0, "PARAMETER", "hold-still.target.min", 20, "%MVC", "clinic default", "protocol"));
        assertEquals(List.of("at most 12.5 mm/s copSpeed", "at least 20 %MVC target"), run(journal).parameters().stream()
                .map(p -> p.value() + " " + p.unit() + " " + p.name()).toList());
    }

    @Test
    void aBandWithANegativeEdgeReadsLowToHighSoItsDashIsNotTakenForAMinus() {
        List<StoredEvent> journal = List.of(protocol(0, "RUN", "", Double.NaN, "p 2.1.0 started"),
                new StoredEvent(T0, "PARAMETER", "bridge.criteria[2].min", -25, "mm", "clinic default", "protocol"),
                new StoredEvent(T0, "PARAMETER", "bridge.criteria[2].max", 25, "mm", "clinic default", "protocol"));
        SessionReport.Parameter p = run(journal).parameters().get(0);
        assertEquals("criteria[2] -25 to 25 mm", p.name() + " " + p.value() + " " + p.unit());
    }

    @Test
    void aSessionWithoutProtocolEntriesHasNoRunAndOnlyTheProtocolsParametersLeaveTheEventsTable() {
        List<StoredEvent> others = JOURNAL.stream().filter(e -> !e.origin().equals("protocol")).toList();
        assertEquals(List.of(), ProtocolRuns.of(others, T0));
        assertEquals(16, JOURNAL.stream().filter(ProtocolRuns::inParameterTable).count(), "a band is two entries");
        assertTrue(others.stream().noneMatch(ProtocolRuns::inParameterTable));
        StoredEvent imported = new StoredEvent(1, "PARAMETER", "x", 1, "", "", "recorded");
        assertTrue(!ProtocolRuns.inParameterTable(imported), "only what the protocol section shows leaves the table");
    }

    /** The journal up to and including the first entry of that step and detail. */
    private static List<StoredEvent> upTo(List<StoredEvent> journal, String step, String detail) {
        List<StoredEvent> part = new ArrayList<>();
        for (StoredEvent e : journal) {
            part.add(e);
            if (e.type().equals("STEP") && e.source().equals(step) && e.detail().equals(detail)) {
                return part;
            }
        }
        throw new AssertionError("no STEP " + step + " " + detail);
    }

    private static StoredEvent protocol(double seconds, String type, String source, double value, String detail) {
        return new StoredEvent(T0 + seconds, type, source, value, "", detail, "protocol");
    }
}
