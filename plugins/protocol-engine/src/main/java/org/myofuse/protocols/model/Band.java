package org.myofuse.protocols.model;

import java.util.Objects;

/**
 * A band to stay in, edges included: {@code min <= x <= max}. Either edge may be open (a condition or
 * criterion giving only {@code max} or only {@code min}); an open edge is NaN.
 *
 * @param min    lower edge, in {@code unit}; NaN when open
 * @param max    upper edge, in {@code unit}; NaN when open
 * @param unit   {@code N}, {@code /min}, {@code %MVC}, {@code mm}, {@code mm/s}
 * @param source where the band comes from (see {@link Quantity#source()})
 */
public record Band(double min, double max, String unit, String source) {

    public Band {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
    }

    /** True when {@code x} lies in the band; never for NaN. */
    public boolean contains(double x) {
        return !Double.isNaN(x) && (Double.isNaN(min) || x >= min) && (Double.isNaN(max) || x <= max);
    }

    /** True when {@code x} is below the lower edge (never for NaN or an open lower edge). */
    public boolean below(double x) {
        return !Double.isNaN(min) && x < min;
    }

    /** True when {@code x} is above the upper edge (never for NaN or an open upper edge). */
    public boolean above(double x) {
        return !Double.isNaN(max) && x > max;
    }
}
