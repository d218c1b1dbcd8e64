package org.myofuse.example.inclinometer;

/**
 * The simulated movement: a slow forward bend and return ({@code 0 .. flexionRangeDeg}, raised
 * cosine) with a lateral sway ({@code +-lateralBendRangeDeg}) at a slower, unrelated period, plus
 * Gaussian sensor noise.
 *
 * <p>Each sample is a pure function of the settings and the sample index: the noise comes from a
 * hash of (seed, index, axis) rather than from a sequential random generator, so the same index
 * always gives the same value, however the blocks were cut. That makes the device repeatable in
 * tests and recordings.
 */
public final class InclinometerMotion {

    /** Samples per second. */
    public static final int SAMPLE_RATE_HZ = 50;
    /** Index of the flexion angle in a frame. */
    public static final int FLEXION = 0;
    /** Index of the lateral bend angle in a frame. */
    public static final int LATERAL_BEND = 1;
    /** Lateral sway is slower than the bend by this factor, so the two never line up exactly. */
    static final double LATERAL_PERIOD_FACTOR = 1.7;

    private final InclinometerSettings settings;

    public InclinometerMotion(InclinometerSettings settings) {
        this.settings = settings;
    }

    /**
     * Writes {@code frames} frames of {@code [flexion, lateralBend]} in degrees for sample indices
     * {@code firstIndex ..}, into {@code out} from index 0.
     */
    public void fill(float[] out, long firstIndex, int frames) {
        for (int f = 0; f < frames; f++) {
            long index = firstIndex + f;
            double t = (double) index / SAMPLE_RATE_HZ;
            double bend = 2 * Math.PI * t / settings.movementPeriodS();
            double flexion = settings.flexionRangeDeg() * 0.5 * (1 - Math.cos(bend));
            double lateral = settings.lateralBendRangeDeg() * Math.sin(bend / LATERAL_PERIOD_FACTOR);
            out[2 * f + FLEXION] = (float) (flexion + settings.noiseDeg() * gaussian(index, FLEXION));
            out[2 * f + LATERAL_BEND] = (float) (lateral + settings.noiseDeg() * gaussian(index, LATERAL_BEND));
        }
    }

    /** A standard normal value determined by (seed, index, axis): Box-Muller on one 64-bit hash. */
    private double gaussian(long index, int axis) {
        long bits = mix(settings.seed() * 0x9E3779B97F4A7C15L + index * 2 + axis);
        double u1 = ((bits >>> 32) + 1) * 0x1.0p-32;
        double u2 = (bits & 0xFFFFFFFFL) * 0x1.0p-32;
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** A 64-bit finaliser (the SplitMix64 one): every input bit affects every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
