package org.myofuse.programs.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.myofuse.api.program.PatientProgram;
import org.myofuse.api.program.PlanInfo;
import org.myofuse.api.store.Program;
import org.myofuse.programs.progress.ProgressCalculator;
import org.myofuse.programs.progress.SessionFacts;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the plan reader: any bytes, read as YAML and as JSON, give a plan or
 * problems, each one line naming the file; nothing escapes. A plan accepted covers its weeks with phases,
 * and progress over sessions that meet every rule stays between each rule's start and limit. In a normal
 * build the inputs in src/test/resources/org/myofuse/programs/plan/PlanParserFuzzTestInputs/ run as
 * regression tests; {@code JAZZER_FUZZ=1 mvn -pl plugins/programs test -Dtest=PlanParserFuzzTest} fuzzes.
 */
class PlanParserFuzzTest {

    private static final PlanReader READER = new PlanReader();
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @FuzzTest(maxDuration = "60s")
    void readsAnyPlanOrRefusesItInOneLine(byte[] input) {
        for (String file : List.of("fuzz.yaml", "fuzz.json")) {
            PlanReader.Outcome outcome = READER.read(file, input, "fuzz");
            if (outcome.plan() == null) {
                assertFalse(outcome.problems().isEmpty(), "refused with a reason");
                for (PlanProblem p : outcome.problems()) {
                    assertEquals(file, p.file());
                    assertFalse(p.toString().contains("\n") || p.toString().contains("\r"), "one line: " + p);
                }
            } else {
                assertTrue(outcome.problems().isEmpty());
                accepted(outcome.plan());
            }
        }
    }

    private static void accepted(PlanInfo plan) {
        for (int week = 1; week <= plan.weeks(); week++) {
            PlanInfo.Phase phase = plan.phase(week);
            assertTrue(phase.fromWeek() <= week && week <= phase.toWeek(), "week " + week + " in its phase");
        }
        Program program = new Program(plan.weeks(), plan.sessionsPerWeek(), START, plan.phases().get(0).protocolId(), plan.id());
        List<SessionFacts> sessions = new ArrayList<>();
        for (int week = 0; week < plan.weeks(); week++) {
            Map<String, Double> results = new HashMap<>();
            plan.progressions().forEach(r -> results.put(r.resultStep(), 1.0));
            sessions.add(new SessionFacts("s" + week, START.plusWeeks(week), plan.phase(week + 1).protocolId(), results, 5));
        }
        PatientProgram progress = ProgressCalculator.progress("P-1", program, plan, false, sessions, START.plusWeeks(plan.weeks()));
        assertEquals(plan.weeks(), progress.sessionsDone());
        for (PatientProgram.RuleState state : progress.rules()) {
            PlanInfo.Rule rule = state.rule();
            assertNotNull(state);
            assertTrue(Math.min(rule.start(), rule.limit()) <= state.value() && state.value() <= Math.max(rule.start(), rule.limit()),
                    rule.id() + " stays between start and limit: " + state.value());
        }
    }
}
