package org.myofuse.console.ui.review;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.myofuse.api.analysis.AnalysisTraces;
import org.myofuse.api.store.StoredEvent;
import org.myofuse.console.ui.Messages;
import org.myofuse.console.ui.Theme;

/**
 * The review's traces around the scrubbed moment: normal and shear force (N), the EMG envelopes and the
 * centre of pressure (medio-lateral sky blue, antero-posterior orange, mm) in three bands, the target force band, the stored events as ticks (protocol and therapist ones labelled), and
 * the cursor at the moment. Drawn on demand (the scrubber moved), double-buffered by SWT.
 */
final class TraceCanvas {

    /** Seconds shown either side of the cursor. */
    static final double HALF_WINDOW_S = 10;

    private final Canvas canvas;
    private final Theme theme;
    private final Messages text;
    private Timeline timeline;
    private double cursorS;

    TraceCanvas(Composite parent, Theme theme, Messages text) {
        this.theme = theme;
        this.text = text;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setBackground(theme.panel);
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
    }

    Canvas control() {
        return canvas;
    }

    void show(Timeline t, double atS) {
        timeline = t;
        cursorS = atS;
        canvas.redraw();
    }

    private void paint(GC gc) {
        Rectangle r = canvas.getClientArea();
        gc.setBackground(theme.panel);
        gc.fillRectangle(r);
        gc.setFont(theme.label);
        if (timeline == null) {
            gc.setForeground(theme.muted);
            gc.drawText(text.get("review.choose"), 12, 12, true);
            return;
        }
        int third = r.height / 3;
        double from = cursorS - HALF_WINDOW_S;
        double to = cursorS + HALF_WINDOW_S;
        AnalysisTraces t = timeline.traces();
        if (t != null) {
            force(gc, t, new Rectangle(r.x, r.y + 4, r.width, third - 8), from, to);
            emg(gc, t, new Rectangle(r.x, r.y + third + 4, r.width, third - 8), from, to);
            cop(gc, t, new Rectangle(r.x, r.y + 2 * third + 4, r.width, third - 8), from, to);
        }
        events(gc, r, from, to);
        gc.setForeground(theme.text);
        gc.setLineWidth(2);
        int x = x(r, cursorS, from, to);
        gc.drawLine(x, r.y, x, r.y + r.height);
        gc.setLineWidth(1);
        gc.setForeground(theme.muted);
        gc.drawText(text.get("force.title"), 8, r.y + 4, true);
        gc.drawText(text.get("emg.title"), 8, r.y + third + 4, true);
        gc.drawText(text.get("review.copTitle"), 8, r.y + 2 * third + 4, true);
    }

    private static int x(Rectangle r, double timeS, double from, double to) {
        return r.x + (int) Math.round((timeS - from) / (to - from) * r.width);
    }

    private void force(GC gc, AnalysisTraces t, Rectangle r, double from, double to) {
        if (t.normalN() == null) {
            return;
        }
        double max = 10;
        int a = timeline.frameAt(from);
        int b = timeline.frameAt(to);
        for (int i = a; i <= b; i++) {
            max = Math.max(max, Float.isNaN(t.normalN()[i]) ? 0 : t.normalN()[i]);
        }
        max = Math.max(max, Double.isNaN(t.targetHighN()) ? 0 : t.targetHighN()) * 1.1;
        if (!Double.isNaN(t.targetLowN()) && !Double.isNaN(t.targetHighN())) {
            gc.setBackground(theme.band);
            gc.setAlpha(60);
            int yHigh = y(r, t.targetHighN(), max);
            gc.fillRectangle(r.x, yHigh, r.width, y(r, t.targetLowN(), max) - yHigh);
            gc.setAlpha(255);
        }
        line(gc, t.timeS(), t.normalN(), 0, a, b, r, from, to, max, theme.normal);
        if (t.shearN() != null) {
            line(gc, t.timeS(), t.shearN(), 0, a, b, r, from, to, max, theme.shear);
        }
    }

    private void emg(GC gc, AnalysisTraces t, Rectangle r, double from, double to) {
        int a = timeline.frameAt(from);
        int b = timeline.frameAt(to);
        double max = 1;
        for (AnalysisTraces.EmgTrace e : t.emg()) {
            for (int i = a; i <= b; i++) {
                max = Float.isNaN(e.envelope()[i]) ? max : Math.max(max, e.envelope()[i]);
            }
        }
        Color[] colours = { theme.left, theme.right, theme.band, theme.onset, theme.purple, theme.blue };
        int n = 0;
        for (AnalysisTraces.EmgTrace e : t.emg()) {
            line(gc, t.timeS(), e.envelope(), 0, a, b, r, from, to, max * 1.1, colours[n++ % colours.length]);
        }
    }

    /** Centre of pressure, medio-lateral and antero-posterior, around the band's middle line (0 mm). */
    private void cop(GC gc, AnalysisTraces t, Rectangle r, double from, double to) {
        if (t.copXmm() == null) {
            return;
        }
        int a = timeline.frameAt(from);
        int b = timeline.frameAt(to);
        double max = 10;
        for (int i = a; i <= b; i++) {
            max = Float.isNaN(t.copXmm()[i]) ? max : Math.max(max, Math.max(Math.abs(t.copXmm()[i]), Math.abs(t.copYmm()[i])));
        }
        gc.setForeground(theme.grid);
        gc.drawLine(r.x, r.y + r.height / 2, r.x + r.width, r.y + r.height / 2);
        // drawn max higher, on a scale of twice the largest excursion: 0 mm on the band's middle line
        line(gc, t.timeS(), t.copXmm(), max, a, b, r, from, to, 2 * max, theme.left);
        line(gc, t.timeS(), t.copYmm(), max, a, b, r, from, to, 2 * max, theme.right);
    }

    private static int y(Rectangle r, double v, double max) {
        return r.y + r.height - (int) Math.round(Math.max(0, Math.min(1, v / max)) * r.height);
    }

    /** A trace from frame a to b, {@code offset} added to each value, 0 to {@code max} over the band's height. */
    private static void line(GC gc, double[] times, float[] values, double offset, int a, int b, Rectangle r, double from,
            double to, double max, Color colour) {
        if (a < 0 || b <= a) {
            return;
        }
        gc.setForeground(colour);
        gc.setLineWidth(2);
        int step = Math.max(1, (b - a) / Math.max(1, r.width)); // about one point per pixel
        int lastX = Integer.MIN_VALUE;
        int lastY = 0;
        for (int i = a; i <= b; i += step) {
            if (Float.isNaN(values[i])) {
                lastX = Integer.MIN_VALUE;
                continue;
            }
            int px = x(r, times[i], from, to);
            int py = y(r, values[i] + offset, max);
            if (lastX != Integer.MIN_VALUE) {
                gc.drawLine(lastX, lastY, px, py);
            }
            lastX = px;
            lastY = py;
        }
        gc.setLineWidth(1);
    }

    private void events(GC gc, Rectangle r, double from, double to) {
        int labelEnd = Integer.MIN_VALUE; // labels do not overlap: one that would is left out (its tick stays)
        for (StoredEvent e : timeline.events()) {
            if (e.timeSeconds() < from || e.timeSeconds() > to) {
                continue;
            }
            int px = x(r, e.timeSeconds(), from, to);
            boolean labelled = e.origin().equals("protocol") || e.origin().equals("therapist");
            gc.setForeground(e.origin().equals("therapist") ? theme.purple : labelled ? theme.onset : theme.grid);
            gc.drawLine(px, r.y + r.height - (labelled ? 40 : 12), px, r.y + r.height);
            if (labelled && px > labelEnd) {
                gc.drawText(e.type(), px + 3, r.y + r.height - 40, true);
                labelEnd = px + 3 + gc.textExtent(e.type()).x + 6;
            }
        }
    }
}
