package org.myofuse.fusion.mat;

/**
 * Sway over a whole session, as {@link SwayWindow} measures it over a sliding window: path length,
 * mean velocity, and the 95 % prediction ellipse with its centre, axes and orientation. Mean and
 * co-moments are updated with Welford's method, which stays exact over hours of points where raw
 * sums of squares would lose the variance to rounding. A missing position (NaN: no load, or a gap)
 * breaks the path; the points on either side still count for the ellipse.
 *
 * <p>O(1) and allocation-free per position. Not thread-safe.
 */
public final class SessionSway {

    private final double dt;
    private long n;
    private double mx;
    private double my;
    private double cxx;
    private double cyy;
    private double cxy;
    private double path;
    private long segments;
    private boolean previous;
    private double px;
    private double py;

    public SessionSway(double sampleRateHz) {
        this.dt = 1 / sampleRateHz;
    }

    /** Adds a position, mm; NaN breaks the path. */
    public void add(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            previous = false;
            return;
        }
        if (previous) {
            path += Math.hypot(x - px, y - py);
            segments++;
        }
        previous = true;
        px = x;
        py = y;
        n++;
        double dx = x - mx;
        double dy = y - my;
        mx += dx / n;
        my += dy / n;
        cxx += dx * (x - mx);
        cyy += dy * (y - my);
        cxy += dx * (y - my);
    }

    /** Positions added. */
    public long count() {
        return n;
    }

    public double meanXmm() {
        return n == 0 ? Double.NaN : mx;
    }

    public double meanYmm() {
        return n == 0 ? Double.NaN : my;
    }

    /** Path length through consecutive positions, mm. */
    public double pathLengthMm() {
        return path;
    }

    /** Path length over the time its segments span, mm/s; NaN without a segment. */
    public double meanVelocityMmS() {
        return segments == 0 ? Double.NaN : path / (segments * dt);
    }

    /** Area of the 95 % prediction ellipse, mm^2; NaN under four positions. */
    public double ellipseAreaMm2() {
        if (n < 4) {
            return Double.NaN;
        }
        return SwayWindow.predictionScale(n) * Math.sqrt(Math.max(0, varX() * varY() - covXY() * covXY()));
    }

    /** Semi-axes {major, minor} in mm and the major axis' angle in degrees from +x; NaNs under four positions. */
    public double[] ellipseAxes() {
        if (n < 4) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double vx = varX();
        double vy = varY();
        double c = covXY();
        double mean = (vx + vy) / 2;
        double spread = Math.hypot((vx - vy) / 2, c);
        double major = mean + spread;
        double minor = Math.max(0, mean - spread);
        // area = pi * a * b with a = sqrt(k major), b = sqrt(k minor): k follows from the area's scale
        double k = SwayWindow.predictionScale(n) / Math.PI;
        double angle = Math.toDegrees(0.5 * Math.atan2(2 * c, vx - vy));
        return new double[] {Math.sqrt(k * major), Math.sqrt(k * minor), angle <= -90 ? angle + 180 : angle};
    }

    private double varX() {
        return cxx / (n - 1);
    }

    private double varY() {
        return cyy / (n - 1);
    }

    private double covXY() {
        return cxy / (n - 1);
    }
}
