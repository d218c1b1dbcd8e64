package org.myofuse.console.ui;

import org.eclipse.swt.graphics.GC;
import org.myofuse.console.feed.FrameRing;

/**
 * Draws one series of the fused frames as a line over a time window, from a preallocated point buffer:
 * each unbroken run of values (a NaN breaks the line: no device, a gap) is one polyline. UI thread.
 */
final class Trace {

    /** The normal force series. */
    static final int NORMAL = -1;
    /** The shear force series. */
    static final int SHEAR = -2;

    private final int[] points = new int[2 * FrameRing.READABLE];

    /**
     * Draws frames {@code [from, to)} of {@code series} (NORMAL, SHEAR or an EMG channel) into the chart
     * area, time {@code now - window} at the left edge to {@code now} at the right, values 0 to {@code max}.
     */
    void draw(GC gc, FrameRing ring, int series, long from, long to, long now, long window, int x, int y, int w, int h,
            double max) {
        int n = 0;
        for (long f = from; f < to; f++) {
            float v = value(ring, series, f);
            if (Float.isNaN(v)) {
                flush(gc, n);
                n = 0;
                continue;
            }
            long age = now - ring.nanos(f);
            points[n++] = x + w - (int) (age * w / window);
            points[n++] = y + h - (int) Math.round(Math.min(Math.max(v, 0), max * 1.02) / max * h);
        }
        flush(gc, n);
    }

    private static float value(FrameRing ring, int series, long f) {
        return switch (series) {
            case NORMAL -> ring.normalN(f);
            case SHEAR -> ring.shearN(f);
            default -> series < ring.emgChannels(f) ? ring.emg(series, f) : Float.NaN;
        };
    }

    /** Draws the first {@code n} coordinates: the rest of the buffer repeats the last point (no allocation). */
    private void flush(GC gc, int n) {
        if (n < 4) {
            return;
        }
        int lastX = points[n - 2];
        int lastY = points[n - 1];
        int end = points.length;
        for (int i = n; i < end; i += 2) {
            points[i] = lastX;
            points[i + 1] = lastY;
        }
        gc.drawPolyline(points);
    }
}
