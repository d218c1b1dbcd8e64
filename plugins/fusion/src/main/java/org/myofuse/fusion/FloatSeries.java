package org.myofuse.fusion;

import java.util.Arrays;

/**
 * A growable array of floats for session-long traces: half the memory of doubles, and a float keeps
 * seven significant digits, more than any of the traced measurements resolves. Not thread-safe.
 */
final class FloatSeries {

    private float[] values;
    private int size;

    FloatSeries(int capacity) {
        values = new float[Math.max(16, capacity)];
    }

    /** A series that starts with {@code count} NaNs (a channel that appeared after the first frames). */
    static FloatSeries missing(int count, int capacity) {
        FloatSeries s = new FloatSeries(Math.max(count, capacity));
        Arrays.fill(s.values, 0, count, Float.NaN);
        s.size = count;
        return s;
    }

    void add(double v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = (float) v;
    }

    int size() {
        return size;
    }

    float get(int i) {
        return values[i];
    }

    /** A copy trimmed to the size. */
    float[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
