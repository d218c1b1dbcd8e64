package org.myofuse.protocols.model;

import java.util.Objects;

/**
 * A whole number of things (strokes, repetitions, contractions, events): a parameter without a unit.
 *
 * @param value  1 or more
 * @param source where the number comes from (see {@link Quantity#source()})
 */
public record Count(int value, String source) {

    public Count {
        Objects.requireNonNull(source, "source");
    }
}
