package org.myofuse.lib.simulation.script;

/**
 * A band a step asks for, in the scripted patient's units (N, strokes per minute, % MVC, mm).
 *
 * @param low   lower edge, NaN when open
 * @param high  upper edge, NaN when open
 * @param limit hard limit, NaN when none
 */
record Band(double low, double high, double limit) {

    /** No band at all. */
    static final Band NONE = new Band(Double.NaN, Double.NaN, Double.NaN);

    boolean present() {
        return hasLow() || hasHigh();
    }

    boolean hasLow() {
        return !Double.isNaN(low);
    }

    boolean hasHigh() {
        return !Double.isNaN(high);
    }

    boolean closed() {
        return hasLow() && hasHigh();
    }

    /**
     * A point a person aiming at the band settles on: {@code share} of the way up a closed band, inside
     * an open one by {@code margin} (a lower edge) or at {@code share} of an upper edge; NaN without a band.
     */
    double aim(double share, double margin) {
        if (closed()) {
            return low + share * (high - low);
        }
        if (hasLow()) {
            return low + margin;
        }
        if (hasHigh()) {
            return high * share;
        }
        return Double.NaN;
    }
}
