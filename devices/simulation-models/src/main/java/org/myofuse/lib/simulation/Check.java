package org.myofuse.lib.simulation;

/** One-line range checks for settings, in the form {@code "name value unit: must be ..."}. */
public final class Check {

    private Check() {
    }

    /**
     * @throws IllegalArgumentException unless {@code lo <= value <= hi} (NaN fails)
     */
    public static void range(String name, double value, String unit, double lo, double hi) {
        if (!(value >= lo && value <= hi)) {
            throw new IllegalArgumentException(name + " " + format(value) + space(unit) + ": must be between "
                    + format(lo) + " and " + format(hi) + space(unit));
        }
    }

    /**
     * @throws IllegalArgumentException unless {@code lo <= value <= hi}
     */
    public static void range(String name, long value, String unit, long lo, long hi) {
        if (value < lo || value > hi) {
            throw new IllegalArgumentException(name + " " + value + space(unit) + ": must be between " + lo
                    + " and " + hi + space(unit));
        }
    }

    /** A number without a needless ".0". */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static String space(String unit) {
        return unit.isEmpty() ? "" : " " + unit;
    }
}
