package org.myofuse.reports.internal;

/**
 * The finite minimum and maximum of some data, ignoring NaN gaps.
 *
 * @param min lowest finite value, {@code NaN} when there was none
 * @param max highest finite value, {@code NaN} when there was none
 */
public record Extent(double min, double max) {

    public static final Extent EMPTY = new Extent(Double.NaN, Double.NaN);

    public static Extent of(float[] values) {
        Extent e = EMPTY;
        for (float v : values) {
            e = e.with(v);
        }
        return e;
    }

    public static Extent of(double[] values) {
        Extent e = EMPTY;
        for (double v : values) {
            e = e.with(v);
        }
        return e;
    }

    public boolean isEmpty() {
        return Double.isNaN(min);
    }

    public Extent with(double v) {
        if (!Double.isFinite(v)) {
            return this;
        }
        if (isEmpty()) {
            return new Extent(v, v);
        }
        return v < min ? new Extent(v, max) : v > max ? new Extent(min, v) : this;
    }

    public Extent with(Extent other) {
        return other.isEmpty() ? this : with(other.min).with(other.max);
    }
}
