package org.myofuse.formats.openbci;

import org.myofuse.api.device.ChannelDescriptor;

/** What the text of one imported column shows: its value range and how many decimals it was written with. */
final class ColumnStats {

    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private int decimals;

    void add(String text, float value) {
        min = Math.min(min, value);
        max = Math.max(max, value);
        int dot = text.indexOf('.');
        if (dot >= 0) {
            int e = Math.max(text.indexOf('e'), text.indexOf('E'));
            decimals = Math.max(decimals, (e > dot ? e : text.length()) - dot - 1);
        }
    }

    /**
     * A channel whose range is the nominal range when known, widened to hold every value seen (an
     * export must never clip an imported value), and whose resolution is the file's last decimal.
     */
    ChannelDescriptor channel(String name, String unit, double rate, String site, double nominalMin, double nominalMax) {
        double lo = Math.min(nominalMin, min);
        double hi = Math.max(nominalMax, max);
        if (!(hi > lo)) {
            double centre = Double.isFinite(lo) ? lo : 0;
            lo = centre - 1;
            hi = centre + 1;
        }
        return new ChannelDescriptor(name, unit, rate, site, lo, hi, Math.pow(10, -Math.min(decimals, 9)));
    }
}
