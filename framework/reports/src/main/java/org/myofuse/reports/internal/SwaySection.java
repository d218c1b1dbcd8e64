package org.myofuse.reports.internal;

import java.util.List;
import org.myofuse.api.report.SessionReport;

/**
 * Postural sway: the centre-of-pressure path on equal-aspect axes (one millimetre is as long across
 * as up, so the shape is true) with its 95% confidence ellipse.
 */
public final class SwaySection {

    private static final double PLOT_SIDE = 330;
    private static final double LEFT = 58;
    private static final double TOP = 12;
    private static final double RIGHT = 14;
    private static final double BOTTOM = 38;
    private static final double MARGIN_FRACTION = 0.08;

    private SwaySection() {
    }

    public static void write(Markup m, SessionReport.Sway sway) {
        m.element("h2", "Postural sway (centre of pressure)").newline();
        float[] xs = sway == null ? new float[0] : sway.copXmm();
        float[] ys = sway == null ? new float[0] : sway.copYmm();
        if (sway == null || (Extent.of(xs).isEmpty() && sway.ellipse() == null)) {
            m.element("p", "No sway data in this session.", "class", "empty").newline();
            return;
        }
        SessionReport.Ellipse ellipse = sway.ellipse();
        Plot plot = squarePlot(xs, ys, ellipse);
        m.open("figure");
        m.open("figcaption").text("Centre-of-pressure path ").open("span", "class", "sub")
                .text("- equal scales on both axes" + (ellipse == null ? "" : ", 95% confidence ellipse shaded"))
                .close("span").close("figcaption").newline();
        plot.begin(m, "sway square", "Centre-of-pressure path in millimetres" + (ellipse == null ? "" : " with 95% ellipse"));
        List<double[]> path = PathThinner.segments(plot, xs, ys);
        plot.polylines(m, path, "s-cop");
        if (ellipse != null) {
            ellipse(m, plot, ellipse);
        }
        plot.end(m);
        Legend legend = Legend.open(m).line("s-cop", "CoP path");
        if (ellipse != null) {
            legend.area("ellipse", "95% ellipse");
        }
        legend.close();
        m.close("figure").newline();
        facts(m, ellipse, xs.length, path);
    }

    /** Both axes get the same span in millimetres and the plot is square, so the scales are equal. */
    private static Plot squarePlot(float[] xs, float[] ys, SessionReport.Ellipse ellipse) {
        Extent ex = Extent.of(xs);
        Extent ey = Extent.of(ys);
        if (ellipse != null) {
            double r = Math.max(ellipse.semiAxisAmm(), ellipse.semiAxisBmm());
            ex = ex.with(ellipse.centreXmm() - r).with(ellipse.centreXmm() + r);
            ey = ey.with(ellipse.centreYmm() - r).with(ellipse.centreYmm() + r);
        }
        double span = Math.max(Math.max(ex.max() - ex.min(), ey.max() - ey.min()), 1) * (1 + 2 * MARGIN_FRACTION);
        double cx = (ex.min() + ex.max()) / 2;
        double cy = (ey.min() + ey.max()) / 2;
        Axis x = Axis.of("CoP x (mm)", cx - span / 2, cx + span / 2);
        Axis y = Axis.of("CoP y (mm)", cy - span / 2, cy + span / 2);
        return new Plot(LEFT + PLOT_SIDE + RIGHT, TOP + PLOT_SIDE + BOTTOM, LEFT, TOP, x, y, 6);
    }

    private static void ellipse(Markup m, Plot plot, SessionReport.Ellipse e) {
        String cx = Num.px(plot.x(e.centreXmm()));
        String cy = Num.px(plot.y(e.centreYmm()));
        // SVG's y axis points down, so a counter-clockwise data angle is a negative SVG rotation.
        m.leaf("ellipse", "class", "ellipse", "cx", cx, "cy", cy,
                "rx", Num.px(e.semiAxisAmm() * plot.xScale()), "ry", Num.px(e.semiAxisBmm() * plot.xScale()),
                "transform", "rotate(" + Num.fixed(-e.angleDegrees(), 1) + " " + cx + " " + cy + ")");
        double x = plot.x(e.centreXmm());
        double y = plot.y(e.centreYmm());
        m.leaf("path", "class", "centre", "d", "M" + Num.px(x - 5) + " " + cy + "H" + Num.px(x + 5)
                + "M" + cx + " " + Num.px(y - 5) + "V" + Num.px(y + 5));
    }

    private static void facts(Markup m, SessionReport.Ellipse e, int samples, List<double[]> path) {
        m.open("table", "class", "facts").open("tbody").newline();
        if (e != null) {
            Tables.fact(m, "95% ellipse area", Num.auto(e.areaMm2()) + " mm\u00b2");
            Tables.fact(m, "Semi-axes a, b", Num.auto(e.semiAxisAmm()) + " mm, " + Num.auto(e.semiAxisBmm()) + " mm");
            Tables.fact(m, "Angle of a", Num.fixed(e.angleDegrees(), 1) + "\u00b0 (counter-clockwise from +x)");
            Tables.fact(m, "Centre", "x " + Num.auto(e.centreXmm()) + " mm, y " + Num.auto(e.centreYmm()) + " mm");
        }
        int drawn = path.stream().mapToInt(s -> s.length / 2).sum();
        Tables.fact(m, "Path samples", samples + (drawn < samples ? " (" + drawn + " drawn)" : ""));
        m.close("tbody").close("table").newline();
    }
}
