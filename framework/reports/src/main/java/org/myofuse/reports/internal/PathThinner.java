package org.myofuse.reports.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reduces a 2-D path (the centre of pressure) to what a chart can show. Time-column decimation does
 * not apply to a path that wanders back over itself, so points closer than half a pixel to the last
 * kept point are dropped, and if the path is still longer than the limit every n-th point is kept.
 * {@code NaN} breaks the path into segments.
 */
public final class PathThinner {

    /** Enough for a smooth path in a 330-pixel square, small enough to keep the file small. */
    public static final int MAX_POINTS = 4000;
    private static final double MIN_DISTANCE_PX = 0.5;

    private PathThinner() {
    }

    /** Segments of {@code x0,y0,x1,y1,...} pixel coordinates; their total point count is at most {@link #MAX_POINTS} (+1 per segment). */
    public static List<double[]> segments(Plot plot, float[] xs, float[] ys) {
        List<double[]> close = dropClosePoints(plot, xs, ys);
        int total = close.stream().mapToInt(s -> s.length / 2).sum();
        int stride = (total + MAX_POINTS - 1) / MAX_POINTS;
        if (stride <= 1) {
            return close;
        }
        List<double[]> thinned = new ArrayList<>(close.size());
        for (double[] s : close) {
            thinned.add(everyNth(s, stride));
        }
        return thinned;
    }

    private static List<double[]> dropClosePoints(Plot plot, float[] xs, float[] ys) {
        List<double[]> segments = new ArrayList<>();
        double[] current = new double[64];
        int size = 0;
        for (int i = 0; i < xs.length; i++) {
            if (!Float.isFinite(xs[i]) || !Float.isFinite(ys[i])) {
                size = flush(segments, current, size);
                continue;
            }
            double px = plot.x(xs[i]);
            double py = plot.y(ys[i]);
            if (size > 0 && Math.hypot(px - current[size - 2], py - current[size - 1]) < MIN_DISTANCE_PX) {
                continue;
            }
            if (size + 2 > current.length) {
                current = Arrays.copyOf(current, current.length * 2);
            }
            current[size++] = px;
            current[size++] = py;
        }
        flush(segments, current, size);
        return segments;
    }

    private static int flush(List<double[]> segments, double[] current, int size) {
        if (size > 0) {
            segments.add(Arrays.copyOf(current, size));
        }
        return 0;
    }

    /** Every n-th point, always keeping the last so the path ends where it ended. */
    private static double[] everyNth(double[] s, int stride) {
        int points = s.length / 2;
        double[] out = new double[((points - 1) / stride + 2) * 2];
        int size = 0;
        for (int p = 0; p < points; p += stride) {
            out[size++] = s[2 * p];
            out[size++] = s[2 * p + 1];
        }
        if ((points - 1) % stride != 0) {
            out[size++] = s[2 * points - 2];
            out[size++] = s[2 * points - 1];
        }
        return Arrays.copyOf(out, size);
    }
}
