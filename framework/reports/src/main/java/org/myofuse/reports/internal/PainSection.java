package org.myofuse.reports.internal;

import java.util.List;
import java.util.OptionalInt;
import org.myofuse.api.report.ProgressReport;

/**
 * Pain over the sessions: NRS before and after each session on a fixed 0-10 axis, and a table with
 * each score's change from baseline in percent.
 */
public final class PainSection {

    private static final double HEIGHT = 260;

    private PainSection() {
    }

    public static void write(Markup m, List<ProgressReport.SessionRow> sessions) {
        m.element("h2", "Pain (NRS 0-10)").newline();
        if (sessions.isEmpty()) {
            m.element("p", "No sessions recorded for this patient.", "class", "empty").newline();
            return;
        }
        chart(m, sessions);
        table(m, sessions);
    }

    private static void chart(Markup m, List<ProgressReport.SessionRow> sessions) {
        Plot plot = new Plot(Plot.PAGE_WIDTH, HEIGHT, 12, SessionAxis.of(sessions.size()),
                Axis.counting("pain NRS (0-10)", 0, 10), 10);
        double[] x = SessionAxis.positions(sessions.size());
        float[] before = SessionAxis.pain(sessions, true);
        float[] after = SessionAxis.pain(sessions, false);
        m.open("figure");
        m.open("figcaption").text("Pain before and after each session ").open("span", "class", "sub")
                .text("- 0 = no pain, 10 = worst imaginable").close("span").close("figcaption").newline();
        plot.begin(m, "pain", "Pain NRS before and after each session");
        plot.polylines(m, Decimator.segments(plot, x, before), "s-before");
        plot.polylines(m, Decimator.segments(plot, x, after), "s-after");
        SessionAxis.markers(m, plot, before, "p-before", "pain before");
        SessionAxis.markers(m, plot, after, "p-after", "pain after");
        plot.end(m);
        Legend.open(m).lineWithDot("s-before", "p-before", "pain before session")
                .lineWithDot("s-after", "p-after", "pain after session").close();
        m.close("figure").newline();
    }

    private static void table(Markup m, List<ProgressReport.SessionRow> sessions) {
        OptionalInt baselineIndex = Baseline.index(sessions);
        Integer baseline = baselineIndex.isPresent() ? sessions.get(baselineIndex.getAsInt()).painBefore() : null;
        m.element("p", baselineIndex.isPresent()
                ? "Baseline: pain before session " + (baselineIndex.getAsInt() + 1) + " ("
                        + Texts.day(sessions.get(baselineIndex.getAsInt())) + "), NRS " + baseline
                        + ". Change = (score - baseline) / baseline."
                : "No pain score before any session, so there is no baseline to compare with.",
                "class", "note").newline();
        Tables.open(m, "pain", List.of("#Session", "Date", "Id", "#Pain before", "#vs baseline",
                "#Pain after", "#vs baseline"));
        for (int i = 0; i < sessions.size(); i++) {
            ProgressReport.SessionRow s = sessions.get(i);
            m.open("tr");
            Tables.number(m, Integer.toString(i + 1));
            Tables.cell(m, Texts.day(s));
            Tables.cell(m, s.sessionId());
            Tables.number(m, s.painBefore() == null ? "-" : s.painBefore().toString());
            m.element("td", Baseline.format(Baseline.percentChange(baseline, s.painBefore())), "class", "num change-before");
            Tables.number(m, s.painAfter() == null ? "-" : s.painAfter().toString());
            m.element("td", Baseline.format(Baseline.percentChange(baseline, s.painAfter())), "class", "num change-after");
            m.close("tr").newline();
        }
        Tables.close(m);
    }
}
