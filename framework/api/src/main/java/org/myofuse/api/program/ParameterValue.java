package org.myofuse.api.program;

import java.util.Objects;

/**
 * A protocol parameter value a program sets for a session.
 *
 * @param parameter {@code <step id>.<parameter path>}, as the protocol journals it ({@code bridge.repetitions})
 * @param value     the value, in {@code unit}
 * @param unit      its unit, "" for counts
 * @param source    where it comes from, one line: {@code program lumbar-12-week 1.0.0, rule bridge-repetitions}
 */
public record ParameterValue(String parameter, double value, String unit, String source) {
    public ParameterValue {
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
    }
}
