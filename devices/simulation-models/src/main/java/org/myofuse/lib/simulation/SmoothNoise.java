package org.myofuse.lib.simulation;

/**
 * Smooth random wander in [-1, 1]: random values at knots one period apart, joined by a cosine
 * interpolation. A pure function of time, so it stands in for "filtered noise" without filter state.
 */
public final class SmoothNoise {

    private final long key;
    private final double knotsPerSecond;

    /**
     * @param key           random stream key (see {@link SplitMix64#key})
     * @param periodSeconds time between knots; the wander has little power above 1 / period
     */
    public SmoothNoise(long key, double periodSeconds) {
        if (!(periodSeconds > 0)) {
            throw new IllegalArgumentException("smooth noise period must be positive, was " + periodSeconds);
        }
        this.key = key;
        this.knotsPerSecond = 1 / periodSeconds;
    }

    /** Value at time {@code t} (seconds; may be negative). */
    public double at(double t) {
        double position = t * knotsPerSecond;
        double floor = Math.floor(position);
        long knot = (long) floor;
        double blend = 0.5 - 0.5 * Math.cos(Math.PI * (position - floor));
        double a = SplitMix64.symmetric(key, knot);
        double b = SplitMix64.symmetric(key, knot + 1);
        return a + (b - a) * blend;
    }
}
