package org.myofuse.reports.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a long time series into the few points a chart can show: per pixel column only the column's
 * minimum and maximum are kept (in their original order), so peaks survive while a one-hour recording
 * at 100 Hz becomes at most two points per column. A {@code NaN} value ends the line: the result is a
 * list of segments, each an {@code x0,y0,x1,y1,...} array in pixel coordinates.
 */
public final class Decimator {

    private final Plot plot;
    private final List<double[]> segments = new ArrayList<>();
    private double[] current = new double[64];
    private int size;
    private long column = Long.MIN_VALUE;
    private int minIndex = -1;
    private int maxIndex = -1;
    private boolean gapInColumn;

    private Decimator(Plot plot) {
        this.plot = plot;
    }

    /** The drawable segments of {@code values} over {@code time} on {@code plot}'s scales. */
    public static List<double[]> segments(Plot plot, double[] time, float[] values) {
        Decimator d = new Decimator(plot);
        for (int i = 0; i < values.length; i++) {
            d.add(time, values, i);
        }
        d.flushColumn(time, values);
        d.endSegment();
        return d.segments;
    }

    private void add(double[] time, float[] values, int i) {
        long c = (long) Math.floor(plot.x(time[i]));
        if (c != column) {
            flushColumn(time, values);
            column = c;
        }
        float v = values[i];
        if (Float.isNaN(v) || Float.isInfinite(v)) {
            // A gap before any point of this column breaks the line now; one after them, at the column's end.
            if (minIndex < 0) {
                endSegment();
            } else {
                gapInColumn = true;
            }
            return;
        }
        if (minIndex < 0 || v < values[minIndex]) {
            minIndex = i;
        }
        if (maxIndex < 0 || v > values[maxIndex]) {
            maxIndex = i;
        }
    }

    private void flushColumn(double[] time, float[] values) {
        if (minIndex >= 0) {
            int first = Math.min(minIndex, maxIndex);
            int last = Math.max(minIndex, maxIndex);
            point(time[first], values[first]);
            if (last != first) {
                point(time[last], values[last]);
            }
        }
        if (gapInColumn) {
            endSegment();
        }
        minIndex = -1;
        maxIndex = -1;
        gapInColumn = false;
    }

    private void point(double t, double v) {
        if (size + 2 > current.length) {
            current = Arrays.copyOf(current, current.length * 2);
        }
        current[size++] = plot.x(t);
        current[size++] = plot.y(v);
    }

    private void endSegment() {
        if (size > 0) {
            segments.add(Arrays.copyOf(current, size));
            size = 0;
        }
    }
}
