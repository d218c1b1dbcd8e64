package org.myofuse.protocols.model;

import java.util.Objects;

/**
 * What makes a drill repetition good, judged over the repetition's hold.
 *
 * @param metric what is read
 * @param band   the band (one edge may be open), in the metric's unit
 * @param mode   {@link Mode#THROUGHOUT} or {@link Mode#REACH}
 */
public record Criterion(Metric metric, Band band, Mode mode) {

    /** How the band is judged over the hold. */
    public enum Mode {
        /** {@code throughout}: every frame of the hold is in the band (a NaN frame fails it). */
        THROUGHOUT,
        /** {@code reach}: at least one frame of the hold is in the band. */
        REACH
    }

    public Criterion {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(mode, "mode");
    }
}
