package org.myofuse.protocols.run;

import java.util.Locale;

/**
 * Centre-of-pressure sway over a stretch of frames: path length, mean speed and the area of the 95 %
 * confidence ellipse (pi x 5.991 x sqrt(det covariance), the chi-square quantile of two degrees of
 * freedom). Frames without a centre of pressure are left out (and break the path). Allocation-free.
 */
final class Sway {

    private static final double CHI2_95_2DF = 5.991;

    private long n;
    private double sx;
    private double sy;
    private double sxx;
    private double syy;
    private double sxy;
    private double path;
    private double lastX = Double.NaN;
    private double lastY = Double.NaN;
    private long first = Long.MIN_VALUE;
    private long last;

    void add(long t, double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            lastX = Double.NaN;
            return;
        }
        if (!Double.isNaN(lastX)) {
            path += Math.hypot(x - lastX, y - lastY);
        }
        lastX = x;
        lastY = y;
        if (first == Long.MIN_VALUE) {
            first = t;
        }
        last = t;
        n++;
        sx += x;
        sy += y;
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
    }

    long frames() {
        return n;
    }

    double pathMm() {
        return path;
    }

    double meanSpeed() {
        double s = (last - first) / 1e9;
        return n < 2 || s <= 0 ? Double.NaN : path / s;
    }

    double ellipseMm2() {
        if (n < 3) {
            return Double.NaN;
        }
        double mx = sx / n;
        double my = sy / n;
        double vx = sxx / n - mx * mx;
        double vy = syy / n - my * my;
        double cxy = sxy / n - mx * my;
        double det = Math.max(0, vx * vy - cxy * cxy);
        return Math.PI * CHI2_95_2DF * Math.sqrt(det);
    }

    /** One line for the record. */
    String describe() {
        if (n < 2) {
            return "no centre of pressure";
        }
        return String.format(Locale.ROOT, "sway path %.0f mm, mean speed %.1f mm/s, 95%% ellipse %.0f mm2 over %.1f s",
                pathMm(), meanSpeed(), ellipseMm2(), (last - first) / 1e9);
    }
}
