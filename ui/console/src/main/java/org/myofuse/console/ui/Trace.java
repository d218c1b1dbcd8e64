package org.myofuse.console.ui;

import org.eclipse.swt.graphics.GC;
import org.myofuse.console.feed.FrameRing;

/**
 * Draws one series of the fused frames as a line over a time window: each unbroken run of values (a
 * NaN breaks the line: no device, a gap) is one polyline. The 10 s window holds about 1000 frames and
 * the chart is 300 to 500 pixels wide, so the frames that fall into one pixel column are reduced to
 * what can be seen of them: one point where they stay within a pixel, else their first value, their
 * lowest and highest and their last, in the order they came (a peak keeps its height); then points a
 * straight line through their neighbours passes within a pixel of are dropped. Stroking costs
 * cairo about 1 us a point. Preallocated; UI thread.
 */
final class Trace {

    /** The normal force series. */
    static final int NORMAL = -1;
    /** The shear force series. */
    static final int SHEAR = -2;

    /**
     * How far a point dropped may lie from the line drawn, pixels: half the trace's width. The points are
     * whole pixels, up to half a pixel off the value, so a smaller tolerance would keep nearly every
     * point of a gentle slope; with this one a slow stretch of an envelope takes a few segments.
     */
    private static final double TOLERANCE_PX = 1;

    private final Polyline line = new Polyline(FrameRing.READABLE);
    /** The pixel column being gathered: its frames' first, lowest, highest and last y, and when each came. */
    private int column;
    private int firstY;
    private int lowY;
    private int highY;
    private int lastY;
    private long lowAt;
    private long highAt;
    private int frames;

    /**
     * Draws frames {@code [from, to)} of {@code series} (NORMAL, SHEAR or an EMG channel) into the chart
     * area, time {@code now - window} at the left edge to {@code now} at the right, values 0 to {@code max}.
     */
    void draw(GC gc, FrameRing ring, int series, long from, long to, long now, long window, int x, int y, int w, int h,
            double max) {
        line.clear();
        frames = 0;
        for (long f = from; f < to; f++) {
            float v = value(ring, series, f);
            if (Float.isNaN(v)) {
                endColumn();
                drawLine(gc);
                continue;
            }
            long age = now - ring.nanos(f);
            int px = x + w - (int) (age * w / window);
            int py = y + h - (int) Math.round(Math.min(Math.max(v, 0), max * 1.02) / max * h);
            if (frames > 0 && px != column) {
                endColumn();
            }
            take(px, py, f);
        }
        endColumn();
        drawLine(gc);
    }

    private void drawLine(GC gc) {
        line.simplify(TOLERANCE_PX);
        line.draw(gc);
    }

    private void take(int px, int py, long f) {
        if (frames == 0) {
            column = px;
            firstY = py;
            lowY = py;
            highY = py;
            lowAt = f;
            highAt = f;
        } else if (py < lowY) {
            lowY = py;
            lowAt = f;
        } else if (py > highY) {
            highY = py;
            highAt = f;
        }
        lastY = py;
        frames++;
    }

    /** The points of the column gathered, into the line. */
    private void endColumn() {
        if (frames == 0) {
            return;
        }
        frames = 0;
        if (highY - lowY <= 1) {
            add(lastY);
            return;
        }
        add(firstY);
        add(lowAt < highAt ? lowY : highY);
        add(lowAt < highAt ? highY : lowY);
        add(lastY);
    }

    /** Adds a point of the current column unless it repeats the one before. */
    private void add(int py) {
        if (line.size() > 0 && line.lastX() == column && line.lastY() == py) {
            return;
        }
        line.add(column, py);
    }

    private static float value(FrameRing ring, int series, long f) {
        return switch (series) {
            case NORMAL -> ring.normalN(f);
            case SHEAR -> ring.shearN(f);
            default -> series < ring.emgChannels(f) ? ring.emg(series, f) : Float.NaN;
        };
    }
}
