package org.myofuse.console.ui;

import java.util.Arrays;

/**
 * The newest {@code capacity} measurements of one kind, in nanoseconds, preallocated; percentiles over
 * them on request (which sorts a copy: at the end of a console, not per frame).
 */
final class Percentiles {

    private final long[] values;
    private long count;

    Percentiles(int capacity) {
        values = new long[capacity];
    }

    void add(long nanos) {
        values[(int) (count % values.length)] = nanos;
        count++;
    }

    /** Forgets what was measured (the capacity stays allocated). */
    void clear() {
        count = 0;
    }

    long count() {
        return count;
    }

    /** The {@code p}-th percentile (0-100) in milliseconds, NaN when nothing was measured. */
    double percentileMs(double p) {
        int n = (int) Math.min(count, values.length);
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, rank))] / 1e6;
    }
}
