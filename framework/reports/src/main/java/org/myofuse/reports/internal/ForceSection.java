package org.myofuse.reports.internal;

import java.util.List;
import org.myofuse.api.report.SessionReport;

/**
 * Force on the instrument over time: normal force and shear as lines, the protocol's target band
 * shaded behind them, and each stroke marked as a numbered bar above the plot with a dot at its peak.
 */
public final class ForceSection {

    private static final double HEIGHT = 280;
    /** Room above the plot for the stroke bars and their numbers. */
    private static final double STROKE_STRIP = 30;
    /** Width of one digit of a stroke number in pixels, and the gap kept between numbers. */
    private static final double DIGIT_WIDTH = 5.5;
    private static final double LABEL_GAP = 6;

    private ForceSection() {
    }

    public static void write(Markup m, SessionReport.Force force) {
        m.element("h2", "Force on the instrument").newline();
        if (force == null || force.timeSeconds().length == 0) {
            m.element("p", "No force data in this session.", "class", "empty").newline();
            return;
        }
        double[] time = force.timeSeconds();
        float[] normal = force.normalN();
        float[] shear = force.shearN();
        List<SessionReport.Stroke> strokes = force.strokes();
        Plot plot = new Plot(Plot.PAGE_WIDTH, HEIGHT, STROKE_STRIP, timeAxis(time, strokes), forceAxis(force), 6);

        m.open("figure");
        m.open("figcaption").text("Force over time ").open("span", "class", "sub")
                .text("- target band " + Num.auto(force.targetLowN()) + "-" + Num.auto(force.targetHighN())
                        + " N shaded; " + strokes.size() + (strokes.size() == 1 ? " stroke" : " strokes")
                        + " numbered above the chart, dot = stroke peak")
                .close("span").close("figcaption").newline();
        plot.begin(m, "force", "Normal force and shear in newtons over time");
        band(m, plot, force);
        plot.polylines(m, Decimator.segments(plot, time, shear), "s-shear");
        plot.polylines(m, Decimator.segments(plot, time, normal), "s-normal");
        strokes(m, plot, strokes);
        plot.end(m);
        Legend.open(m).line("s-normal", "normal force (N)").line("s-shear", "shear (N)")
                .area("band", "target band (N)").dot("stroke-peak", "stroke: bar = duration, dot = peak (N)").close();
        m.close("figure").newline();
    }

    private static Axis timeAxis(double[] time, List<SessionReport.Stroke> strokes) {
        Extent e = Extent.of(time);
        for (SessionReport.Stroke s : strokes) {
            e = e.with(s.startSeconds()).with(s.endSeconds());
        }
        return Axis.time(e.min(), e.max());
    }

    private static Axis forceAxis(SessionReport.Force force) {
        Extent e = Extent.of(force.normalN()).with(Extent.of(force.shearN()))
                .with(0).with(force.targetLowN()).with(force.targetHighN());
        for (SessionReport.Stroke s : force.strokes()) {
            e = e.with(s.peakN());
        }
        return Axis.of("force (N)", e.min(), e.max()).nice(6);
    }

    private static void band(Markup m, Plot plot, SessionReport.Force force) {
        double yHigh = plot.y(force.targetHighN());
        double yLow = plot.y(force.targetLowN());
        m.leaf("rect", "class", "band", "x", Num.px(plot.left()), "y", Num.px(yHigh),
                "width", Num.px(plot.right() - plot.left()), "height", Num.px(Math.max(0.5, yLow - yHigh)));
    }

    /**
     * Number every stroke if the numbers fit, else every 2nd, 5th, 10th, 20th ... so the numbers that
     * are shown are round and never overlap.
     */
    static int labelEvery(int strokes, double plotWidth) {
        double needed = String.valueOf(strokes).length() * DIGIT_WIDTH + LABEL_GAP;
        double perStroke = plotWidth / Math.max(1, strokes);
        int[] steps = {1, 2, 5};
        for (int scale = 1; ; scale *= 10) {
            for (int step : steps) {
                if (perStroke * step * scale >= needed) {
                    return step * scale;
                }
            }
        }
    }

    private static void strokes(Markup m, Plot plot, List<SessionReport.Stroke> strokes) {
        int every = labelEvery(strokes.size(), plot.right() - plot.left());
        double lastLabelX = Double.NEGATIVE_INFINITY;
        double spacing = String.valueOf(strokes.size()).length() * DIGIT_WIDTH + LABEL_GAP;
        for (int i = 0; i < strokes.size(); i++) {
            SessionReport.Stroke s = strokes.get(i);
            int number = i + 1;
            double x0 = plot.x(s.startSeconds());
            double x1 = Math.max(plot.x(s.endSeconds()), x0 + 1.5);
            double mid = (x0 + x1) / 2;
            m.open("g", "class", "stroke-mark");
            m.element("title", "Stroke " + number + ": " + Num.fixed(s.startSeconds(), 1) + "-"
                    + Num.fixed(s.endSeconds(), 1) + " s, peak " + Num.auto(s.peakN()) + " N, mean "
                    + Num.auto(s.meanN()) + " N");
            m.leaf("rect", "class", "stroke-span", "x", Num.px(x0), "y", Num.px(plot.top() - 9),
                    "width", Num.px(x1 - x0), "height", "5");
            if (Double.isFinite(s.peakN())) {
                m.leaf("circle", "class", "stroke-peak", "cx", Num.px(mid), "cy", Num.px(plot.y(s.peakN())), "r", "2.6");
            }
            // Strokes are not evenly spaced, so a round number is still skipped if it would touch the last one.
            if ((number == 1 || number % every == 0) && mid - lastLabelX >= spacing) {
                m.element("text", Integer.toString(number), "class", "label stroke-number", "x", Num.px(mid),
                        "y", Num.px(plot.top() - 13), "text-anchor", "middle");
                lastLabelX = mid;
            }
            m.close("g");
        }
    }
}
