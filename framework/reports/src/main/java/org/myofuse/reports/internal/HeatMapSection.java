package org.myofuse.reports.internal;

import org.myofuse.api.report.SessionReport;

/**
 * The pressure mat's mean pressure per cell as a grid of coloured squares, row 0 at the top, with the
 * mat's size in millimetres on the axes and a colour bar in kPa beside it.
 */
public final class HeatMapSection {

    private static final double GRID_MAX = 340;
    private static final double CELL_MAX = 28;
    private static final double LEFT = 46;
    private static final double TOP = 10;
    private static final double BOTTOM = 38;
    private static final double BAR_GAP = 26;
    private static final double BAR_WIDTH = 14;
    private static final double BAR_LABELS = 64;
    private static final int BAR_STEPS = 40;

    private HeatMapSection() {
    }

    public static void write(Markup m, SessionReport.HeatMap map) {
        m.element("h2", "Pressure map").newline();
        if (map == null) {
            m.element("p", "No pressure mat data in this session.", "class", "empty").newline();
            return;
        }
        float[] kpa = map.meanKpa();
        Extent e = Extent.of(kpa);
        Axis scaleAxis = Axis.of("mean pressure (kPa)", Math.min(0, e.isEmpty() ? 0 : e.min()),
                e.isEmpty() ? 1 : e.max()).nice(5);
        ColourScale colours = new ColourScale(scaleAxis.min(), scaleAxis.max());
        double cell = Math.min(CELL_MAX, Math.min(GRID_MAX / map.cols(), GRID_MAX / map.rows()));
        double gridW = cell * map.cols();
        double gridH = cell * map.rows();
        double width = LEFT + gridW + BAR_GAP + BAR_WIDTH + BAR_LABELS;
        double height = TOP + gridH + BOTTOM;

        m.open("figure");
        m.open("figcaption").text("Mean pressure per cell ").open("span", "class", "sub")
                .text("- " + map.rows() + " x " + map.cols() + " cells, " + Num.auto(map.cellPitchMm())
                        + " mm pitch; peak " + (e.isEmpty() ? "-" : Num.auto(e.max()) + " kPa"))
                .close("span").close("figcaption").newline();
        m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart heatmap",
                "width", Num.px(width), "height", Num.px(height),
                "viewBox", "0 0 " + Num.px(width) + " " + Num.px(height), "role", "img",
                "aria-label", "Mean pressure per mat cell in kilopascals");
        m.element("title", "Mean pressure per mat cell in kilopascals");
        cells(m, map, kpa, colours, cell);
        axes(m, map, gridW, gridH);
        colourBar(m, scaleAxis, colours, LEFT + gridW + BAR_GAP, gridH);
        m.close("svg").newline();
        Legend legend = Legend.open(m).fill(colours.colour(scaleAxis.min()), "low pressure")
                .fill(colours.colour(scaleAxis.max()), "high pressure");
        if (hasEmptyCells(kpa)) {
            legend.area("cell-empty", "no data");
        }
        legend.close();
        m.close("figure").newline();
    }

    private static void cells(Markup m, SessionReport.HeatMap map, float[] kpa, ColourScale colours, double cell) {
        for (int r = 0; r < map.rows(); r++) {
            for (int c = 0; c < map.cols(); c++) {
                float v = kpa[r * map.cols() + c];
                boolean empty = !Float.isFinite(v);
                m.leaf("rect", "class", empty ? "cell cell-empty" : "cell",
                        "x", Num.px(LEFT + c * cell), "y", Num.px(TOP + r * cell),
                        "width", Num.px(cell), "height", Num.px(cell), "fill", empty ? null : colours.colour(v));
            }
        }
        m.leaf("rect", "class", "frame", "x", Num.px(LEFT), "y", Num.px(TOP),
                "width", Num.px(cell * map.cols()), "height", Num.px(cell * map.rows()));
    }

    /** Ticks in millimetres from the mat's top-left corner. */
    private static void axes(Markup m, SessionReport.HeatMap map, double gridW, double gridH) {
        Axis across = Axis.of("x (mm)", 0, map.cols() * map.cellPitchMm());
        for (double v : across.ticks(5)) {
            double x = LEFT + v / across.max() * gridW;
            m.element("text", across.tickLabel(v, 5), "class", "tick", "x", Num.px(x),
                    "y", Num.px(TOP + gridH + 13), "text-anchor", "middle");
        }
        m.element("text", "across the mat (mm)", "class", "axis-title", "x", Num.px(LEFT + gridW / 2),
                "y", Num.px(TOP + gridH + 32), "text-anchor", "middle");
        Axis down = Axis.of("y (mm)", 0, map.rows() * map.cellPitchMm());
        for (double v : down.ticks(5)) {
            double y = TOP + v / down.max() * gridH;
            m.element("text", down.tickLabel(v, 5), "class", "tick", "x", Num.px(LEFT - 5),
                    "y", Num.px(y + 3.5), "text-anchor", "end");
        }
        m.element("text", "along the mat (mm)", "class", "axis-title", "x", "0", "y", "0", "text-anchor", "middle",
                "transform", "translate(12 " + Num.px(TOP + gridH / 2) + ") rotate(-90)");
    }

    /** A vertical bar of {@link #BAR_STEPS} colours, high at the top, with kPa ticks. */
    private static void colourBar(Markup m, Axis axis, ColourScale colours, double x, double h) {
        double step = h / BAR_STEPS;
        for (int i = 0; i < BAR_STEPS; i++) {
            double v = axis.min() + (axis.max() - axis.min()) * (i + 0.5) / BAR_STEPS;
            m.leaf("rect", "class", "scale-step", "x", Num.px(x), "y", Num.px(TOP + h - (i + 1) * step),
                    "width", Num.px(BAR_WIDTH), "height", Num.px(step + 0.3), "fill", colours.colour(v));
        }
        m.leaf("rect", "class", "frame", "x", Num.px(x), "y", Num.px(TOP), "width", Num.px(BAR_WIDTH), "height", Num.px(h));
        for (double v : axis.ticks(5)) {
            double y = TOP + h - (v - axis.min()) / (axis.max() - axis.min()) * h;
            m.element("text", axis.tickLabel(v, 5), "class", "tick", "x", Num.px(x + BAR_WIDTH + 4),
                    "y", Num.px(y + 3.5));
        }
        m.element("text", "kPa", "class", "axis-title", "x", Num.px(x + BAR_WIDTH + 4), "y", Num.px(TOP + h + 16));
    }

    private static boolean hasEmptyCells(float[] kpa) {
        for (float v : kpa) {
            if (!Float.isFinite(v)) {
                return true;
            }
        }
        return false;
    }
}
