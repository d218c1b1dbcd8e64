package org.myofuse.api.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.myofuse.api.store.Program;

/**
 * A patient's program and the progress through it, as of one day.
 *
 * @param patientCode     the patient
 * @param program         the program as registered
 * @param plan            the plan it follows, {@code null} when it follows none (or the plan is not installed:
 *                        then {@code missingPlan} is true)
 * @param missingPlan     true when the program names a plan that is not installed
 * @param today           the day this progress is for
 * @param week            the program week {@code today} is in: 0 before the start, 1 to {@code weeks}, or
 *                        above {@code weeks} after the end
 * @param weeks           sessions done against planned, one row per program week (1 to {@code weeks})
 * @param sessionsDone    the program's sessions so far (those from its start to its end)
 * @param sessionsPlanned the sessions planned from week 1 to the week now (all of them after the end)
 * @param pain            pain NRS before the first and the last session that has a score
 * @param rules           each progression rule of the plan and where it stands, in plan order
 * @param nextProtocolId  the protocol the next session runs ("" when the program names none)
 * @param next            the parameter values the next session uses (the rules of the current phase)
 */
public record PatientProgram(String patientCode, Program program, PlanInfo plan, boolean missingPlan, LocalDate today,
        int week, List<WeekAdherence> weeks, int sessionsDone, int sessionsPlanned, PainTrend pain, List<RuleState> rules,
        String nextProtocolId, List<ParameterValue> next) {

    public PatientProgram {
        Objects.requireNonNull(patientCode, "patientCode");
        Objects.requireNonNull(program, "program");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(pain, "pain");
        Objects.requireNonNull(nextProtocolId, "nextProtocolId");
        weeks = List.copyOf(weeks);
        rules = List.copyOf(rules);
        next = List.copyOf(next);
    }

    /**
     * One program week.
     *
     * @param week    1-based
     * @param from    its first day
     * @param planned sessions planned
     * @param done    the patient's sessions that started that week
     */
    public record WeekAdherence(int week, LocalDate from, int planned, int done) {
        public WeekAdherence {
            Objects.requireNonNull(from, "from");
        }
    }

    /**
     * Pain NRS 0-10 before a session, first against last.
     *
     * @param first     before the first program session with a score, {@code null} if none had one
     * @param firstDate that session's day, {@code null} with it
     * @param last      before the last program session with a score, {@code null} if none had one
     * @param lastDate  that session's day, {@code null} with it
     * @param sessions  how many program sessions had a score
     */
    public record PainTrend(Integer first, LocalDate firstDate, Integer last, LocalDate lastDate, int sessions) {
    }

    /**
     * A progression rule and where it stands.
     *
     * @param rule         the rule
     * @param value        the value the next session uses
     * @param atLimit      true when {@code value} has reached the rule's limit
     * @param streak       consecutive sessions at the current value that met the threshold, most recent last
     * @param results      the step's result in each program session that judged it, oldest first
     * @param progressions each time the value changed, oldest first
     */
    public record RuleState(PlanInfo.Rule rule, double value, boolean atLimit, int streak, List<StepResult> results,
            List<Progression> progressions) {
        public RuleState {
            Objects.requireNonNull(rule, "rule");
            results = List.copyOf(results);
            progressions = List.copyOf(progressions);
        }
    }

    /**
     * The result of a rule's step in one session.
     *
     * @param sessionId the session
     * @param date      its day
     * @param value     the parameter's value the program had for that session
     * @param result    fraction 0-1 of good repetitions or strokes (the last STEP_RESULT of the step)
     * @param met       {@code result} reached the rule's threshold
     */
    public record StepResult(String sessionId, LocalDate date, double value, double result, boolean met) {
        public StepResult {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * A change of a rule's value, decided after a session.
     *
     * @param afterSessionId the session that completed the streak
     * @param date           its day
     * @param week           its program week
     * @param from           the value before
     * @param to             the value after
     */
    public record Progression(String afterSessionId, LocalDate date, int week, double from, double to) {
        public Progression {
            Objects.requireNonNull(afterSessionId, "afterSessionId");
            Objects.requireNonNull(date, "date");
        }
    }
}
