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

    int lastX() {
        return points[n - 2];
    }

    int lastY() {
        return points[n - 1];
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
