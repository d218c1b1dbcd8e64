package org.myofuse.programs.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.api.program.ParameterValue;
import org.myofuse.api.program.PatientProgram.Progression;
import org.myofuse.api.program.PatientProgram;
import org.myofuse.api.program.PlanInfo;
import org.myofuse.api.store.Program;

/** Progress over the facts of sessions: weeks, adherence, pain trend, and when each rule progresses. */
class ProgressCalculatorTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    /** Reps 8 -> 12 by 2 after 2 sessions >= 0.75, in all phases; band 20 -> 30 by 5 after 1 session >= 0.8, weeks 3-6 only. */
    private static final PlanInfo PLAN = new PlanInfo("test-plan", "1.0.0", "Test", 6, 2, "test",
            List.of(new PlanInfo.Phase(1, 2, "", "proto-a", List.of("reps")),
                    new PlanInfo.Phase(3, 6, "", "proto-a", List.of("reps", "band"))),
            List.of(new PlanInfo.Rule("reps", "Repetitions", "drill.repetitions", "", 8, 2, 12, "drill", 0.75, 2, Map.of()),
                    new PlanInfo.Rule("band", "Band", "bio.target.min", "%MVC", 20, 5, 30, "bio", 0.8, 1, Map.of())));
    private static final Program PROGRAM = new Program(6, 2, START, "proto-a", "test-plan");

    private final List<SessionFacts> sessions = new ArrayList<>();

    private void session(int day, String protocol, Map<String, Double> results, Integer pain) {
        sessions.add(new SessionFacts("s" + (sessions.size() + 1), START.plusDays(day), protocol, results, pain));
    }

    private PatientProgram progress(LocalDate today) {
        return ProgressCalculator.progress("P-1", PROGRAM, PLAN, false, sessions, today);
    }

    private static PatientProgram.RuleState rule(PatientProgram p, String id) {
        return p.rules().stream().filter(r -> r.rule().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void weeksCountFromTheStartDay() {
        assertEquals(0, ProgressCalculator.week(PROGRAM, START.minusDays(1)));
        assertEquals(1, ProgressCalculator.week(PROGRAM, START));
        assertEquals(1, ProgressCalculator.week(PROGRAM, START.plusDays(6)));
        assertEquals(2, ProgressCalculator.week(PROGRAM, START.plusDays(7)));
        assertEquals(7, ProgressCalculator.week(PROGRAM, START.plusDays(42)));
    }

    @Test
    void aRuleProgressesAfterItsStreakAndStartsAnewAtTheNewValue() {
        session(0, "proto-a", Map.of("drill", 0.8), 6);
        session(2, "proto-a", Map.of("drill", 0.9), null);     // streak 2: 8 -> 10
        session(7, "proto-a", Map.of("drill", 1.0), 5);        // streak 1 at 10
        session(9, "proto-a", Map.of("drill", 0.5), null);     // below: streak 0
        session(10, "proto-a", Map.of("drill", 0.75), null);   // threshold met (edge included)
        PatientProgram p = progress(START.plusDays(11));
        PatientProgram.RuleState reps = rule(p, "reps");
        assertEquals(10, reps.value());
        assertEquals(1, reps.streak());
        assertEquals(List.of(new Progression("s2", START.plusDays(2), 1, 8, 10)), reps.progressions());
        assertEquals(List.of(8.0, 8.0, 10.0, 10.0, 10.0), reps.results().stream().map(r -> r.value()).toList(),
                "each result with the value the session had");
        assertEquals(List.of(true, true, true, false, true), reps.results().stream().map(r -> r.met()).toList());
        assertEquals(List.of(new ParameterValue("drill.repetitions", 10, "", "program test-plan 1.0.0, progression reps")),
                p.next(), "week 2: only the first phase's rule");
        assertEquals("proto-a", p.nextProtocolId());
    }

    @Test
    void aRuleStopsAtItsLimitAndOnlyCountsSessionsOfItsPhasesAndProtocol() {
        session(1, "proto-a", Map.of("bio", 1.0), null);      // week 1: band not in phase 1
        session(14, "proto-b", Map.of("bio", 1.0), null);     // another protocol
        session(15, "proto-a", Map.of("bio", 0.9), null);     // 20 -> 25
        session(16, "proto-a", Map.of("bio", 0.95), null);    // 25 -> 30 (limit)
        session(17, "proto-a", Map.of("bio", 1.0), null);     // at the limit: stays
        session(18, "proto-a", Map.of("drill", 1.0), null);   // bio not judged: does not count
        PatientProgram p = progress(START.plusDays(20));
        PatientProgram.RuleState band = rule(p, "band");
        assertEquals(30, band.value());
        assertTrue(band.atLimit());
        assertEquals(List.of("s3", "s4"), band.progressions().stream().map(Progression::afterSessionId).toList());
        assertEquals(3, band.results().size());
        assertEquals(List.of("drill.repetitions", "bio.target.min"), p.next().stream().map(ParameterValue::parameter).toList());
        assertEquals(30, p.next().get(1).value());
    }

    @Test
    void adherencePerWeekAndThePainTrendComeFromTheSessionsInTheProgram() {
        session(-3, "proto-a", Map.of(), 9);                  // before the start: not in the program
        session(0, "proto-a", Map.of(), 7);
        session(3, "", Map.of(), null);
        session(8, "proto-a", Map.of(), 4);
        session(43, "proto-a", Map.of(), 1);                  // after the end (6 weeks): not in the program
        PatientProgram p = progress(START.plusDays(9));
        assertEquals(2, p.week());
        assertEquals(3, p.sessionsDone());
        assertEquals(4, p.sessionsPlanned());
        assertEquals(List.of(2, 1, 0, 0, 0, 0), p.weeks().stream().map(PatientProgram.WeekAdherence::done).toList());
        assertEquals(START.plusWeeks(1), p.weeks().get(1).from());
        assertEquals(new PatientProgram.PainTrend(7, START, 4, START.plusDays(8), 2), p.pain());
    }

    @Test
    void aProgramWithoutAPlanHasNoRulesAndItsOwnProtocol() {
        Program plain = new Program(4, 3, START, "proto-x");
        session(0, "proto-x", Map.of("drill", 1.0), null);
        PatientProgram p = ProgressCalculator.progress("P-1", plain, null, false, sessions, START.minusDays(2));
        assertEquals(0, p.week());
        assertEquals(0, p.sessionsPlanned());
        assertNull(p.plan());
        assertFalse(p.missingPlan());
        assertEquals(List.of(), p.rules());
        assertEquals(List.of(), p.next());
        assertEquals("proto-x", p.nextProtocolId());
        assertEquals(new PatientProgram.PainTrend(null, null, null, null, 0), p.pain());
    }
}
