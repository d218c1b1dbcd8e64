package org.myofuse.fusion.response;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The session's dose-response relation: a least-squares line of the EMG response against a force dose
 * over the strokes, and Pearson's correlation. Strokes with a NaN dose or response are left out.
 *
 * @param dose        "impulse" or "peak normal force"
 * @param doseUnit    N s or N
 * @param strokes     strokes in the fit
 * @param slope       response per unit of dose (e.g. %MVC per N s); NaN with fewer than two strokes or no spread in dose
 * @param intercept   response at zero dose
 * @param correlation Pearson's r, -1..1; NaN when either variable has no spread
 */
public record DoseResponse(String dose, String doseUnit, int strokes, double slope, double intercept,
        double correlation) {

    /** Response (peak rise) against impulse. */
    public static DoseResponse ofImpulse(List<StrokeResponse> strokes) {
        return fit("impulse", "N s", strokes, StrokeResponse::impulseNs);
    }

    /** Response (peak rise) against peak normal force. */
    public static DoseResponse ofPeakForce(List<StrokeResponse> strokes) {
        return fit("peak normal force", "N", strokes, StrokeResponse::peakNormalN);
    }

    static DoseResponse fit(String dose, String unit, List<StrokeResponse> strokes, ToDoubleFunction<StrokeResponse> x) {
        int n = 0;
        double mx = 0;
        double my = 0;
        for (StrokeResponse s : strokes) {
            if (usable(x.applyAsDouble(s), s.peakRise())) {
                n++;
                mx += x.applyAsDouble(s);
                my += s.peakRise();
            }
        }
        if (n < 2) {
            return new DoseResponse(dose, unit, n, Double.NaN, Double.NaN, Double.NaN);
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (StrokeResponse s : strokes) {
            double xi = x.applyAsDouble(s);
            if (usable(xi, s.peakRise())) {
                double dx = xi - mx;
                double dy = s.peakRise() - my;
                sxx += dx * dx;
                syy += dy * dy;
                sxy += dx * dy;
            }
        }
        double slope = sxx > 0 ? sxy / sxx : Double.NaN;
        double r = sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : Double.NaN;
        return new DoseResponse(dose, unit, n, slope, my - slope * mx, r);
    }

    private static boolean usable(double x, double y) {
        return !Double.isNaN(x) && !Double.isNaN(y);
    }
}
