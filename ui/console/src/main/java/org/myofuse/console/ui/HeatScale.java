package org.myofuse.console.ui;

import org.eclipse.swt.graphics.Color;

/**
 * The pressure heat map's colour scale: viridis (perceptually uniform, readable with colour-vision
 * deficiencies and in grey), from dark purple at no pressure to yellow at the top of the scale,
 * interpolated between eleven of its published control points.
 */
final class HeatScale {

    // viridis at 0, 0.1, ..., 1 (matplotlib's _viridis_data, rounded to 8 bits)
    private static final int[][] STOPS = {
        { 68, 1, 84 }, { 72, 40, 120 }, { 62, 74, 137 }, { 49, 104, 142 }, { 38, 130, 142 }, { 31, 158, 137 },
        { 53, 183, 121 }, { 110, 206, 88 }, { 181, 222, 43 }, { 253, 231, 37 }, { 253, 231, 37 } };

    private HeatScale() {
    }

    /** {@code levels} colours from low to high. */
    static Color[] colours(int levels) {
        Color[] colours = new Color[levels];
        for (int i = 0; i < levels; i++) {
            int[] rgb = rgb(i / (double) (levels - 1));
            colours[i] = new Color(rgb[0], rgb[1], rgb[2]);
        }
        return colours;
    }

    /** The colour at {@code t} (0 to 1) as red, green, blue. */
    static int[] rgb(double t) {
        double x = Math.max(0, Math.min(1, t)) * (STOPS.length - 2);
        int i = (int) Math.floor(x);
        double f = x - i;
        int[] a = STOPS[i];
        int[] b = STOPS[i + 1];
        return new int[] { mix(a[0], b[0], f), mix(a[1], b[1], f), mix(a[2], b[2], f) };
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
