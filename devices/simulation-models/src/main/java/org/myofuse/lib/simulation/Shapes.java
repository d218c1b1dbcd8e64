package org.myofuse.lib.simulation;

/** Small smooth shape functions shared by the generators. */
public final class Shapes {

    private Shapes() {
    }

    /**
     * Raised-cosine step: 0 for {@code u <= 0}, 1 for {@code u >= 1}, smooth with zero slope at both
     * ends in between, so profiles pieced from it have no corners.
     */
    public static double smoothStep(double u) {
        if (u <= 0) {
            return 0;
        }
        if (u >= 1) {
            return 1;
        }
        return 0.5 - 0.5 * Math.cos(Math.PI * u);
    }

    /** Raised-cosine bump over [0, 1]: 0 at both ends, 1 in the middle, 0 outside. */
    public static double bump(double u) {
        if (u <= 0 || u >= 1) {
            return 0;
        }
        return 0.5 - 0.5 * Math.cos(2 * Math.PI * u);
    }

    /** {@code value} limited to [lo, hi]. */
    public static double clamp(double value, double lo, double hi) {
        return value < lo ? lo : (value > hi ? hi : value);
    }
}
