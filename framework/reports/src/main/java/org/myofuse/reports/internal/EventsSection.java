package org.myofuse.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.myofuse.api.report.SessionReport;

/**
 * The session's events: a timeline with one lane and one colour per event type, and a table of all
 * events in time order with their origin (live, analysis, ...), since one event found live and again
 * by an analysis is listed once for each.
 */
public final class EventsSection {

    /** Distinct on screen and in print, and told apart by most colour-blind readers. */
    private static final String[] COLOURS = {
        "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#8c6d1f", "#4d4d4d",
    };
    private static final double LANE = 22;
    private static final double TOP = 8;
    private static final double BOTTOM = 38;

    private EventsSection() {
    }

    public static void write(Markup m, List<SessionReport.Event> events, double durationSeconds) {
        m.element("h2", "Events").newline();
        if (events.isEmpty()) {
            m.element("p", "No events recorded in this session.", "class", "empty").newline();
            return;
        }
        List<SessionReport.Event> byTime = new ArrayList<>(events);
        byTime.sort(Comparator.comparingDouble(SessionReport.Event::timeSeconds));
        Map<String, Integer> counts = new TreeMap<>();
        for (SessionReport.Event e : byTime) {
            counts.merge(e.type(), 1, Integer::sum);
        }
        List<String> types = new ArrayList<>(counts.keySet());
        timeline(m, byTime, types, counts, durationSeconds);
        table(m, byTime, types);
    }

    private static void timeline(Markup m, List<SessionReport.Event> events, List<String> types,
            Map<String, Integer> counts, double duration) {
        Extent e = Extent.EMPTY.with(0).with(duration);
        for (SessionReport.Event ev : events) {
            e = e.with(ev.timeSeconds());
        }
        double left = 14 + 6.2 * types.stream().mapToInt(String::length).max().orElse(4);
        Plot plot = new Plot(Plot.PAGE_WIDTH, TOP + LANE * types.size() + BOTTOM, Math.min(left, 170), TOP,
                Axis.time(e.min(), e.max()), Axis.of("", 0, types.size()), 0);
        m.open("figure");
        m.open("figcaption").text("Timeline ").open("span", "class", "sub")
                .text("- one row per event type, one mark per event").close("span").close("figcaption").newline();
        plot.begin(m, "events", "Events over time by type");
        for (int lane = 0; lane < types.size(); lane++) {
            double y = laneY(plot, lane, types.size());
            m.leaf("line", "class", "lane", "x1", Num.px(plot.left()), "x2", Num.px(plot.right()),
                    "y1", Num.px(y), "y2", Num.px(y));
            m.element("text", types.get(lane), "class", "tick", "x", Num.px(plot.left() - 5), "y", Num.px(y + 3.5),
                    "text-anchor", "end");
        }
        for (SessionReport.Event ev : events) {
            int lane = types.indexOf(ev.type());
            double y = laneY(plot, lane, types.size());
            m.open("rect", "class", "event-mark", "x", Num.px(plot.x(ev.timeSeconds()) - 1.5), "y", Num.px(y - 7),
                    "width", "3", "height", "14", "fill", colour(lane));
            m.element("title", Texts.clock(ev.timeSeconds()) + " " + ev.type() + " (" + ev.source() + ") "
                    + value(ev) + (ev.detail().isEmpty() ? "" : " - " + ev.detail())
                    + (ev.origin().isEmpty() ? "" : " [" + ev.origin() + "]"));
            m.close("rect");
        }
        plot.end(m);
        Legend legend = Legend.open(m);
        for (int lane = 0; lane < types.size(); lane++) {
            legend.fill(colour(lane), types.get(lane) + " (" + counts.get(types.get(lane)) + ")");
        }
        legend.close();
        m.close("figure").newline();
    }

    private static void table(Markup m, List<SessionReport.Event> events, List<String> types) {
        Tables.open(m, "events", List.of("#Time (min:s)", "Type", "Source", "#Value", "Detail", "Origin"));
        for (SessionReport.Event ev : events) {
            m.open("tr");
            Tables.number(m, Texts.clock(ev.timeSeconds()));
            m.open("td").open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "swatch", "width", "10",
                    "height", "10", "viewBox", "0 0 10 10", "aria-hidden", "true")
                    .leaf("rect", "width", "10", "height", "10", "fill", colour(types.indexOf(ev.type())))
                    .close("svg").text(" " + ev.type()).close("td");
            Tables.cell(m, ev.source());
            Tables.number(m, value(ev));
            Tables.cell(m, ev.detail());
            Tables.cell(m, ev.origin());
            m.close("tr").newline();
        }
        Tables.close(m);
    }

    private static String value(SessionReport.Event ev) {
        return Double.isFinite(ev.value()) ? Texts.withUnit(Num.auto(ev.value()), ev.unit()) : "";
    }

    /** Lane 0 (the first type alphabetically) is the top row. */
    private static double laneY(Plot plot, int lane, int lanes) {
        return plot.y(lanes - lane - 0.5);
    }

    private static String colour(int lane) {
        return COLOURS[lane % COLOURS.length];
    }
}
