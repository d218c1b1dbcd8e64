package org.myofuse.reports.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DecimatorTest {

    private static final Plot PLOT = new Plot(Plot.PAGE_WIDTH, 200, 10, Axis.of("t", 0, 1000), Axis.of("v", 0, 100), 4);

    private static double[] time(int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * 1000.0 / (n - 1);
        }
        return t;
    }

    @Test
    void keepsAtMostTwoPointsPerPixelColumn() {
        int n = 360_000;
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (50 + 40 * Math.sin(i * 0.01));
        }
        List<double[]> segments = Decimator.segments(PLOT, time(n), v);
        assertEquals(1, segments.size());
        int columns = (int) Math.ceil(PLOT.right() - PLOT.left()) + 1;
        assertTrue(segments.get(0).length / 2 <= 2 * columns, "points: " + segments.get(0).length / 2);
    }

    @Test
    void aOneSampleSpikeSurvivesDecimation() {
        int n = 100_000;
        float[] v = new float[n];
        v[54_321] = 100;
        double[] xy = Decimator.segments(PLOT, time(n), v).get(0);
        double top = PLOT.y(100);
        boolean found = false;
        for (int i = 1; i < xy.length; i += 2) {
            found |= Math.abs(xy[i] - top) < 1e-9;
        }
        assertTrue(found);
    }

    @Test
    void shortSeriesKeepEveryPointAtItsOwnPosition() {
        double[] t = {0, 500, 1000};
        float[] v = {10, 20, 30};
        double[] xy = Decimator.segments(PLOT, t, v).get(0);
        assertEquals(6, xy.length);
        assertEquals(PLOT.x(500), xy[2], 1e-9);
        assertEquals(PLOT.y(20), xy[3], 1e-9);
    }

    @Test
    void nanEndsTheSegmentAndAnAllNanSeriesDrawsNothing() {
        double[] t = {0, 100, 200, 300, 400, 500};
        float[] v = {1, 2, Float.NaN, Float.NaN, 5, 6};
        List<double[]> segments = Decimator.segments(PLOT, t, v);
        assertEquals(2, segments.size());
        assertEquals(4, segments.get(0).length);
        assertTrue(Decimator.segments(PLOT, new double[] {0, 1}, new float[] {Float.NaN, Float.NaN}).isEmpty());
    }

    @Test
    void sparseNansInALongSeriesStillGiveBoundedPoints() {
        int n = 200_000;
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = i % 7 == 0 ? Float.NaN : i % 100;
        }
        int points = Decimator.segments(PLOT, time(n), v).stream().mapToInt(s -> s.length / 2).sum();
        assertTrue(points <= 2 * 700, "points: " + points);
    }
}
