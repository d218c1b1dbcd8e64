package org.myofuse.api.protocol;

import java.util.Objects;

/**
 * A live cue for the therapist, written into the session when it is issued.
 *
 * @param sessionNanos when it was issued, on the session clock
 * @param stepId       the step it belongs to
 * @param severity     how urgent it is
 * @param code         what it says, for machines: a stable, documented code such as {@code pressure.less},
 *                     {@code pressure.more}, {@code stroke.slower}, {@code guarding.reduce},
 *                     {@code release.suggest-end}, {@code overpressure}, {@code emg.activate},
 *                     {@code emg.relax}, {@code rep.good}, {@code rep.poor} (docs/protocols-format.md)
 * @param text         what it says, for the therapist: one line in the protocol's language
 * @param colour       the colour to show it in, {@code #RRGGBB} (from the protocol, or the severity's
 *                     colour in Myofuse's colour-blind-safe palette)
 * @param tone         the sound to make
 */
public record Cue(long sessionNanos, String stepId, Severity severity, String code, String text, String colour,
        Tone tone) {

    public Cue {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(tone, "tone");
    }
}
