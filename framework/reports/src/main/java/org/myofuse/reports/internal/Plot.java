package org.myofuse.reports.internal;

import java.util.List;

/**
 * One SVG chart frame: the plot rectangle inside margins, linear scales for both axes, grid lines,
 * ticks with labels, and axis titles. Sections draw their series between {@link #begin} and
 * {@link #end} using {@link #x} and {@link #y} to map data to pixels.
 */
public final class Plot {

    /** The A4 text width (180 mm) in CSS pixels; charts are drawn at this width and scale with the page. */
    public static final double PAGE_WIDTH = 680;

    private static final double DEFAULT_LEFT = 58;
    private static final double RIGHT = 14;
    private static final double BOTTOM = 38;
    private static final int X_TICKS = 8;

    private final double width;
    private final double height;
    private final double left;
    private final double top;
    private final Axis xAxis;
    private final Axis yAxis;
    private final int yTicks;

    /**
     * @param width  the SVG's width in CSS pixels
     * @param height the SVG's height in CSS pixels
     * @param top    space above the plot rectangle (room for marks drawn above the data)
     * @param yTicks about how many ticks the value axis gets; {@code 0} draws none (the caller labels rows)
     */
    public Plot(double width, double height, double top, Axis xAxis, Axis yAxis, int yTicks) {
        this(width, height, DEFAULT_LEFT, top, xAxis, yAxis, yTicks);
    }

    /** As above, with room {@code left} of the plot for long row labels. */
    public Plot(double width, double height, double left, double top, Axis xAxis, Axis yAxis, int yTicks) {
        this.width = width;
        this.height = height;
        this.left = left;
        this.top = top;
        this.xAxis = xAxis;
        this.yAxis = yAxis;
        this.yTicks = yTicks;
    }

    public double left() {
        return left;
    }

    public double right() {
        return width - RIGHT;
    }

    public double top() {
        return top;
    }

    public double bottom() {
        return height - BOTTOM;
    }

    public double x(double v) {
        return left + (v - xAxis.min()) / (xAxis.max() - xAxis.min()) * (right() - left);
    }

    public double y(double v) {
        return bottom() - (v - yAxis.min()) / (yAxis.max() - yAxis.min()) * (bottom() - top);
    }

    /** Pixels per data unit on the x axis (the same on y for an equal-aspect plot). */
    public double xScale() {
        return (right() - left) / (xAxis.max() - xAxis.min());
    }

    /** Opens the {@code <svg>} and draws grid, axes, ticks and axis titles. */
    public void begin(Markup m, String cssClass, String title) {
        m.open("svg", "xmlns", "http://www.w3.org/2000/svg", "class", "chart " + cssClass,
                "width", Num.px(width), "height", Num.px(height),
                "viewBox", "0 0 " + Num.px(width) + " " + Num.px(height), "role", "img", "aria-label", title);
        m.element("title", title);
        xGrid(m);
        yGrid(m);
        m.leaf("rect", "class", "frame", "x", Num.px(left), "y", Num.px(top),
                "width", Num.px(right() - left), "height", Num.px(bottom() - top));
        m.element("text", xAxis.label(), "class", "axis-title", "x", Num.px((left + right()) / 2),
                "y", Num.px(height - 6), "text-anchor", "middle");
        double midY = (top + bottom()) / 2;
        if (!yAxis.label().isEmpty()) {
            m.element("text", yAxis.label(), "class", "axis-title", "x", "0", "y", "0", "text-anchor", "middle",
                    "transform", "translate(13 " + Num.px(midY) + ") rotate(-90)");
        }
    }

    public void end(Markup m) {
        m.close("svg").newline();
    }

    /** One {@code <polyline>} per segment; a single point becomes a short dash so it stays visible. */
    public void polylines(Markup m, List<double[]> segments, String cssClass) {
        for (double[] s : segments) {
            double[] drawn = s.length == 2 ? new double[] {s[0] - 0.8, s[1], s[0] + 0.8, s[1]} : s;
            m.leaf("polyline", "class", cssClass, "points", points(drawn));
        }
    }

    private static String points(double[] xy) {
        StringBuilder sb = new StringBuilder(xy.length * 5);
        for (int i = 0; i < xy.length; i += 2) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(Num.px(xy[i])).append(',').append(Num.px(xy[i + 1]));
        }
        return sb.toString();
    }

    private void xGrid(Markup m) {
        for (double t : xAxis.ticks(X_TICKS)) {
            String x = Num.px(x(t));
            m.leaf("line", "class", "grid", "x1", x, "x2", x, "y1", Num.px(top), "y2", Num.px(bottom()));
            m.element("text", xAxis.tickLabel(t, X_TICKS), "class", "tick", "x", x,
                    "y", Num.px(bottom() + 13), "text-anchor", "middle");
        }
    }

    private void yGrid(Markup m) {
        if (yTicks <= 0) {
            return;
        }
        for (double v : yAxis.ticks(yTicks)) {
            String y = Num.px(y(v));
            m.leaf("line", "class", "grid", "x1", Num.px(left), "x2", Num.px(right()), "y1", y, "y2", y);
            m.element("text", yAxis.tickLabel(v, yTicks), "class", "tick", "x", Num.px(left - 5),
                    "y", Num.px(y(v) + 3.5), "text-anchor", "end");
        }
    }
}
