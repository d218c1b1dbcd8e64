package org.myofuse.example.forcegauge.sim;

/**
 * The force the simulated gauge measures: IASTM strokes pressed through the gauge, half-sine pushes of
 * {@value #PEAK_N} N lasting 60 % of each {@value #STROKE_HZ} Hz cycle, and at rest a small offset and
 * noise around zero, so readings of both signs occur. A pure function of the seed and the time, so a
 * reading depends only on when it is asked for.
 */
public final class GaugeSignal {

    /** Peak of a stroke, in newtons (clinicians apply about 6 N mean, 9 N peak). */
    public static final double PEAK_N = 11.0;
    /** Strokes per second. */
    public static final double STROKE_HZ = 0.5;
    /** Part of a cycle the tool presses. */
    static final double PRESS_FRACTION = 0.6;
    /** Noise amplitude, newtons (uniform, +-). */
    static final double NOISE_N = 0.05;
    /** The unloaded gauge's offset, newtons. */
    static final double REST_OFFSET_N = -0.02;

    private GaugeSignal() {
    }

    /** The force at {@code seconds} since the gauge was switched on, in newtons (+ compression). */
    public static double newtons(long seed, double seconds) {
        double phase = seconds * STROKE_HZ - Math.floor(seconds * STROKE_HZ);
        double push = phase < PRESS_FRACTION ? PEAK_N * Math.sin(Math.PI * phase / PRESS_FRACTION) : 0;
        long millis = (long) Math.floor(seconds * 1000);
        double noise = NOISE_N * (2 * unit(seed, millis) - 1);
        return push + REST_OFFSET_N + noise;
    }

    /** A uniform value in [0, 1) determined by (seed, millis): a SplitMix64 finaliser on one 64-bit word. */
    private static double unit(long seed, long millis) {
        long z = seed * 0x9E3779B97F4A7C15L + millis;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }
}
