package org.myofuse.console.ui;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.myofuse.api.device.GridLayout;
import org.myofuse.console.feed.FrameRing;

/**
 * The pressure mat: a heat map of its newest frame (viridis, kPa), the centre of pressure's trace over
 * the last 10 s with its 95 % sway ellipse, and how the load splits left/right and
 * anterior/posterior. The patient's left is on the screen's left and anterior at the top, as the mat's
 * grid is laid out.
 */
final class MatView extends BufferedView {

    private static final int READINGS_W = 200;
    /** The heat map's scale never goes below this, kPa. */
    private static final double MIN_SCALE_KPA = 40;
    private static final int ELLIPSE_POINTS = 48;

    private final LiveModel model;
    private final SwayEllipse sway = new SwayEllipse();
    private final int[] ellipse = new int[2 * ELLIPSE_POINTS];
    private final Polyline trail = new Polyline(FrameRing.READABLE);

    MatView(Composite parent, Theme theme, Messages text, LiveModel model) {
        super(parent, theme, text);
        this.model = model;
    }

    @Override
    String name() {
        return "view.mat";
    }

    @Override
    void paint(GC gc, int width, int height) {
        int top = Draw.panel(gc, theme, width, height, text.get("mat.title")) + 8;
        GridLayout grid = model.matGrid();
        if (grid == null) {
            gc.setFont(theme.label);
            gc.setForeground(theme.muted);
            gc.drawText(text.get("mat.none"), 14, top + 8, true);
            return;
        }
        float[] cells = model.matCells();
        double matW = grid.columns() * grid.columnPitchMm();
        double matH = grid.rows() * grid.rowPitchMm();
        int areaW = width - READINGS_W - 28;
        int areaH = height - top - 12;
        double mmToPx = Math.min(areaW / matW, areaH / matH);
        int mapW = (int) (matW * mmToPx);
        int mapH = (int) (matH * mmToPx);
        int x0 = 14 + (areaW - mapW) / 2;
        int y0 = top + (areaH - mapH) / 2;
        live(x0, y0, mapW, mapH);
        double max = paintHeat(gc, grid, cells, x0, y0, mapW, mapH);
        gc.setClipping(x0, y0, mapW, mapH);
        paintCop(gc, x0 + mapW / 2, y0 + mapH / 2, mmToPx);
        gc.setClipping((Rectangle) null);
        if (damaged(width - READINGS_W - 8, top, READINGS_W, height - top)) {
            paintReadings(gc, grid, cells, width - READINGS_W - 8, top, max);
        }
    }

    /** The cells as coloured rectangles; returns the scale's top, kPa. */
    private double paintHeat(GC gc, GridLayout grid, float[] cells, int x0, int y0, int w, int h) {
        double max = MIN_SCALE_KPA;
        for (float v : cells) {
            if (v > max) {
                max = v;
            }
        }
        max = Draw.niceCeiling(max);
        // Most of a mat carries no load: one rectangle of the lowest colour, then one per run of
        // equal colour along a row (the same pixels as a rectangle per cell, a tenth of the calls).
        gc.setBackground(theme.heat[0]);
        gc.fillRectangle(x0, y0, w, h);
        int columns = grid.columns();
        for (int r = 0; r < grid.rows(); r++) {
            int top = y0 + r * h / grid.rows();
            int bottom = y0 + (r + 1) * h / grid.rows();
            int runStart = 0;
            int runLevel = level(cells[r * columns], max);
            for (int c = 1; c <= columns; c++) {
                int level = c < columns ? level(cells[r * columns + c], max) : -1;
                if (level != runLevel) {
                    if (runLevel > 0) {
                        int left = x0 + runStart * w / columns;
                        int right = x0 + c * w / columns;
                        gc.setBackground(theme.heat[runLevel]);
                        gc.fillRectangle(left, top, right - left, bottom - top);
                    }
                    runStart = c;
                    runLevel = level;
                }
            }
        }
        gc.setForeground(theme.panelEdge);
        gc.drawRectangle(x0, y0, w, h);
        gc.setFont(theme.small);
        gc.setForeground(theme.muted);
        gc.drawText(text.get("mat.anterior"), x0 + w / 2 - 30, y0 - 16, true);
        return max;
    }

    /** The colour of a cell's value on a scale of 0 to {@code max}. */
    private int level(double v, double max) {
        int levels = theme.heat.length;
        return (int) Math.max(0, Math.min(levels - 1, v / max * (levels - 1)));
    }

    /** The centre of pressure's trail over the window, where it is now, and the sway ellipse. */
    private void paintCop(GC gc, int cx, int cy, double mmToPx) {
        FrameRing ring = model.frames();
        long latest = model.latest();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        int n = 0;
        trail.clear();
        for (long f = model.windowStart(); f < latest; f++) {
            double x = ring.copXmm(f);
            double y = ring.copYmm(f);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                continue;
            }
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
            n++;
            int px = cx + (int) Math.round(x * mmToPx);
            int py = cy - (int) Math.round(y * mmToPx);
            // The centre of pressure moves slowly: most frames land on the pixel of the one before.
            if (trail.size() == 0 || px != trail.lastX() || py != trail.lastY()) {
                trail.add(px, py);
            }
        }
        if (n < 2) {
            return;
        }
        int nowX = trail.lastX();
        int nowY = trail.lastY();
        gc.setForeground(theme.cop);
        gc.setLineWidth(2);
        gc.setAlpha(200);
        trail.draw(gc);
        gc.setAlpha(255);
        sway.fit(sx, sy, sxx, syy, sxy, n);
        paintEllipse(gc, cx, cy, mmToPx);
        gc.setBackground(theme.cop);
        gc.fillOval(nowX - 7, nowY - 7, 14, 14);
        gc.setForeground(theme.black);
        gc.drawOval(nowX - 7, nowY - 7, 14, 14);
        gc.setLineWidth(1);
    }

    private void paintEllipse(GC gc, int cx, int cy, double mmToPx) {
        if (Double.isNaN(sway.major)) {
            return;
        }
        double cos = Math.cos(sway.angle);
        double sin = Math.sin(sway.angle);
        for (int i = 0; i < ELLIPSE_POINTS; i++) {
            double t = 2 * Math.PI * i / ELLIPSE_POINTS;
            double ex = sway.major * Math.cos(t);
            double ey = sway.minor * Math.sin(t);
            double x = sway.centreX + ex * cos - ey * sin;
            double y = sway.centreY + ex * sin + ey * cos;
            ellipse[2 * i] = cx + (int) Math.round(x * mmToPx);
            ellipse[2 * i + 1] = cy - (int) Math.round(y * mmToPx);
        }
        gc.setForeground(theme.onset);
        gc.setLineWidth(2);
        gc.drawPolygon(ellipse);
    }

    private void paintReadings(GC gc, GridLayout grid, float[] cells, int x, int y, double max) {
        double left = 0;
        double right = 0;
        double anterior = 0;
        double posterior = 0;
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                double v = Math.max(0, cells[r * grid.columns() + c]);
                if (2 * c < grid.columns()) {
                    left += v;
                } else {
                    right += v;
                }
                if (2 * r < grid.rows()) {
                    anterior += v;
                } else {
                    posterior += v;
                }
            }
        }
        double total = left + right;
        int yy = y;
        yy += split(gc, x, yy, text.get("mat.leftRight"), share(left, total), share(right, total), theme.left, theme.right) + 14;
        yy += split(gc, x, yy, text.get("mat.anteriorPosterior"), share(anterior, total), share(posterior, total), theme.purple,
                theme.band) + 14;
        double area = sway.points >= 3 ? sway.area() : Double.NaN;
        yy += Draw.reading(gc, theme, x, yy, text.get("mat.sway"), Draw.number(area / 100, 1), "cm\u00b2", theme.onset, false) + 14;
        paintScale(gc, x, yy, READINGS_W - 10, max);
    }

    private static double share(double part, double total) {
        return total > 0 ? part / total * 100 : Double.NaN;
    }

    /** Two shares of 100 %, as numbers and one divided bar. */
    private int split(GC gc, int x, int y, String label, double a, double b, org.eclipse.swt.graphics.Color ca,
            org.eclipse.swt.graphics.Color cb) {
        gc.setFont(theme.label);
        gc.setForeground(theme.muted);
        gc.drawText(label, x, y, true);
        gc.setFont(theme.value);
        gc.setForeground(ca);
        String as = Draw.number(a, 0) + "%";
        gc.drawText(as, x, y + 18, true);
        gc.setForeground(cb);
        Draw.textRight(gc, Draw.number(b, 0) + "%", x + READINGS_W - 10, y + 18);
        int barY = y + 56;
        int w = READINGS_W - 10;
        int aw = Double.isNaN(a) ? w / 2 : (int) Math.round(a / 100 * w);
        gc.setBackground(ca);
        gc.fillRectangle(x, barY, aw, 10);
        gc.setBackground(cb);
        gc.fillRectangle(x + aw, barY, w - aw, 10);
        return 66;
    }

    /** The heat map's colour scale with its top value. */
    private void paintScale(GC gc, int x, int y, int w, double max) {
        gc.setFont(theme.small);
        gc.setForeground(theme.muted);
        gc.drawText(text.get("mat.scale"), x, y, true);
        int barY = y + 18;
        int levels = theme.heat.length;
        for (int i = 0; i < levels; i++) {
            gc.setBackground(theme.heat[i]);
            gc.fillRectangle(x + i * w / levels, barY, w / levels + 1, 12);
        }
        gc.drawText("0", x, barY + 14, true);
        Draw.textRight(gc, Draw.number(max, 0) + " kPa", x + w, barY + 14);
    }
}
