package org.myofuse.lib.simulation;

/**
 * The normal-force profile of one IASTM stroke over its contact time, peak 1: a smooth rise to the
 * peak over the first fifth, an easing down to a plateau level over the middle three fifths and a
 * smooth fall to zero over the last fifth. The plateau level is chosen so that the profile's mean is
 * the requested share of its peak. Shared by the fixed {@link TherapyScenario} and the scripted
 * therapist, so both stroke alike.
 *
 * <p>Immutable and thread-safe; {@link #at} allocates nothing.
 */
public final class StrokeProfile {

    private static final double RISE = 0.2;
    private static final double FALL = 0.2;
    private static final double PLATEAU = 1 - RISE - FALL;

    private final double meanToPeak;
    private final double plateauLevel;

    /**
     * @param meanToPeak mean over the contact as a share of the peak, {@link TherapyScenario#MIN_MEAN_TO_PEAK}
     *                   to {@link TherapyScenario#MAX_MEAN_TO_PEAK}
     * @throws IllegalArgumentException outside that range
     */
    public StrokeProfile(double meanToPeak) {
        Check.range("mean-to-peak ratio", meanToPeak, "", TherapyScenario.MIN_MEAN_TO_PEAK,
                TherapyScenario.MAX_MEAN_TO_PEAK);
        this.meanToPeak = meanToPeak;
        // mean of the profile = RISE/2 + PLATEAU*(1+b)/2 + FALL*b/2; solved for the plateau end level b
        this.plateauLevel = (meanToPeak - RISE / 2 - PLATEAU / 2) / (PLATEAU / 2 + FALL / 2);
    }

    /** The mean over the contact as a share of the peak. */
    public double meanToPeak() {
        return meanToPeak;
    }

    /** The profile at {@code u}, 0 at contact to 1 at lift-off; 0 outside. */
    public double at(double u) {
        if (u <= 0 || u >= 1) {
            return 0;
        }
        if (u < RISE) {
            return Shapes.smoothStep(u / RISE);
        }
        if (u < RISE + PLATEAU) {
            return 1 - (1 - plateauLevel) * Shapes.smoothStep((u - RISE) / PLATEAU);
        }
        return plateauLevel * (1 - Shapes.smoothStep((u - RISE - PLATEAU) / FALL));
    }
}
