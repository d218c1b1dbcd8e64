package org.myofuse.fusion.mat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Sway measures against centre-of-pressure paths whose geometry is known exactly. */
class SwayWindowTest {

    private static final double ELLIPSE_TOLERANCE = 0.02;

    @Test
    void shouldGiveTheEllipseAreaOfAPathWithKnownCovarianceWithin2Percent() {
        // x = a cos(wt), y = b sin(wt + phi) over whole periods: var x = a^2/2, var y = b^2/2, cov = a b sin(phi)/2
        double a = 12;
        double b = 5;
        double phi = 0.6;
        double rate = 100;
        SwayWindow sway = new SwayWindow(30, rate);
        int n = 3000;
        for (int i = 0; i < 2 * n; i++) {
            double t = i / rate;
            double w = 2 * Math.PI * 0.2;
            sway.add(40 + a * Math.cos(w * t), -20 + b * Math.sin(w * t + phi));
        }
        double vx = a * a / 2;
        double vy = b * b / 2;
        double cov = a * b * Math.sin(phi) / 2;
        double det = vx * vy - cov * cov;
        // the sample covariance divides by n-1 rather than n
        det *= (n / (n - 1.0)) * (n / (n - 1.0));
        double f = (n - 2) / 2.0 * (Math.pow(0.05, -2.0 / (n - 2)) - 1);
        double expected = Math.PI * 2.0 * (n + 1) * (n - 1) / ((double) n * (n - 2)) * f * Math.sqrt(det);
        double error = Math.abs(sway.ellipseAreaMm2() - expected) / expected;
        System.out.printf(java.util.Locale.ROOT, "ellipse area %.3f mm2 vs %.3f mm2 (%.4f %%); large-n limit %.3f%n",
                sway.ellipseAreaMm2(), expected, 100 * error, Math.PI * 5.991 * Math.sqrt(vx * vy - cov * cov));
        assertTrue(error < ELLIPSE_TOLERANCE, "ellipse area error " + error);
        assertEquals(Math.PI * 5.991 * Math.sqrt(vx * vy - cov * cov), sway.ellipseAreaMm2(), 0.01 * sway.ellipseAreaMm2());
    }

    @Test
    void shouldMeasurePathLengthAndVelocityOverTheWindowOnly() {
        SwayWindow sway = new SwayWindow(1, 10);
        for (int i = 0; i < 10; i++) {
            sway.add(i * 100, 0);
        }
        for (int i = 0; i < 25; i++) {
            sway.add(1000 + i * 2, 0);
        }
        // ten points, nine segments of 2 mm, over 0.9 s
        assertEquals(18, sway.pathLengthMm(), 1e-9);
        assertEquals(20, sway.meanVelocityMmS(), 1e-9);
    }

    @Test
    void shouldRestartAfterAMissingPosition() {
        SwayWindow sway = new SwayWindow(10, 10);
        sway.add(0, 0);
        sway.add(5, 0);
        sway.add(Double.NaN, Double.NaN);
        sway.add(100, 100);
        assertEquals(1, sway.count());
        assertEquals(0, sway.pathLengthMm());
    }
}
