package org.myofuse.reports.internal;

import java.util.List;
import org.myofuse.api.report.SessionReport;

/**
 * EMG envelopes as small multiples, one chart per channel on the same time and value scales (so
 * channels compare at a glance), with each muscle onset marked by a dashed line and a triangle.
 */
public final class EmgSection {

    private static final double HEIGHT = 130;
    private static final double TOP = 12;

    private EmgSection() {
    }

    public static void write(Markup m, SessionReport.Emg emg) {
        m.element("h2", "Muscle activity (EMG)").newline();
        if (emg == null || emg.channels().isEmpty() || emg.timeSeconds().length == 0) {
            m.element("p", "No EMG data in this session.", "class", "empty").newline();
            return;
        }
        String unit = displayUnit(emg.unit());
        double[] time = emg.timeSeconds();
        float[][] envelopes = emg.envelopes();
        Axis x = Axis.time(time[0], time[time.length - 1]);
        Axis y = valueAxis(envelopes, unit);
        m.element("p", "Envelope per channel, all on the same scale (" + unit + "); dashed lines mark muscle onsets.",
                "class", "note").newline();
        for (int c = 0; c < envelopes.length; c++) {
            channel(m, emg, c, new Plot(Plot.PAGE_WIDTH, HEIGHT, TOP, x, y, 3), time, envelopes[c]);
        }
        Legend.open(m).line("s-emg", "EMG envelope (" + unit + ")").line("onset", "muscle onset").close();
    }

    /** Devices report microvolts as {@code uV}; a therapist reads {@code µV}. */
    static String displayUnit(String unit) {
        return unit.equals("uV") ? "\u00b5V" : unit;
    }

    private static Axis valueAxis(float[][] envelopes, String unit) {
        Extent e = Extent.EMPTY.with(0);
        for (float[] channel : envelopes) {
            e = e.with(Extent.of(channel));
        }
        return Axis.of(unit, e.min(), e.max()).nice(3);
    }

    private static void channel(Markup m, SessionReport.Emg emg, int c, Plot plot, double[] time, float[] values) {
        String name = emg.channels().get(c);
        List<SessionReport.Onset> onsets = emg.onsets().stream().filter(o -> o.channel() == c).toList();
        m.open("figure", "class", "emg-channel");
        m.open("figcaption").text(name + " ").open("span", "class", "sub")
                .text("- " + onsets.size() + (onsets.size() == 1 ? " onset" : " onsets")).close("span")
                .close("figcaption");
        plot.begin(m, "emg", "EMG envelope of " + name + " in " + displayUnit(emg.unit()) + " over time");
        plot.polylines(m, Decimator.segments(plot, time, values), "s-emg");
        for (SessionReport.Onset onset : onsets) {
            onset(m, plot, onset.timeSeconds());
        }
        plot.end(m);
        m.close("figure").newline();
    }

    private static void onset(Markup m, Plot plot, double seconds) {
        String x = Num.px(plot.x(seconds));
        double top = plot.top();
        m.open("g", "class", "onset-mark");
        m.element("title", "Onset at " + Texts.clock(seconds) + " (" + Num.fixed(seconds, 2) + " s)");
        m.leaf("line", "class", "onset", "x1", x, "x2", x, "y1", Num.px(top), "y2", Num.px(plot.bottom()));
        double cx = plot.x(seconds);
        m.leaf("polygon", "class", "onset-head", "points", Num.px(cx - 4) + "," + Num.px(top - 7) + " "
                + Num.px(cx + 4) + "," + Num.px(top - 7) + " " + x + "," + Num.px(top));
        m.close("g");
    }
}
