package org.myofuse.reports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.myofuse.api.program.ParameterValue;
import org.myofuse.api.program.PatientProgram.Progression;
import org.myofuse.api.program.PatientProgram.RuleState;
import org.myofuse.api.program.PatientProgram.WeekAdherence;
import org.myofuse.api.program.PatientProgram;
import org.myofuse.api.program.PlanInfo;

/**
 * The progress report's program section: the plan and the week now, sessions done against planned per
 * week, the pain trend, each progression rule (start, value now, limit, when it rose) and what the next
 * session uses; the same facts {@code myofuse program PATIENT} prints.
 */
public final class ProgramSection {

    private ProgramSection() {
    }

    public static void write(Markup m, PatientProgram p) {
        m.element("h2", "Program").newline();
        facts(m, p);
        adherence(m, p);
        if (!p.rules().isEmpty()) {
            progression(m, p);
        }
    }

    private static void facts(Markup m, PatientProgram p) {
        m.open("table", "class", "facts program").open("tbody").newline();
        if (p.plan() != null) {
            PlanInfo plan = p.plan();
            Tables.fact(m, "Plan", plan.id() + " " + plan.version() + ": " + plan.title() + " (" + plan.source() + ")");
        } else if (p.missingPlan()) {
            Tables.fact(m, "Plan", p.program().planId() + " (not installed: no progression)");
        }
        Tables.fact(m, "Week", week(p));
        Tables.fact(m, "Sessions", p.sessionsDone() + " of " + p.sessionsPlanned() + " planned so far ("
                + (p.sessionsPlanned() == 0 ? "-" : Math.round(100.0 * p.sessionsDone() / p.sessionsPlanned()) + "%")
                + "), " + p.program().weeks() * p.program().sessionsPerWeek() + " in the program");
        Tables.fact(m, "Pain NRS before the session", pain(p.pain()));
        Tables.fact(m, "Next session", next(p));
        m.close("tbody").close("table").newline();
    }

    private static String week(PatientProgram p) {
        int weeks = p.program().weeks();
        if (p.week() == 0) {
            return "not started (starts " + p.program().startDate() + ")";
        }
        if (p.week() > weeks) {
            return "ended " + p.program().startDate().plusWeeks(weeks).minusDays(1);
        }
        if (p.plan() == null) {
            return p.week() + " of " + weeks;
        }
        PlanInfo.Phase phase = p.plan().phase(p.week());
        return p.week() + " of " + weeks + ", phase weeks " + phase.fromWeek() + "-" + phase.toWeek()
                + (phase.title().isEmpty() ? "" : ": " + phase.title()) + " (" + phase.protocolId() + ")";
    }

    static String pain(PatientProgram.PainTrend pain) {
        if (pain.sessions() == 0) {
            return "no scores yet";
        }
        if (pain.sessions() == 1) {
            return pain.first() + " (" + pain.firstDate() + "), one session scored";
        }
        int change = pain.last() - pain.first();
        return pain.first() + " (" + pain.firstDate() + ") to " + pain.last() + " (" + pain.lastDate() + "), change "
                + (change > 0 ? "+" : "") + change + ", " + pain.sessions() + " sessions scored";
    }

    private static String next(PatientProgram p) {
        String protocol = p.nextProtocolId().isEmpty() ? "no protocol named" : p.nextProtocolId();
        List<String> values = new ArrayList<>();
        for (ParameterValue v : p.next()) {
            values.add(v.parameter() + " " + value(v.value(), v.unit()));
        }
        return values.isEmpty() ? protocol : protocol + " with " + String.join(", ", values);
    }

    private static void adherence(Markup m, PatientProgram p) {
        m.element("h3", "Sessions per week").newline();
        Tables.open(m, "adherence", List.of("#Week", "From", "#Planned", "#Done"));
        for (WeekAdherence w : p.weeks()) {
            boolean future = w.week() > p.week();
            m.open("tr");
            Tables.number(m, Integer.toString(w.week()));
            Tables.cell(m, w.from().toString());
            Tables.number(m, Integer.toString(w.planned()));
            Tables.number(m, future ? "-" : Integer.toString(w.done()));
            m.close("tr").newline();
        }
        Tables.close(m);
    }

    private static void progression(Markup m, PatientProgram p) {
        List<RuleState> rules = p.rules();
        m.element("h3", "Progression").newline();
        Tables.open(m, "progression", List.of("Rule", "Parameter", "#Start", "#Now", "#Limit", "When", "Changes"));
        for (RuleState r : rules) {
            PlanInfo.Rule rule = r.rule();
            m.open("tr");
            Tables.cell(m, rule.title());
            Tables.cell(m, rule.parameter());
            Tables.number(m, value(rule.start(), rule.unit()));
            Tables.number(m, value(r.value(), rule.unit()) + (r.atLimit() ? " (limit)" : ""));
            Tables.number(m, value(rule.limit(), rule.unit()));
            Tables.cell(m, rule.resultStep() + " >= " + number(rule.threshold()) + " in " + rule.sessions()
                    + " sessions; now " + r.streak() + " of " + rule.sessions() + inEffect(p, rule));
            Tables.cell(m, changes(r));
            m.close("tr").newline();
        }
        Tables.close(m);
    }

    /** "" when the rule applies in the current week's phase, else from when it applies next. */
    private static String inEffect(PatientProgram p, PlanInfo.Rule rule) {
        int week = Math.max(1, p.week());
        if (week > p.program().weeks() || p.plan().phase(week).progressions().contains(rule.id())) {
            return "";
        }
        for (PlanInfo.Phase phase : p.plan().phases()) {
            if (phase.fromWeek() > week && phase.progressions().contains(rule.id())) {
                return "; applies from week " + phase.fromWeek();
            }
        }
        return "; not in this phase";
    }

    private static String changes(RuleState r) {
        if (r.progressions().isEmpty()) {
            return "none yet";
        }
        List<String> changes = new ArrayList<>();
        for (Progression p : r.progressions()) {
            changes.add(number(p.from()) + " to " + number(p.to()) + " after session " + p.afterSessionId() + " ("
                    + p.date() + ", week " + p.week() + ")");
        }
        return String.join("; ", changes);
    }

    private static String value(double v, String unit) {
        return number(v) + (unit.isEmpty() ? "" : " " + unit);
    }

    private static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "");
    }
}
