package org.myofuse.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.myofuse.api.program.ParameterValue;
import org.myofuse.api.program.PatientProgram.Progression;
import org.myofuse.api.program.PatientProgram.RuleState;
import org.myofuse.api.program.PatientProgram.WeekAdherence;
import org.myofuse.api.program.PatientProgram;
import org.myofuse.api.program.PlanInfo;

/** A patient's progress through a program as the lines {@code myofuse program PATIENT} prints (README). */
final class ProgramText {

    private ProgramText() {
    }

    static List<String> lines(PatientProgram p) {
        List<String> lines = new ArrayList<>();
        if (p.plan() != null) {
            lines.add("plan: " + p.plan().id() + " " + p.plan().version() + ", " + p.plan().title() + " (" + p.plan().source() + ")");
        } else if (p.missingPlan()) {
            lines.add("plan: " + p.program().planId() + " is not installed (see myofuse programs): no progression");
        }
        lines.add(weekLine(p));
        lines.add(sessionsLine(p));
        lines.add("adherence: " + adherence(p));
        lines.add("pain NRS before the session: " + pain(p.pain()));
        if (!p.rules().isEmpty()) {
            lines.add("progression:");
            for (RuleState r : p.rules()) {
                lines.add("  " + r.rule().id() + " (" + r.rule().parameter() + "): " + state(r) + inEffect(p, r.rule()));
            }
        }
        lines.add("next session: " + next(p));
        return lines;
    }

    private static String weekLine(PatientProgram p) {
        int weeks = p.program().weeks();
        if (p.week() == 0) {
            return "week 0 of " + weeks + ": starts " + p.program().startDate();
        }
        if (p.week() > weeks) {
            return "ended " + p.program().startDate().plusWeeks(weeks).minusDays(1) + " (" + weeks + " weeks)";
        }
        String phase = "";
        if (p.plan() != null) {
            PlanInfo.Phase ph = p.plan().phase(p.week());
            phase = ", phase weeks " + ph.fromWeek() + "-" + ph.toWeek() + (ph.title().isEmpty() ? "" : " " + ph.title());
        }
        return "week " + p.week() + " of " + weeks + phase;
    }

    private static String sessionsLine(PatientProgram p) {
        String thisWeek = p.week() >= 1 && p.week() <= p.weeks().size()
                ? "this week " + p.weeks().get(p.week() - 1).done() + " of " + p.program().sessionsPerWeek() + ", " : "";
        String share = p.sessionsPlanned() == 0 ? "" : " (" + Math.round(100.0 * p.sessionsDone() / p.sessionsPlanned()) + "%)";
        return "sessions: " + thisWeek + "in total " + p.sessionsDone() + " of " + p.sessionsPlanned() + " planned so far" + share
                + ", " + p.program().weeks() * p.program().sessionsPerWeek() + " in the program";
    }

    private static String adherence(PatientProgram p) {
        int upTo = Math.min(Math.max(p.week(), 0), p.weeks().size());
        if (upTo == 0) {
            return "not started";
        }
        List<String> weeks = new ArrayList<>();
        for (WeekAdherence w : p.weeks().subList(0, upTo)) {
            weeks.add("w" + w.week() + " " + w.done() + "/" + w.planned());
        }
        return String.join(", ", weeks);
    }

    static String pain(PatientProgram.PainTrend pain) {
        if (pain.sessions() == 0) {
            return "no scores yet";
        }
        if (pain.sessions() == 1) {
            return pain.first() + " (" + pain.firstDate() + "), one session scored";
        }
        return pain.first() + " (" + pain.firstDate() + ") -> " + pain.last() + " (" + pain.lastDate() + "), change "
                + signed(pain.last() - pain.first()) + ", " + pain.sessions() + " sessions scored";
    }

    private static String state(RuleState r) {
        PlanInfo.Rule rule = r.rule();
        StringBuilder s = new StringBuilder(value(r.value(), rule.unit()));
        if (r.progressions().isEmpty()) {
            s.append(", not progressed yet");
        }
        for (Progression p : r.progressions()) {
            s.append(", ").append(number(p.from())).append(" -> ").append(number(p.to())).append(" after session ")
                    .append(p.afterSessionId()).append(" (").append(p.date()).append(", week ").append(p.week()).append(')');
        }
        if (r.atLimit()) {
            s.append(", at its limit");
        } else {
            s.append("; ").append(r.streak()).append(" of ").append(rule.sessions()).append(" sessions at >= ")
                    .append(number(rule.threshold())).append(" toward ").append(number(Math.abs(rule.increment()) > 0
                            ? bounded(r.value() + rule.increment(), rule) : r.value()));
        }
        return s.toString();
    }

    /** "" when the rule applies in the current week's phase, else from when it applies next. */
    private static String inEffect(PatientProgram p, PlanInfo.Rule rule) {
        int week = Math.max(1, p.week());
        if (week > p.program().weeks() || p.plan().phase(week).progressions().contains(rule.id())) {
            return "";
        }
        for (PlanInfo.Phase phase : p.plan().phases()) {
            if (phase.fromWeek() > week && phase.progressions().contains(rule.id())) {
                return " (applies from week " + phase.fromWeek() + ")";
            }
        }
        return " (not in this phase)";
    }

    private static double bounded(double v, PlanInfo.Rule rule) {
        return rule.increment() > 0 ? Math.min(v, rule.limit()) : Math.max(v, rule.limit());
    }

    static String rule(PlanInfo.Rule rule) {
        return rule.parameter() + " from " + value(rule.start(), rule.unit()) + " by " + number(rule.increment())
                + " up to " + value(rule.limit(), rule.unit()) + " when " + rule.resultStep() + " scored >= "
                + number(rule.threshold()) + " in " + rule.sessions() + (rule.sessions() == 1 ? " session" : " sessions in a row");
    }

    private static String next(PatientProgram p) {
        String protocol = p.nextProtocolId().isEmpty() ? "no protocol named" : "protocol " + p.nextProtocolId();
        if (p.next().isEmpty()) {
            return protocol;
        }
        List<String> values = new ArrayList<>();
        for (ParameterValue v : p.next()) {
            values.add(v.parameter() + " " + value(v.value(), v.unit()));
        }
        return protocol + " with " + String.join(", ", values);
    }

    private static String value(double v, String unit) {
        return number(v) + (unit.isEmpty() ? "" : " " + unit);
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }

    private static String signed(int v) {
        return v > 0 ? "+" + v : Integer.toString(v);
    }
}
