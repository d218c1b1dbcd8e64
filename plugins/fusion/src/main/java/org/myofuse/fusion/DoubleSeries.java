package org.myofuse.fusion;

import java.util.Arrays;

/** A growable array of doubles (amortised O(1) append, no boxing) for session-long traces. Not thread-safe. */
final class DoubleSeries {

    private double[] values;
    private int size;

    DoubleSeries(int capacity) {
        values = new double[Math.max(16, capacity)];
    }

    void add(double v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = v;
    }

    int size() {
        return size;
    }

    double get(int i) {
        return values[i];
    }

    /** A copy trimmed to the size. */
    double[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
