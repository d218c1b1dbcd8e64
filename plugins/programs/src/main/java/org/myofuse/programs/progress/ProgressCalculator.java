package org.myofuse.programs.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.myofuse.api.program.ParameterValue;
import org.myofuse.api.program.PatientProgram.PainTrend;
import org.myofuse.api.program.PatientProgram.Progression;
import org.myofuse.api.program.PatientProgram.RuleState;
import org.myofuse.api.program.PatientProgram.StepResult;
import org.myofuse.api.program.PatientProgram.WeekAdherence;
import org.myofuse.api.program.PatientProgram;
import org.myofuse.api.program.PlanInfo;
import org.myofuse.api.store.Program;

/**
 * Computes a patient's progress through a program from the facts of their sessions
 * (docs/programs-format.md, "How progress is computed"). A pure function of its inputs: the same sessions
 * give the same progress. Stateless and thread-safe.
 */
public final class ProgressCalculator {

    private ProgressCalculator() {
    }

    /**
     * @param plan        the plan the program follows, {@code null} if none or not installed
     * @param missingPlan the program names a plan that is not installed
     * @param sessions    the patient's stored sessions, any order; those outside the program's weeks are ignored
     */
    public static PatientProgram progress(String patientCode, Program program, PlanInfo plan, boolean missingPlan,
            List<SessionFacts> sessions, LocalDate today) {
        List<SessionFacts> inProgram = sessions.stream().filter(s -> week(program, s.date()) >= 1
                && week(program, s.date()) <= program.weeks()).sorted(Comparator.comparing(SessionFacts::date)).toList();
        int week = week(program, today);
        List<WeekAdherence> weeks = new ArrayList<>();
        for (int w = 1; w <= program.weeks(); w++) {
            int n = w;
            weeks.add(new WeekAdherence(w, program.startDate().plusWeeks(w - 1L), program.sessionsPerWeek(),
                    (int) inProgram.stream().filter(s -> week(program, s.date()) == n).count()));
        }
        int planned = program.sessionsPerWeek() * Math.max(0, Math.min(week, program.weeks()));
        List<RuleState> rules = new ArrayList<>();
        List<ParameterValue> next = new ArrayList<>();
        String nextProtocol = program.protocolId();
        if (plan != null) {
            for (PlanInfo.Rule rule : plan.progressions()) {
                rules.add(rule(program, plan, rule, inProgram));
            }
            PlanInfo.Phase phase = plan.phase(Math.max(1, week));
            nextProtocol = phase.protocolId();
            for (RuleState state : rules) {
                if (phase.progressions().contains(state.rule().id())) {
                    next.add(new ParameterValue(state.rule().parameter(), state.value(), state.rule().unit(),
                            "program " + plan.id() + " " + plan.version() + ", progression " + state.rule().id()));
                }
            }
        }
        return new PatientProgram(patientCode, program, plan, missingPlan, today, week, weeks, inProgram.size(), planned,
                pain(inProgram), rules, nextProtocol, next);
    }

    /** The program week of a day: 0 before the start, 1 for the first seven days, ... */
    public static int week(Program program, LocalDate day) {
        long days = ChronoUnit.DAYS.between(program.startDate(), day);
        return days < 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, days / 7 + 1);
    }

    /**
     * Follows one rule through the program's sessions, oldest first: a session counts when its week's phase
     * lists the rule, it ran that phase's protocol and its step was judged; a result at or above the
     * threshold extends the streak, one below ends it; a streak of {@code sessions} changes the value by
     * the increment (never past the limit) and starts a new streak at the new value.
     */
    static RuleState rule(Program program, PlanInfo plan, PlanInfo.Rule rule, List<SessionFacts> sessions) {
        double value = rule.start();
        int streak = 0;
        List<StepResult> results = new ArrayList<>();
        List<Progression> progressions = new ArrayList<>();
        for (SessionFacts s : sessions) {
            int week = week(program, s.date());
            PlanInfo.Phase phase = plan.phase(week);
            Double result = s.stepResults().get(rule.resultStep());
            if (!phase.progressions().contains(rule.id()) || !phase.protocolId().equals(s.protocolId()) || result == null) {
                continue;
            }
            boolean met = result >= rule.threshold();
            results.add(new StepResult(s.sessionId(), s.date(), value, result, met));
            streak = met ? streak + 1 : 0;
            if (streak >= rule.sessions() && !atLimit(rule, value)) {
                double raised = rule.increment() > 0 ? Math.min(rule.limit(), value + rule.increment())
                        : Math.max(rule.limit(), value + rule.increment());
                progressions.add(new Progression(s.sessionId(), s.date(), week, value, raised));
                value = raised;
                streak = 0;
            }
        }
        return new RuleState(rule, value, atLimit(rule, value), streak, results, progressions);
    }

    private static boolean atLimit(PlanInfo.Rule rule, double value) {
        return rule.increment() > 0 ? value >= rule.limit() : value <= rule.limit();
    }

    private static PainTrend pain(List<SessionFacts> sessions) {
        List<SessionFacts> scored = sessions.stream().filter(s -> s.painBefore() != null).toList();
        if (scored.isEmpty()) {
            return new PainTrend(null, null, null, null, 0);
        }
        SessionFacts first = scored.get(0);
        SessionFacts last = scored.get(scored.size() - 1);
        return new PainTrend(first.painBefore(), first.date(), last.painBefore(), last.date(), scored.size());
    }
}
