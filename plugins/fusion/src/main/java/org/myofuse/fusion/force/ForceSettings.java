package org.myofuse.fusion.force;

/**
 * Parameters of the force processing; every one is reported with the results.
 *
 * @param tareSeconds      rest window at the start of the stream that sets the zero, s
 * @param smoothingHz      low-pass corner applied to every axis before analysis (2nd-order Butterworth), Hz
 * @param strokeStartN     normal force that makes a contact a stroke, N
 * @param strokeEndN       contact threshold ending a stroke, N
 * @param minStrokeMs      shortest stroke, ms
 * @param contactAreaMm2   contact area of the tool edge on the skin, mm^2 (for contact pressure)
 * @param targetLowN       lower edge of the therapist's target force band, N
 * @param targetHighN      upper edge of the target band, N
 * @param targetDwellMs    time the force must stay in (or out of) the band before entering (leaving) counts, ms
 * @param overpressureN    normal force above which an overpressure event is raised, N
 * @param restBandN        between strokes, a normal force within this band of zero counts as rest, N
 * @param zeroTrackingS    time constant with which the zero follows the force at rest (sensor drift), s; 0 = off
 */
public record ForceSettings(double tareSeconds, double smoothingHz, double strokeStartN, double strokeEndN,
        double minStrokeMs, double contactAreaMm2, double targetLowN, double targetHighN, double targetDwellMs,
        double overpressureN, double restBandN, double zeroTrackingS) {

    public ForceSettings {
        positive("tareSeconds", tareSeconds, "s");
        positive("smoothingHz", smoothingHz, "Hz");
        positive("contactAreaMm2", contactAreaMm2, "mm^2");
        positive("overpressureN", overpressureN, "N");
        positive("restBandN", restBandN, "N");
        if (zeroTrackingS < 0) {
            throw new IllegalArgumentException("zeroTrackingS must not be negative, was " + zeroTrackingS + " s");
        }
        if (!(targetHighN > targetLowN) || targetLowN < 0) {
            throw new IllegalArgumentException("target band " + targetLowN + "-" + targetHighN
                    + " N: the upper edge must exceed the lower, which must not be negative");
        }
    }

    /**
     * Defaults: 1 s tare, 30 Hz smoothing, strokes above 1 N ending at 0.05 N, 100 ms minimum, 40 mm^2
     * edge, 4-8 N target with 50 ms dwell, overpressure above 20 N, zero tracked at rest within 0.5 N (2 s).
     */
    public static ForceSettings defaults() {
        return new ForceSettings(1, 30, 1, 0.05, 100, 40, 4, 8, 50, 20, 0.5, 2);
    }

    private static void positive(String name, double v, String unit) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be positive, was " + v + " " + unit);
        }
    }
}
