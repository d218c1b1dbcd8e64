package org.myofuse.reports.internal;

import java.util.Locale;

/**
 * A sequential colour scale for pressure, pale yellow (low) to deep wine red (high). It never reaches
 * white, so a zero-pressure cell stays distinguishable from "no data" and from the paper, and its
 * lightness falls steadily so it still reads when printed in grey.
 */
public final class ColourScale {

    private static final int[][] STOPS = {
        {0xff, 0xf4, 0xc2},
        {0xfb, 0xc4, 0x6a},
        {0xef, 0x83, 0x3c},
        {0xc6, 0x3a, 0x2e},
        {0x6a, 0x10, 0x3b},
    };

    private final double min;
    private final double max;

    public ColourScale(double min, double max) {
        this.min = min;
        this.max = max > min ? max : min + 1;
    }

    /** The colour for {@code v} as {@code #rrggbb}; values outside the range take the end colour. */
    public String colour(double v) {
        double f = Math.min(1, Math.max(0, (v - min) / (max - min))) * (STOPS.length - 1);
        int i = Math.min((int) Math.floor(f), STOPS.length - 2);
        double t = f - i;
        StringBuilder sb = new StringBuilder("#");
        for (int ch = 0; ch < 3; ch++) {
            long c = Math.round(STOPS[i][ch] + (STOPS[i + 1][ch] - STOPS[i][ch]) * t);
            sb.append(String.format(Locale.ROOT, "%02x", c));
        }
        return sb.toString();
    }
}
