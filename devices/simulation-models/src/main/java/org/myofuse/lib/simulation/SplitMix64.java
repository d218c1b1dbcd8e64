package org.myofuse.lib.simulation;

/**
 * The SplitMix64 generator, used two ways: as a sequential generator, and as a counter-based hash
 * ({@link #at}) so that a random value can be tied to a sample index instead of to call order. The
 * second use is what keeps simulated samples a pure function of the seed and the sample index.
 *
 * <p>Not thread-safe as a sequential generator; the static methods are pure.
 */
public final class SplitMix64 {

    /** The odd constant of the Weyl sequence: 2^64 divided by the golden ratio. */
    static final long GAMMA = 0x9E3779B97F4A7C15L;

    private static final double TWO_PI = 2 * Math.PI;

    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** Next 64 random bits. */
    public long nextLong() {
        state += GAMMA;
        return mix(state);
    }

    /** Next uniform double in [0, 1). */
    public double nextDouble() {
        return unit(nextLong());
    }

    /** The finalizer: a bijective scramble of 64 bits with good avalanche. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /**
     * Derives an independent key for one random stream (a channel, a parameter) from a seed, so that
     * streams sharing a seed do not share values.
     */
    public static long key(long seed, long stream) {
        return mix(mix(seed) + stream * 0xD1B54A32D192ED03L);
    }

    /** The {@code counter}-th output of the sequential generator seeded with {@code key}. */
    public static long at(long key, long counter) {
        return mix(key + (counter + 1) * GAMMA);
    }

    /** Uniform double in [0, 1) from 64 random bits (the top 53). */
    public static double unit(long bits) {
        return (bits >>> 11) * 0x1.0p-53;
    }

    /** Uniform double in [-1, 1) for the {@code counter}-th draw of stream {@code key}. */
    public static double symmetric(long key, long counter) {
        return 2 * unit(at(key, counter)) - 1;
    }

    /** Uniform double in [0, 1) for the {@code counter}-th draw of stream {@code key}. */
    public static double uniform(long key, long counter) {
        return unit(at(key, counter));
    }

    /**
     * Standard normal value for the {@code counter}-th draw of stream {@code key} (Box-Muller on the
     * two 32-bit halves of one hash, so one draw costs one hash).
     */
    public static double gaussian(long key, long counter) {
        long bits = at(key, counter);
        // (0, 1]: never 0, so the logarithm stays finite
        double u1 = ((bits >>> 32) + 1) * 0x1.0p-32;
        double u2 = (bits & 0xFFFFFFFFL) * 0x1.0p-32;
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(TWO_PI * u2);
    }
}
