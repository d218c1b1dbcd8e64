package org.myofuse.fusion.mat;

/**
 * Posturographic sway over a sliding window of centre-of-pressure positions: path length, mean
 * velocity and the area of the 95 % prediction ellipse. O(1) per sample: a ring of points with running
 * sums of the coordinates, their squares and product, and of the segment lengths; the sums are
 * recomputed exactly each time the ring wraps so rounding never accumulates. Coordinates are taken
 * relative to the first point to keep the sums of squares well conditioned.
 *
 * <p>The prediction ellipse follows Schubert and Kirchner (2014): the region expected to contain 95 %
 * of further points, {@code area = pi * 2 (n+1)(n-1) / (n (n-2)) * F(0.95; 2, n-2) * sqrt(det S)} with
 * {@code S} the sample covariance; F of two numerator degrees of freedom has the closed form
 * {@code (d/2)(alpha^(-2/d) - 1)}. For large n this tends to {@code pi * 5.991 * sqrt(det S)}.
 */
public final class SwayWindow {

    private final int capacity;
    private final double dt;
    private final double[] xs;
    private final double[] ys;
    private final double[] segments;
    private int next;
    private int count;
    private boolean origin;
    private double x0;
    private double y0;
    private double sx;
    private double sy;
    private double sxx;
    private double syy;
    private double sxy;
    private double path;

    public SwayWindow(double windowSeconds, double sampleRateHz) {
        this.capacity = Math.max(3, (int) Math.round(windowSeconds * sampleRateHz));
        this.dt = 1 / sampleRateHz;
        this.xs = new double[capacity];
        this.ys = new double[capacity];
        this.segments = new double[capacity];
    }

    /** Adds a position, mm. A NaN (no load on the mat) restarts the window: sway across a gap is unknown. */
    public void add(double xMm, double yMm) {
        if (Double.isNaN(xMm) || Double.isNaN(yMm)) {
            clear();
            return;
        }
        if (!origin) {
            origin = true;
            x0 = xMm;
            y0 = yMm;
        }
        double x = xMm - x0;
        double y = yMm - y0;
        double segment = 0;
        if (count > 0) {
            int previous = (next - 1 + capacity) % capacity;
            segment = Math.hypot(x - xs[previous], y - ys[previous]);
        }
        if (count == capacity) {
            sx -= xs[next];
            sy -= ys[next];
            sxx -= xs[next] * xs[next];
            syy -= ys[next] * ys[next];
            sxy -= xs[next] * ys[next];
            // the oldest point leaves, and with it the segment that led to the point after it
            path -= segments[(next + 1) % capacity];
        } else {
            count++;
        }
        xs[next] = x;
        ys[next] = y;
        segments[next] = segment;
        sx += x;
        sy += y;
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
        path += segment;
        if (++next == capacity) {
            next = 0;
            resum();
        }
    }

    public void clear() {
        count = 0;
        next = 0;
        origin = false;
        sx = sy = sxx = syy = sxy = path = 0;
    }

    /** Points in the window. */
    public int count() {
        return count;
    }

    /** Length of the path through the points in the window, mm. */
    public double pathLengthMm() {
        return path;
    }

    /** Mean sway velocity: path length over the time the window spans, mm/s; NaN with fewer than two points. */
    public double meanVelocityMmS() {
        return count < 2 ? Double.NaN : path / ((count - 1) * dt);
    }

    /** Area of the 95 % prediction ellipse, mm^2; NaN with fewer than four points. */
    public double ellipseAreaMm2() {
        int n = count;
        if (n < 4) {
            return Double.NaN;
        }
        double mx = sx / n;
        double my = sy / n;
        double vx = (sxx - n * mx * mx) / (n - 1);
        double vy = (syy - n * my * my) / (n - 1);
        double cxy = (sxy - n * mx * my) / (n - 1);
        double det = Math.max(0, vx * vy - cxy * cxy);
        return predictionScale(n) * Math.sqrt(det);
    }

    /**
     * The 95 % prediction ellipse's area over {@code sqrt(det S)} for {@code n >= 4} points:
     * {@code pi * 2 (n+1)(n-1) / (n (n-2)) * F(0.95; 2, n-2)}.
     */
    public static double predictionScale(long n) {
        long d = n - 2;
        double f = d / 2.0 * (Math.pow(0.05, -2.0 / d) - 1);
        return Math.PI * 2.0 * (n + 1) * (n - 1) / ((double) n * d) * f;
    }

    private void resum() {
        sx = sy = sxx = syy = sxy = path = 0;
        for (int i = 0; i < count; i++) {
            sx += xs[i];
            sy += ys[i];
            sxx += xs[i] * xs[i];
            syy += ys[i] * ys[i];
            sxy += xs[i] * ys[i];
        }
        // with a full ring and next == 0, segments[0] leads to the oldest point, from a point already gone
        for (int i = 1; i < count; i++) {
            path += segments[i];
        }
        if (count < capacity) {
            path += segments[0];
        }
    }
}
