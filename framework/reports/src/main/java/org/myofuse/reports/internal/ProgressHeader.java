package org.myofuse.reports.internal;

import java.util.List;

import org.myofuse.api.report.ProgressReport;

/** The progress report's title and facts: patient, program, sessions done against sessions planned. */
public final class ProgressHeader {

    private ProgressHeader() {
    }

    public static void write(Markup m, ProgressReport report) {
        m.element("h1", "Progress report " + Texts.orDash(report.patientCode())).newline();
        m.open("table", "class", "facts").open("tbody").newline();
        Tables.fact(m, "Patient", Texts.orDash(report.patientCode()));
        ProgressReport.Program p = report.program();
        int n = report.sessions().size();
        if (p == null) {
            Tables.fact(m, "Program", "none");
            Tables.fact(m, "Sessions", Integer.toString(n));
        } else {
            int planned = p.weeks() * p.sessionsPerWeek();
            Tables.fact(m, "Program", p.weeks() + " weeks x " + p.sessionsPerWeek() + " sessions per week, from "
                    + p.startDate() + " to " + p.startDate().plusWeeks(p.weeks()).minusDays(1));
            Tables.fact(m, "Sessions", n + " of " + planned + " planned");
        }
        List<ProgressReport.SessionRow> dated = report.sessions().stream().filter(ProgressReport.SessionRow::dateKnown)
                .toList();
        if (!dated.isEmpty()) {
            Tables.fact(m, "First and last session", dated.get(0).date() + " to " + dated.get(dated.size() - 1).date());
        }
        if (dated.size() < n) {
            Tables.fact(m, "Sessions of unknown date", (n - dated.size()) + ", listed last (imported from files that "
                    + "gave only a time of day)");
        }
        m.close("tbody").close("table").newline();
    }
}
