package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.api.program.ParameterValue;
import org.myofuse.api.program.PatientProgram;
import org.myofuse.api.program.PlanInfo;
import org.myofuse.api.store.Program;

/** The progress lines of {@code myofuse program PATIENT}. */
class ProgramTextTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final PlanInfo.Rule REPS = new PlanInfo.Rule("reps", "Repetitions", "drill.repetitions", "", 8, 2, 12,
            "drill", 0.75, 2, Map.of());
    private static final PlanInfo.Rule BAND = new PlanInfo.Rule("band", "Band", "bio.target.min", "%MVC", 20, 5, 25,
            "bio", 0.8, 1, Map.of());
    private static final PlanInfo PLAN = new PlanInfo("test-plan", "1.0.0", "Test plan", 4, 2, "bundle x 1.0.0",
            List.of(new PlanInfo.Phase(1, 2, "Only", "proto-a", List.of("band")),
                    new PlanInfo.Phase(3, 4, "", "proto-a", List.of("reps", "band"))), List.of(REPS, BAND));

    @Test
    void everyFactOfTheProgressIsALine() {
        PatientProgram p = new PatientProgram("P-1", new Program(4, 2, START, "proto-a", "test-plan"), PLAN, false,
                START.plusDays(8), 2,
                List.of(new PatientProgram.WeekAdherence(1, START, 2, 2), new PatientProgram.WeekAdherence(2, START.plusWeeks(1), 2, 1),
                        new PatientProgram.WeekAdherence(3, START.plusWeeks(2), 2, 0), new PatientProgram.WeekAdherence(4, START.plusWeeks(3), 2, 0)),
                3, 4, new PatientProgram.PainTrend(6, START, 4, START.plusDays(8), 3),
                List.of(new PatientProgram.RuleState(REPS, 8, false, 1, List.of(), List.of()),
                        new PatientProgram.RuleState(BAND, 25, true, 0, List.of(),
                                List.of(new PatientProgram.Progression("7", START.plusDays(3), 1, 20, 25)))),
                "proto-a", List.of(new ParameterValue("drill.repetitions", 8, "", "s"), new ParameterValue("bio.target.min", 25, "%MVC", "s")));
        assertEquals(List.of(
                "plan: test-plan 1.0.0, Test plan (bundle x 1.0.0)",
                "week 2 of 4, phase weeks 1-2 Only",
                "sessions: this week 1 of 2, in total 3 of 4 planned so far (75%), 8 in the program",
                "adherence: w1 2/2, w2 1/2",
                "pain NRS before the session: 6 (2026-01-05) -> 4 (2026-01-13), change -2, 3 sessions scored",
                "progression:",
                "  reps (drill.repetitions): 8, not progressed yet; 1 of 2 sessions at >= 0.75 toward 10 (applies from week 3)",
                "  band (bio.target.min): 25 %MVC, 20 -> 25 after session 7 (2026-01-08, week 1), at its limit",
                "next session: protocol proto-a with drill.repetitions 8, bio.target.min 25 %MVC"), ProgramText.lines(p));
    }
}
