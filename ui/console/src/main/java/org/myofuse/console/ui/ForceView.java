package org.myofuse.console.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Composite;
import org.myofuse.api.protocol.Target;
import org.myofuse.console.feed.FrameRing;

/**
 * Force on the tool: the normal and shear force now (large), a 10 s strip chart of both with the
 * running step's target band and overpressure limit, stroke markers, and a bar per recent stroke
 * (its peak normal force, coloured by whether it stayed in the band).
 */
final class ForceView extends BufferedView {

    static final String NORMAL_METRIC = "normalForce";
    private static final int READINGS_W = 190;
    private static final int BARS_W = 230;
    private static final int BARS = 12;
    /** The chart's force scale never goes below this, N: a light touch is still visibly small. */
    private static final double MIN_SCALE_N = 20;

    private final LiveModel model;
    private final Trace trace = new Trace();

    ForceView(Composite parent, Theme theme, Messages text, LiveModel model) {
        super(parent, theme, text);
        this.model = model;
    }

    @Override
    String name() {
        return "view.force";
    }

    @Override
    void paint(GC gc, int width, int height) {
        int top = Draw.panel(gc, theme, width, height, text.get("force.title")) + 8;
        FrameRing ring = model.frames();
        long latest = model.latest();
        float normal = latest > 0 ? ring.normalN(latest - 1) : Float.NaN;
        float shear = latest > 0 ? ring.shearN(latest - 1) : Float.NaN;
        Target band = model.target(NORMAL_METRIC);
        if (damaged(0, top, READINGS_W + 30, height - top)) {
            paintReadings(gc, top, normal, shear, band);
        }
        int chartX = READINGS_W + 36;
        int chartW = Math.max(40, width - chartX - BARS_W - 24);
        int chartY = top + 4;
        int chartH = Math.max(40, height - chartY - 26);
        double max = scale(ring, latest, band);
        paintChart(gc, ring, latest, band, chartX, chartY, chartW, chartH, max);
        if (damaged(width - BARS_W - 8, chartY - 2, BARS_W - 4, chartH + 2)) {
            paintBars(gc, band, width - BARS_W - 8, chartY, BARS_W - 4, chartH, max);
        }
    }

    private void paintReadings(GC gc, int top, float normal, float shear, Target band) {
        int y = top;
        Color normalColour = band != null && !Double.isNaN(band.limit()) && normal > band.limit() ? theme.limit : theme.normal;
        y += Draw.reading(gc, theme, 14, y, text.get("force.normal"), Draw.number(normal, 1), "N", normalColour, true) + 8;
        y += Draw.reading(gc, theme, 14, y, text.get("force.shear"), Draw.number(shear, 1), "N", theme.shear, false) + 8;
        Draw.reading(gc, theme, 14, y, text.get("force.strokes"), Long.toString(model.strokes.total()), "", theme.text, false);
    }

    private double scale(FrameRing ring, long latest, Target band) {
        double max = MIN_SCALE_N;
        for (long f = Math.max(0, latest - FrameRing.READABLE); f < latest; f++) {
            float v = ring.normalN(f);
            if (v > max) { // NaN (no tool) never is
                max = v;
            }
        }
        if (band != null) {
            max = Math.max(max, Double.isNaN(band.limit()) ? band.high() : band.limit());
        }
        return Draw.niceCeiling(max * 1.1);
    }

    private void paintChart(GC gc, FrameRing ring, long latest, Target band, int x, int y, int w, int h, double max) {
        live(x, y, w, h);
        gc.setBackground(theme.background);
        gc.fillRectangle(x, y, w, h);
        // The axis labels outside the chart are drawn with the whole view (FULL_PER_SECOND).
        Draw.yGrid(gc, theme, x, y, w, h, max, max > 40 ? 10 : 5, "N", damaged(0, y - 10, x, h + 20));
        Draw.timeGrid(gc, theme, x, y, w, h, 10, damaged(x - 20, y + h + 1, w + 40, 20));
        if (band != null) {
            Draw.band(gc, theme.band, x, y, w, h, max, band.low(), band.high());
            paintLimit(gc, band.limit(), x, y, w, h, max);
        }
        paintStrokes(gc, x, y, w, h);
        long now = model.now();
        long from = model.windowStart();
        gc.setClipping(x, y, w, h);
        gc.setLineWidth(2);
        gc.setForeground(theme.shear);
        trace.draw(gc, ring, Trace.SHEAR, from, latest, now, LiveModel.WINDOW_NANOS, x, y, w, h, max);
        gc.setLineWidth(3);
        gc.setForeground(theme.normal);
        trace.draw(gc, ring, Trace.NORMAL, from, latest, now, LiveModel.WINDOW_NANOS, x, y, w, h, max);
        gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
        gc.setLineWidth(1);
        legend(gc, x + 8, y + 4);
    }

    private void paintLimit(GC gc, double limit, int x, int y, int w, int h, double max) {
        if (Double.isNaN(limit) || limit > max) {
            return;
        }
        int yy = y + h - (int) Math.round(limit / max * h);
        gc.setForeground(theme.limit);
        gc.setLineWidth(2);
        gc.setLineStyle(SWT.LINE_DASH);
        gc.drawLine(x, yy, x + w, yy);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setFont(theme.small);
        Draw.textRight(gc, text.get("force.overpressure", Draw.number(limit, 0)), x + w - 4, yy - 16);
    }

    /** Each stroke in the window shaded from its start to its end; overpressure marked at its time. */
    private void paintStrokes(GC gc, int x, int y, int w, int h) {
        long now = model.now();
        long window = LiveModel.WINDOW_NANOS;
        EventLog starts = model.strokeStarts;
        EventLog ends = model.strokes;
        gc.setAlpha(40);
        gc.setBackground(theme.text);
        for (int i = 0; i < starts.size(); i++) {
            long start = starts.nanos(i);
            if (now - start > window) {
                break;
            }
            long end = endAfter(ends, start, now);
            int x0 = x + w - (int) ((now - start) * w / window);
            int x1 = x + w - (int) ((now - end) * w / window);
            gc.fillRectangle(x0, y, Math.max(1, x1 - x0), h);
        }
        gc.setAlpha(255);
        gc.setForeground(theme.limit);
        gc.setLineWidth(2);
        for (int i = 0; i < model.overpressure.size(); i++) {
            long at = model.overpressure.nanos(i);
            if (now - at > window) {
                break;
            }
            int xx = x + w - (int) ((now - at) * w / window);
            gc.drawLine(xx, y, xx, y + h);
        }
        gc.setLineWidth(1);
    }

    /** The end of the stroke that started at {@code start}, or {@code now} while it goes on. */
    private static long endAfter(EventLog ends, long start, long now) {
        for (int i = ends.size() - 1; i >= 0; i--) {
            if (ends.nanos(i) >= start) {
                return ends.nanos(i);
            }
        }
        return now;
    }

    private void legend(GC gc, int x, int y) {
        gc.setFont(theme.small);
        gc.setBackground(theme.normal);
        gc.fillRectangle(x, y + 6, 14, 4);
        gc.setForeground(theme.text);
        String normal = text.get("force.normal");
        gc.drawText(normal, x + 18, y, true);
        int x2 = x + 18 + theme.extent(gc, normal).x + 14;
        gc.setBackground(theme.shear);
        gc.fillRectangle(x2, y + 6, 14, 4);
        gc.drawText(text.get("force.shear"), x2 + 18, y, true);
    }

    /** The peak normal force of the last strokes, oldest left. */
    private void paintBars(GC gc, Target band, int x, int y, int w, int h, double max) {
        gc.setFont(theme.small);
        gc.setForeground(theme.muted);
        gc.drawText(text.get("force.peaks"), x, y - 2, true);
        int top = y + 18;
        int barsH = h - 18;
        gc.setBackground(theme.background);
        gc.fillRectangle(x, top, w, barsH);
        if (band != null) {
            Draw.band(gc, theme.band, x, top, w, barsH, max, band.low(), band.high());
        }
        EventLog peaks = model.strokes;
        int n = Math.min(BARS, peaks.size());
        int slot = w / BARS;
        for (int i = 0; i < n; i++) {
            double peak = peaks.value(i);
            int barH = (int) Math.round(Math.min(peak, max) / max * barsH);
            int bx = x + w - (i + 1) * slot + 3;
            gc.setBackground(barColour(band, peak));
            gc.fillRectangle(bx, top + barsH - barH, slot - 6, barH);
        }
    }

    private Color barColour(Target band, double peak) {
        if (band == null) {
            return theme.normal;
        }
        if (!Double.isNaN(band.limit()) && peak > band.limit()) {
            return theme.limit;
        }
        boolean inside = (Double.isNaN(band.low()) || peak >= band.low()) && (Double.isNaN(band.high()) || peak <= band.high());
        return inside ? theme.band : theme.shear;
    }
}
