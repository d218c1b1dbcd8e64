package org.myofuse.fusion.response;

/**
 * Parameters of the tissue-response analysis on the fused frames; every one is reported with the results.
 *
 * @param frameRateHz         rate of the fused frames the analysis runs on, Hz
 * @param strokeStartN        normal force that makes a contact a stroke, N (as the force processing)
 * @param contactN            contact threshold: a stroke runs while the force is above it, N
 * @param minStrokeMs         shortest stroke, ms
 * @param baselineMs          pre-stroke window whose mean EMG envelope and centre of pressure are the baseline, ms
 * @param guardingWindowMs    a guarding rise must begin within this time after force onset, ms
 * @param guardingSustainMs   the rise must stay above its threshold this long, ms
 * @param withdrawalMm        centre-of-pressure shift from its pre-stroke position that counts as withdrawal, mm
 * @param withdrawalSustainMs the shift must last this long, ms
 * @param tailMs              responses are still attributed to a stroke this long after lift-off (they lag the force), ms
 */
public record ResponseSettings(double frameRateHz, double strokeStartN, double contactN, double minStrokeMs,
        double baselineMs, double guardingWindowMs, double guardingSustainMs, double withdrawalMm,
        double withdrawalSustainMs, double tailMs) {

    public ResponseSettings {
        positive("frameRateHz", frameRateHz, "Hz");
        positive("baselineMs", baselineMs, "ms");
        positive("guardingWindowMs", guardingWindowMs, "ms");
        positive("withdrawalMm", withdrawalMm, "mm");
        nonNegative("guardingSustainMs", guardingSustainMs, "ms");
        nonNegative("withdrawalSustainMs", withdrawalSustainMs, "ms");
        nonNegative("tailMs", tailMs, "ms");
        nonNegative("minStrokeMs", minStrokeMs, "ms");
        if (!(strokeStartN > contactN) || contactN < 0) {
            throw new IllegalArgumentException("stroke start threshold " + strokeStartN
                    + " N must exceed the contact threshold " + contactN + " N, which must not be negative");
        }
    }

    /** Frames spanning {@code ms}, at least one. */
    int frames(double ms) {
        return (int) Math.max(1, Math.round(ms * frameRateHz / 1000));
    }

    private static void positive(String name, double v, String unit) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be positive, was " + v + " " + unit);
        }
    }

    private static void nonNegative(String name, double v, String unit) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must not be negative, was " + v + " " + unit);
        }
    }
}
