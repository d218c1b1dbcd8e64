package org.myofuse.console.ui;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;

/** Drawing the views share: panels, chart frames and grids, numbers. Stateless. */
final class Draw {

    private Draw() {
    }

    /** A view's background and its title at the top left; returns the title's height. */
    static int panel(GC gc, Theme theme, int width, int height, String title) {
        gc.setBackground(theme.panel);
        gc.fillRectangle(0, 0, width, height);
        gc.setForeground(theme.panelEdge);
        gc.setLineWidth(1);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.drawRectangle(0, 0, width - 1, height - 1);
        gc.setFont(theme.title);
        gc.setForeground(theme.muted);
        gc.drawText(title, 12, 8, true);
        return 8 + theme.extent(gc, title).y;
    }

    /** The smallest "nice" number (1, 2 or 5 times a power of ten) at or above {@code x}. */
    static double niceCeiling(double x) {
        if (!(x > 0) || Double.isInfinite(x)) {
            return 1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] { 1, 2, 2.5, 5, 10 }) {
            if (m * p >= x * 0.999) {
                return m * p;
            }
        }
        return 10 * p;
    }

    /** Horizontal grid lines from 0 to {@code max} every {@code step}, labelled at the left of the chart if {@code labels}. */
    static void yGrid(GC gc, Theme theme, int x, int y, int w, int h, double max, double step, String unit, boolean labels) {
        gc.setLineWidth(1);
        gc.setForeground(theme.gridLine);
        for (double v = 0; v <= max + step / 1000; v += step) {
            int yy = y + h - (int) Math.round(v / max * h);
            gc.drawLine(x, yy, x + w, yy);
        }
        if (!labels) {
            return;
        }
        gc.setFont(theme.small);
        gc.setForeground(theme.muted);
        for (double v = 0; v <= max + step / 1000; v += step) {
            int yy = y + h - (int) Math.round(v / max * h);
            String label = v == 0 ? number(v, step < 1 ? 1 : 0) + " " + unit : number(v, step < 1 ? 1 : 0);
            Point e = theme.extent(gc, label);
            gc.drawText(label, x - e.x - 4, yy - e.y / 2, true);
        }
    }

    /** Vertical lines every second of a {@code seconds}-long window ending at the right edge, labelled every 2 s. */
    static void timeGrid(GC gc, Theme theme, int x, int y, int w, int h, int seconds, boolean labels) {
        gc.setLineWidth(1);
        gc.setForeground(theme.gridLine);
        for (int s = 0; s <= seconds; s++) {
            int xx = x + w - (int) Math.round(s / (double) seconds * w);
            gc.drawLine(xx, y, xx, y + h);
        }
        if (!labels) {
            return;
        }
        gc.setFont(theme.small);
        gc.setForeground(theme.muted);
        for (int s = 0; s <= seconds; s += 2) {
            int xx = x + w - (int) Math.round(s / (double) seconds * w);
            String label = theme.secondsAgo(s);
            Point e = theme.extent(gc, label);
            gc.drawText(label, Math.max(x, Math.min(xx - e.x / 2, x + w - e.x)), y + h + 2, true);
        }
    }

    /**
     * A number with {@code decimals} places (0 to 2), "–" for NaN; as {@code %.Nf} writes it (a negative
     * value that rounds to zero keeps its sign), without a Formatter: the views write a dozen numbers a
     * frame, and each {@code String.format} built its own number symbols.
     */
    static String number(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "\u2013";
        }
        if (Double.isInfinite(v) || Math.abs(v) >= 1e15) {
            return String.format(Locale.ROOT, "%." + decimals + "f", v);
        }
        int scale = decimals == 0 ? 1 : decimals == 1 ? 10 : 100;
        long scaled = Math.round(Math.abs(v) * scale);
        StringBuilder sb = new StringBuilder(24);
        if (v < 0 || 1 / v < 0) {
            sb.append('-');
        }
        sb.append(scaled / scale);
        if (decimals > 0) {
            sb.append('.');
            long fraction = scaled % scale;
            if (decimals == 2 && fraction < 10) {
                sb.append('0');
            }
            sb.append(fraction);
        }
        return sb.toString();
    }

    /** Text right-aligned at {@code right}. */
    static void textRight(GC gc, String s, int right, int y) {
        gc.drawText(s, right - gc.textExtent(s).x, y, true);
    }

    /** A label above a large value: returns the height used. */
    static int reading(GC gc, Theme theme, int x, int y, String label, String value, String unit, Color colour,
            boolean large) {
        gc.setFont(theme.label);
        gc.setForeground(theme.muted);
        gc.drawText(label, x, y, true);
        int labelH = theme.extent(gc, label).y;
        gc.setFont(large ? theme.big : theme.value);
        gc.setForeground(colour);
        gc.drawText(value, x, y + labelH, true);
        Point v = gc.textExtent(value);
        gc.setFont(theme.label);
        gc.setForeground(theme.muted);
        gc.drawText(unit, x + v.x + 6, y + labelH + v.y - theme.extent(gc, unit).y - 4, true);
        return labelH + v.y;
    }

    /** Filled translucent band between two chart values (NaN edges open to the chart's edge). */
    static void band(GC gc, Color colour, int x, int y, int w, int h, double max, double low, double high) {
        double lo = Double.isNaN(low) ? 0 : low;
        double hi = Double.isNaN(high) ? max : Math.min(high, max);
        if (!(hi > lo)) {
            return;
        }
        int top = y + h - (int) Math.round(hi / max * h);
        int bottom = y + h - (int) Math.round(lo / max * h);
        gc.setAlpha(60);
        gc.setBackground(colour);
        gc.fillRectangle(x, top, w, bottom - top);
        gc.setAlpha(255);
        gc.setForeground(colour);
        gc.setLineWidth(1);
        gc.drawLine(x, top, x + w, top);
        gc.drawLine(x, bottom, x + w, bottom);
    }
}
