package org.myofuse.protocols.model;

import java.util.Objects;

/**
 * One numeric parameter.
 *
 * @param value  the value, in {@code unit}
 * @param unit   the unit the field is defined in ({@code s}, {@code N}, {@code Hz}, {@code %MVC}, {@code %})
 * @param source where the value comes from: a reference key, {@code clinic default} or
 *               {@code clinic override (FILE)}
 */
public record Quantity(double value, String unit, String source) {

    public Quantity {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
    }

    /** The value in nanoseconds, for a quantity in seconds. */
    public long nanos() {
        if (!"s".equals(unit)) {
            throw new IllegalStateException("not a time: " + value + " " + unit);
        }
        return Math.round(value * 1e9);
    }
}
