package org.myofuse.console.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.myofuse.api.protocol.Target;
import org.myofuse.console.feed.FrameRing;

/**
 * The muscles' response: each EMG channel's envelope over the last 10 s in %MVC (or microvolts before
 * calibration; the fused frame says which) with its value now, the running step's target band and a
 * marker at each onset; left and right of each muscle side by side, and their symmetry as bars.
 */
final class EmgView extends BufferedView {

    private static final int SYMMETRY_W = 300;
    /** A microvolt scale never goes below this: resting tone stays near the baseline. */
    private static final double MIN_UV_SCALE = 20;
    /** Frames averaged for the symmetry bars (1 s at 100 Hz): steady enough to read. */
    private static final int SYMMETRY_FRAMES = 100;

    private final LiveModel model;
    private final EmgLayout layout = new EmgLayout();
    private final Trace trace = new Trace();
    private final int[] triangle = new int[6];

    EmgView(Composite parent, Theme theme, Messages text, LiveModel model) {
        super(parent, theme, text);
        this.model = model;
    }

    @Override
    String name() {
        return "view.emg";
    }

    @Override
    void paint(GC gc, int width, int height) {
        int top = Draw.panel(gc, theme, width, height, text.get("emg.title")) + 6;
        FrameRing ring = model.frames();
        long latest = model.latest();
        int count = latest > 0 ? ring.emgChannels(latest - 1) : 0;
        layout.update(ring, count);
        if (count == 0) {
            gc.setFont(theme.label);
            gc.setForeground(theme.muted);
            gc.drawText(text.get("emg.none"), 14, top + 8, true);
            return;
        }
        int stripsW = width - SYMMETRY_W - 12;
        int rows = Math.max(1, layout.rows());
        int rowH = (height - top - 8) / rows;
        int colW = stripsW / 2;
        long from = model.windowStart();
        for (int c = 0; c < count; c++) {
            int x = 8 + layout.column(c) * colW;
            int y = top + layout.row(c) * rowH;
            paintChannel(gc, ring, c, from, latest, x, y, colW - 8, rowH - 6);
        }
        if (damaged(width - SYMMETRY_W, top, SYMMETRY_W - 10, height - top - 8)) {
            paintSymmetry(gc, ring, latest, count, width - SYMMETRY_W, top, SYMMETRY_W - 10, height - top - 8);
        }
    }

    private void paintChannel(GC gc, FrameRing ring, int c, long from, long latest, int x, int y, int w, int h) {
        String source = ring.emgSource(c);
        String unit = ring.emgUnit(c);
        if (damaged(x, y, 150, h)) {
            paintReading(gc, c, ring.emg(c, latest - 1), unit, x, y);
        }
        int chartX = x + 150;
        int chartW = Math.max(20, w - 150);
        live(chartX, y, chartW, h);
        Target band = model.target(layout.targetKey(c));
        double max = scale(ring, c, from, latest, unit, band);
        gc.setBackground(theme.background);
        gc.fillRectangle(chartX, y, chartW, h);
        Draw.timeGrid(gc, theme, chartX, y, chartW, h, 10, false);
        if (band != null) {
            Draw.band(gc, theme.band, chartX, y, chartW, h, max, band.low(), band.high());
        }
        gc.setFont(theme.small);
        gc.setForeground(theme.muted);
        Draw.textRight(gc, Draw.number(max, 0), chartX + chartW - 4, y + 2);
        paintOnsets(gc, source, chartX, y, chartW, h);
        gc.setClipping(chartX, y, chartW, h);
        gc.setLineWidth(2);
        gc.setForeground(layout.column(c) == 0 ? theme.left : theme.right);
        trace.draw(gc, ring, c, from, latest, model.now(), LiveModel.WINDOW_NANOS, chartX, y, chartW, h, max);
        gc.setClipping((Rectangle) null);
        gc.setLineWidth(1);
    }

    /** The channel's name and its value now, with the unit. */
    private void paintReading(GC gc, int c, float now, String unit, int x, int y) {
        gc.setFont(theme.label);
        gc.setForeground(layout.column(c) == 0 ? theme.left : theme.right);
        gc.drawText(layout.label(c), x + 6, y + 2, true);
        gc.setFont(theme.value);
        gc.setForeground(theme.text);
        String value = Draw.number(now, "%MVC".equals(unit) ? 0 : 1);
        gc.drawText(value, x + 6, y + 20, true);
        gc.setFont(theme.small);
        gc.setForeground(theme.muted);
        gc.drawText(unit, x + 10 + gc.textExtent(value).x + 34, y + 32, true);
    }

    private double scale(FrameRing ring, int c, long from, long latest, String unit, Target band) {
        double max = "%MVC".equals(unit) ? 100 : MIN_UV_SCALE;
        for (long f = from; f < latest; f++) {
            if (c < ring.emgChannels(f)) {
                float v = ring.emg(c, f);
                if (v > max) {
                    max = v;
                }
            }
        }
        if (band != null && !Double.isNaN(band.high())) {
            max = Math.max(max, band.high());
        }
        return Draw.niceCeiling(max);
    }

    /** A yellow line with a triangle at each onset of this channel inside the window. */
    private void paintOnsets(GC gc, String source, int x, int y, int w, int h) {
        long now = model.now();
        EventLog onsets = model.onsets;
        gc.setForeground(theme.onset);
        gc.setBackground(theme.onset);
        gc.setLineWidth(2);
        for (int i = 0; i < onsets.size(); i++) {
            long at = onsets.nanos(i);
            if (now - at > LiveModel.WINDOW_NANOS) {
                break;
            }
            if (!source.equals(onsets.source(i))) {
                continue;
            }
            int xx = x + w - (int) ((now - at) * w / LiveModel.WINDOW_NANOS);
            gc.drawLine(xx, y + 8, xx, y + h);
            triangle[0] = xx - 5;
            triangle[1] = y;
            triangle[2] = xx + 5;
            triangle[3] = y;
            triangle[4] = xx;
            triangle[5] = y + 8;
            gc.fillPolygon(triangle);
        }
        gc.setLineWidth(1);
    }

    /** For each left/right pair: the mean of the last second on each side and their asymmetry. */
    private void paintSymmetry(GC gc, FrameRing ring, long latest, int count, int x, int y, int w, int h) {
        gc.setFont(theme.title);
        gc.setForeground(theme.muted);
        gc.drawText(text.get("emg.symmetry"), x, y, true);
        int rowY = y + 26;
        int rowH = 58;
        for (int c = 0; c < count; c++) {
            int p = layout.partner(c);
            if (p < 0 || layout.column(c) != 0 || rowY + rowH > y + h) {
                continue;
            }
            double l = mean(ring, c, latest);
            double r = mean(ring, p, latest);
            paintPair(gc, layout.pairName(c), l, r, ring.emgUnit(c), x, rowY, w);
            rowY += rowH;
        }
    }

    private void paintPair(GC gc, String muscle, double l, double r, String unit, int x, int y, int w) {
        gc.setFont(theme.label);
        gc.setForeground(theme.text);
        gc.drawText(muscle, x, y, true);
        double asym = l + r > 0 ? (r - l) / (r + l) * 100 : Double.NaN;
        gc.setFont(theme.title);
        gc.setForeground(Math.abs(asym) > 20 ? theme.shear : theme.text);
        Draw.textRight(gc, text.get("emg.asymmetry", Draw.number(asym, 0)), x + w, y);
        int mid = x + w / 2;
        int barY = y + 22;
        double max = Math.max(Math.max(l, r), 1e-9);
        int half = w / 2 - 4;
        int lw = (int) Math.round(l / max * half);
        int rw = (int) Math.round(r / max * half);
        gc.setBackground(theme.left);
        gc.fillRectangle(mid - lw, barY, lw, 16);
        gc.setBackground(theme.right);
        gc.fillRectangle(mid + 1, barY, rw, 16);
        gc.setForeground(theme.text);
        gc.drawLine(mid, barY - 3, mid, barY + 19);
        gc.setFont(theme.small);
        gc.setForeground(theme.muted);
        gc.drawText("L " + Draw.number(l, 0), x, barY + 18, true);
        Draw.textRight(gc, "R " + Draw.number(r, 0) + " " + unit, x + w, barY + 18);
        gc.setLineStyle(SWT.LINE_SOLID);
    }

    private static double mean(FrameRing ring, int c, long latest) {
        double sum = 0;
        int n = 0;
        for (long f = Math.max(0, latest - SYMMETRY_FRAMES); f < latest; f++) {
            if (c < ring.emgChannels(f) && !Float.isNaN(ring.emg(c, f))) {
                sum += ring.emg(c, f);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
