package org.myofuse.reports.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.myofuse.api.report.ProgressReport;

/**
 * Key metrics per session: one table (a column per metric label) and a small trend chart per metric.
 * Labels are matched across sessions; a session without a label shows "-" and breaks that trend line.
 */
public final class MetricsSection {

    private static final double WIDTH = 335;
    private static final double HEIGHT = 170;

    private MetricsSection() {
    }

    public static void write(Markup m, List<ProgressReport.SessionRow> sessions) {
        m.element("h2", "Key metrics per session").newline();
        Map<String, String> units = labels(sessions);
        if (units.isEmpty()) {
            m.element("p", "No metrics recorded for these sessions.", "class", "empty").newline();
            return;
        }
        List<String> labels = new ArrayList<>(units.keySet());
        table(m, sessions, labels, units);
        m.open("div", "class", "grid2").newline();
        for (String label : labels) {
            chart(m, sessions, label, units.get(label));
        }
        m.close("div").newline();
    }

    /** Metric labels in first-seen order, each with the unit it was first seen with. */
    private static Map<String, String> labels(List<ProgressReport.SessionRow> sessions) {
        Map<String, String> units = new LinkedHashMap<>();
        for (ProgressReport.SessionRow s : sessions) {
            for (ProgressReport.Metric metric : s.metrics()) {
                units.putIfAbsent(metric.label(), metric.unit());
            }
        }
        return units;
    }

    static float[] values(List<ProgressReport.SessionRow> sessions, String label) {
        float[] v = new float[sessions.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = Float.NaN;
            for (ProgressReport.Metric metric : sessions.get(i).metrics()) {
                if (metric.label().equals(label)) {
                    v[i] = (float) metric.value();
                    break;
                }
            }
        }
        return v;
    }

    private static void table(Markup m, List<ProgressReport.SessionRow> sessions, List<String> labels,
            Map<String, String> units) {
        List<String> headers = new ArrayList<>(List.of("#Session", "Date"));
        for (String label : labels) {
            headers.add("#" + (units.get(label).isEmpty() ? label : label + " (" + units.get(label) + ")"));
        }
        Tables.open(m, "metrics", headers);
        List<float[]> columns = labels.stream().map(l -> values(sessions, l)).toList();
        for (int i = 0; i < sessions.size(); i++) {
            m.open("tr");
            Tables.number(m, Integer.toString(i + 1));
            Tables.cell(m, Texts.day(sessions.get(i)));
            for (float[] column : columns) {
                Tables.number(m, Num.auto(column[i]));
            }
            m.close("tr").newline();
        }
        Tables.close(m);
    }

    private static void chart(Markup m, List<ProgressReport.SessionRow> sessions, String label, String unit) {
        float[] values = values(sessions, label);
        Extent e = Extent.of(values).with(0);
        String title = unit.isEmpty() ? label : label + " (" + unit + ")";
        Plot plot = new Plot(WIDTH, HEIGHT, 12, SessionAxis.of(sessions.size()),
                Axis.of(unit.isEmpty() ? "count" : unit, e.min(), e.max()).nice(4), 4);
        m.open("figure", "class", "metric");
        m.element("figcaption", title);
        plot.begin(m, "metric", title + " per session");
        plot.polylines(m, Decimator.segments(plot, SessionAxis.positions(sessions.size()), values), "s-metric");
        SessionAxis.markers(m, plot, values, "p-metric", label);
        plot.end(m);
        m.close("figure").newline();
    }
}
