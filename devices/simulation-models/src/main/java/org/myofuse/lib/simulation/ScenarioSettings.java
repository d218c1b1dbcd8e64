package org.myofuse.lib.simulation;

/**
 * The settings of the shared treatment model ({@link TherapyScenario}). Every simulated device that
 * takes part in the scenario carries these four settings; devices configured with equal values model
 * the same strokes.
 *
 * @param seed         scenario seed: picks stroke-to-stroke variation, sides and segments
 * @param strokeRateHz strokes per second, 0.25 to 1
 * @param meanForceN   mean normal force over a stroke from contact to lift-off, N
 * @param peakForceN   typical peak normal force of a stroke, N; the mean must be 40-80 % of it
 */
public record ScenarioSettings(long seed, double strokeRateHz, double meanForceN, double peakForceN) {

    /** Lowest allowed stroke rate, Hz. */
    public static final double MIN_RATE_HZ = 0.25;
    /** Highest allowed stroke rate, Hz. */
    public static final double MAX_RATE_HZ = 1;
    /** Highest allowed peak force, N (the tool's range is 50 N). */
    public static final double MAX_PEAK_N = 40;

    /**
     * The treatment a simulator plays unless told otherwise: seed 42, 0.5 strokes per second, 6 N mean
     * and 9 N peak (the clinical figures of instrumented IASTM; also the defaults of the {@code sim-*}
     * devices' configuration).
     */
    public static ScenarioSettings typical() {
        return new ScenarioSettings(42, 0.5, 6, 9);
    }

    public ScenarioSettings {
        Check.range("strokeRateHz", strokeRateHz, "Hz", MIN_RATE_HZ, MAX_RATE_HZ);
        Check.range("peakForceN", peakForceN, "N", 1, MAX_PEAK_N);
        Check.range("meanForceN", meanForceN, "N", 0.1, MAX_PEAK_N);
        double ratio = meanForceN / peakForceN;
        if (ratio < TherapyScenario.MIN_MEAN_TO_PEAK || ratio > TherapyScenario.MAX_MEAN_TO_PEAK) {
            throw new IllegalArgumentException("meanForceN " + Check.format(meanForceN)
                    + " N: must be 40-80 % of peakForceN " + Check.format(peakForceN) + " N (" + Check.format(peakForceN * TherapyScenario.MIN_MEAN_TO_PEAK) + "-"
                    + Check.format(peakForceN * TherapyScenario.MAX_MEAN_TO_PEAK) + " N)");
        }
    }
}
