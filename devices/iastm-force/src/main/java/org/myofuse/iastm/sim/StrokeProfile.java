package org.myofuse.iastm.sim;

/**
 * The simulated therapist: strokes at 0.5 Hz, each a half-sine of normal force (Fz) peaking near 9 N
 * over a 6 N mean while in contact, with a drag force along the stroke (Fx, about a third of Fz, sign
 * following the stroke direction), a small sideways force (Fy) and hashed sensor noise; the tool tilts
 * 30 +/- 10 degrees about its y axis. A pure function of the seed and the frame number.
 */
public final class StrokeProfile {

    /** Frames per second. */
    static final double RATE = 1000;

    private StrokeProfile() {
    }

    /** Force on {@code axis} (0 x, 1 y, 2 z) in newtons at frame {@code k}, before quantisation. */
    public static double newtons(long seed, long k, int axis) {
        double t = k / RATE;
        double phase = (t * 0.5) % 1.0;
        double direction = ((long) (t * 0.5) & 1) == 0 ? 1 : -1;
        double contact = phase < 0.8 ? Math.sin(Math.PI * phase / 0.8) : 0;
        double fz = contact > 0 ? 3 + 6 * contact : 0;
        double noise = (hash(seed, k, axis) - 0.5) * 0.05;
        return switch (axis) {
            case 0 -> direction * 0.33 * fz + noise;
            case 1 -> 0.4 * Math.sin(2 * Math.PI * 1.3 * t) * contact + noise;
            default -> fz + noise;
        };
    }

    /** Tool tilt about y in radians at frame {@code k}. */
    public static double tilt(long k) {
        return Math.toRadians(30 + 10 * Math.sin(2 * Math.PI * 0.25 * k / RATE));
    }

    /** Uniform 0..1 from the seed, frame and axis. */
    private static double hash(long seed, long k, int axis) {
        long z = seed * 0x9E3779B97F4A7C15L + k * 31 + axis;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }
}
