package org.myofuse.programs.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.program.ParameterValue;
import org.myofuse.api.program.PatientProgram;
import org.myofuse.api.program.ProgramException;
import org.myofuse.api.runtime.StandaloneHost;
import org.myofuse.api.runtime.StandaloneRuntime;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.store.Patient;
import org.myofuse.api.store.Program;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.programs.plan.InstalledPlans;
import org.myofuse.store.h2.Database;
import org.myofuse.store.h2.H2SessionReview;
import org.myofuse.store.h2.H2SessionStore;

/**
 * The progress service on a real H2 file: sessions begun and ended in the store, their protocol journal
 * written through the store's {@code SessionJournal} as the protocol engine writes it, the shipped
 * lumbar plan installed.
 */
class StoredProgressTest {

    @TempDir
    Path home;

    private final StandaloneRuntime runtime = StandaloneRuntime.load();
    private StandaloneHost host;
    private H2SessionStore store;
    private H2SessionReview review;
    private StoredProgress progress;
    private final LocalDate today = LocalDate.now(ZoneId.systemDefault());

    @BeforeEach
    void open() throws Exception {
        host = runtime.startHost();
        Database database = new Database(Database.fileUrl(home), "", "");
        store = H2SessionStore.open(database, host.bus(), host.clock(), () -> "[]");
        review = new H2SessionReview(database);
        InstalledPlans plans = new InstalledPlans();
        plans.add(1, "lumbar-12-week.yaml", "test", shippedPlan());
        progress = new StoredProgress(plans, review, store, review, Clock.systemDefaultZone());
        store.addPatient(new Patient("P-001", Optional.empty(), Optional.empty(), true, Optional.empty()));
    }

    private static byte[] shippedPlan() throws java.io.IOException {
        try (var in = StoredProgressTest.class.getResourceAsStream("/programs/lumbar-12-week.yaml")) {
            return in.readAllBytes();
        }
    }

    @AfterEach
    void close() {
        host.close();
        store.close();
    }

    /** A lumbar session whose protocol journaled these step results and pain scores. */
    private SessionInfo session(String protocol, Map<String, Double> results, double painBefore) throws Exception {
        SessionInfo s = store.beginSession("P-001", "", protocol, "1.0.0");
        journal(s, "PAIN_NRS", "pain-check", 9, "during");
        journal(s, "PAIN_NRS", "pain-before", painBefore, "before");
        journal(s, "STEP", "multifidus-left", Double.NaN, "started");
        for (Map.Entry<String, Double> r : results.entrySet()) {
            journal(s, "STEP_RESULT", r.getKey(), r.getValue(), "");
        }
        journal(s, "STEP_RESULT", "pain-after", Double.NaN, "");
        journal(s, "PAIN_NRS", "pain-after", Math.max(0, painBefore - 2), "after");
        journal(s, "RUN", "", Double.NaN, "lumbar-session completed");
        return store.endSession(s.id());
    }

    private void journal(SessionInfo s, String type, String source, double value, String detail) {
        assertTrue(store.append(s.id(), new JournalEntry(host.clock().nanos(), type, source, value, "", detail,
                JournalEntry.PROTOCOL)));
    }

    @Test
    void resultsJournaledInStoredSessionsProgressTheShippedPlan() throws Exception {
        review.setProgram("P-001", new Program(12, 2, today.minusWeeks(1), "lumbar-session", "lumbar-12-week"));
        session("lumbar-session", Map.of("multifidus-left", 0.9, "multifidus-right", 0.5), 6);
        session("lumbar-session", Map.of("multifidus-left", 5 / 6.0, "multifidus-right", 1.0), 5);
        session("", Map.of("multifidus-left", 1.0), 4);     // no protocol: counts for adherence only
        SessionInfo recording = store.beginSession("P-001", "", "lumbar-session", "1.0.0");
        journal(recording, "STEP_RESULT", "multifidus-left", 1.0, "");

        PatientProgram p = progress.progress("P-001", today).orElseThrow();
        assertEquals(2, p.week());
        assertEquals(3, p.sessionsDone(), "the session still recording is not counted");
        assertEquals(4, p.sessionsPlanned());
        assertEquals(List.of(0, 3), p.weeks().subList(0, 2).stream().map(PatientProgram.WeekAdherence::done).toList());
        assertEquals(new PatientProgram.PainTrend(6, today, 4, today, 3), p.pain());
        PatientProgram.RuleState left = p.rules().get(0);
        assertEquals("multifidus-left-target", left.rule().id());
        assertEquals(25, left.value(), "two sessions at >= 0.8 raise 20 by 5");
        assertEquals(1, left.progressions().size());
        assertEquals(20, p.rules().get(1).value(), "the right side met the threshold once");
        assertEquals(List.of(new ParameterValue("multifidus-left.target.min", 25, "%MVC",
                "program lumbar-12-week 1.0.0, progression multifidus-left-target"),
                new ParameterValue("multifidus-right.target.min", 20, "%MVC",
                "program lumbar-12-week 1.0.0, progression multifidus-right-target")),
                progress.parametersFor("P-001", "lumbar-session"));
        assertEquals(List.of(), progress.parametersFor("P-001", "lumbar-movement-drills"), "another protocol");
        store.endSession(recording.id());
    }

    @Test
    void thePainBeforeComesFromTheAssessmentWhenTheProtocolScoredNone() throws Exception {
        review.setProgram("P-001", new Program(4, 1, today, ""));
        SessionInfo s = store.endSession(store.beginSession("P-001", "", "", "").id());
        review.assess(s.id(), OptionalInt.of(7), OptionalInt.empty());
        PatientProgram p = progress.progress("P-001", today).orElseThrow();
        assertEquals(7, p.pain().first());
        assertEquals(List.of(), progress.parametersFor("P-001", ""), "no plan, no parameters");
    }

    @Test
    void noProgramAnUnknownPlanAndAnUnknownPatient() throws Exception {
        assertEquals(Optional.empty(), progress.progress("P-001", today));
        review.setProgram("P-001", new Program(12, 2, today, "lumbar-session", "gone-plan"));
        PatientProgram p = progress.progress("P-001", today).orElseThrow();
        assertTrue(p.missingPlan());
        assertEquals(List.of(), progress.parametersFor("P-001", "lumbar-session"));
        ProgramException e = assertThrows(ProgramException.class, () -> progress.progress("nobody", today));
        assertEquals("unknown patient nobody (see myofuse patients list)", e.getMessage());
    }
}
