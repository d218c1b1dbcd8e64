package org.myofuse.protocols.model;

import java.util.Objects;

/**
 * One parameter of the effective protocol as the session records it.
 *
 * @param path   where it is in the document, e.g. {@code steps[3].targetNormalForce}
 * @param value  its value as written: {@code 25}, a band {@code 4.5..8.9}, an open band {@code ..20}
 * @param unit   its unit; "" for a count
 * @param source where it comes from (see {@link Quantity#source()})
 */
public record Parameter(String path, String value, String unit, String source) {

    public Parameter {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
    }
}
