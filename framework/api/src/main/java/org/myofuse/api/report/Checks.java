package org.myofuse.api.report;

/** Argument checks the model records share, so a bad record fails where it is built, not mid-report. */
final class Checks {

    private Checks() {
    }

    /** A copy of a time axis, refusing non-finite or decreasing times (the decimator relies on order). */
    static double[] time(double[] time, String name) {
        double[] copy = time.clone();
        for (int i = 0; i < copy.length; i++) {
            if (!Double.isFinite(copy[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is not finite: " + copy[i]);
            }
            if (i > 0 && copy[i] < copy[i - 1]) {
                throw new IllegalArgumentException(name + " decreases at index " + i);
            }
        }
        return copy;
    }

    /** A copy of a value series that must be as long as its time axis. */
    static float[] series(float[] values, int expectedLength, String name) {
        if (values.length != expectedLength) {
            throw new IllegalArgumentException(name + " has " + values.length + " values, expected " + expectedLength);
        }
        return values.clone();
    }

    /** Pain NRS is 0-10 or absent. */
    static void pain(Integer pain, String name) {
        if (pain != null && (pain < 0 || pain > 10)) {
            throw new IllegalArgumentException(name + " must be 0-10: " + pain);
        }
    }
}
