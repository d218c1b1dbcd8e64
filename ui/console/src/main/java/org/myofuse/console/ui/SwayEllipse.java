package org.myofuse.console.ui;

/**
 * The 95 % prediction ellipse of the centre of pressure over a window: from the covariance of its
 * x and y, the principal axes scaled by the chi-square quantile of two degrees of freedom (5.991), as
 * posturography reports sway area. Preallocated; {@link #fit} then read the fields. UI thread.
 */
final class SwayEllipse {

    /** chi-square, 2 degrees of freedom, 95 %. */
    static final double CHI2_95 = 5.991;

    double centreX;
    double centreY;
    /** Semi-axes, mm. */
    double major;
    double minor;
    /** Angle of the major axis from the x axis, radians. */
    double angle;
    int points;

    /** Accumulates then fits; {@code n} points of {@code xs}/{@code ys}, NaNs skipped. */
    void fit(double sumX, double sumY, double sumXX, double sumYY, double sumXY, int n) {
        points = n;
        if (n < 3) {
            major = Double.NaN;
            minor = Double.NaN;
            return;
        }
        centreX = sumX / n;
        centreY = sumY / n;
        double vx = sumXX / n - centreX * centreX;
        double vy = sumYY / n - centreY * centreY;
        double cxy = sumXY / n - centreX * centreY;
        double trace = vx + vy;
        double det = vx * vy - cxy * cxy;
        double disc = Math.sqrt(Math.max(0, trace * trace / 4 - det));
        double l1 = trace / 2 + disc;
        double l2 = Math.max(0, trace / 2 - disc);
        major = Math.sqrt(CHI2_95 * l1);
        minor = Math.sqrt(CHI2_95 * l2);
        angle = 0.5 * Math.atan2(2 * cxy, vx - vy);
    }

    /** Area, mm². */
    double area() {
        return Math.PI * major * minor;
    }
}
