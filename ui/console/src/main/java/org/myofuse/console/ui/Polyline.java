package org.myofuse.console.ui;

import org.eclipse.swt.graphics.GC;

/**
 * Points of one polyline gathered into a preallocated buffer, then drawn. {@code GC.drawPolyline}
 * takes a whole array: the points are copied into an array of the size rounded up to
 * {@value #STEP} points, the few left over repeating the last point, so that after the first frames
 * no array is allocated and cairo strokes at most {@code STEP - 1} empty segments. UI thread.
 */
final class Polyline {

    /** Arrays come in sizes of this many points. */
    static final int STEP = 8;

    private final int[] points;
    private final int[][] sized;
    private int n;

    /** @param capacity the most points one polyline has */
    Polyline(int capacity) {
        points = new int[2 * capacity];
        sized = new int[capacity / STEP + 2][];
    }

    /** Starts a new polyline. */
    void clear() {
        n = 0;
    }

    void add(int x, int y) {
        points[n++] = x;
        points[n++] = y;
    }

    /** Points so far. */
    int size() {
        return n / 2;
    }

    int x(int point) {
        return points[2 * point];
    }

    int y(int point) {
        return points[2 * point + 1];
    }

    int lastX() {
        return points[n - 2];
    }

    int lastY() {
        return points[n - 1];
    }

    /**
     * Drops the points of a line over time (x never decreasing) that the straight line between the
     * points kept passes within {@code tolerance} pixels of, vertically: one pass, each kept segment
     * as long as a corridor of slopes through all the points it stands for stays open. A slowly
     * changing stretch becomes a few long segments; a peak or a step keeps its points.
     */
    void simplify(double tolerance) {
        int count = n / 2;
        if (count < 3) {
            return;
        }
        int kept = 1;
        int anchor = 0;
        int candidate = -1;
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        int i = 1;
        while (i < count) {
            int dx = points[2 * i] - points[2 * anchor];
            int dy = points[2 * i + 1] - points[2 * anchor + 1];
            double slope = dx > 0 ? (double) dy / dx : Double.NaN;
            if (slope >= low && slope <= high) { // NaN (the same column) never fits
                low = Math.max(low, (dy - tolerance) / dx);
                high = Math.min(high, (dy + tolerance) / dx);
                candidate = i++;
                continue;
            }
            anchor = candidate >= 0 ? candidate : i++;
            points[2 * kept] = points[2 * anchor];
            points[2 * kept + 1] = points[2 * anchor + 1];
            kept++;
            candidate = -1;
            low = Double.NEGATIVE_INFINITY;
            high = Double.POSITIVE_INFINITY;
        }
        if (candidate >= 0) {
            points[2 * kept] = points[2 * candidate];
            points[2 * kept + 1] = points[2 * candidate + 1];
            kept++;
        }
        n = 2 * kept;
    }

    /** Draws the points gathered (two at least) and starts a new polyline. */
    void draw(GC gc) {
        if (n >= 4) {
            int slot = (n / 2 + STEP - 1) / STEP;
            int[] array = sized[slot];
            if (array == null) {
                array = new int[2 * STEP * slot];
                sized[slot] = array;
            }
            System.arraycopy(points, 0, array, 0, n);
            for (int i = n; i < array.length; i += 2) {
                array[i] = points[n - 2];
                array[i + 1] = points[n - 1];
            }
            gc.drawPolyline(array);
        }
        n = 0;
    }
}
