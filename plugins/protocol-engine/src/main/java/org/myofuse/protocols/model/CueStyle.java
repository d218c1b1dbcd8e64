package org.myofuse.protocols.model;

import java.util.Objects;

import org.myofuse.api.protocol.Severity;
import org.myofuse.api.protocol.Tone;

/**
 * How a cue of one code is issued: the engine's defaults (cue-defaults.yaml), then the protocol's
 * {@code cues}, then the step's {@code cues}, each overriding what it gives.
 *
 * @param code     the stable code ({@link CueCodes})
 * @param severity how urgent
 * @param text     one line in the protocol's language; may hold the placeholders {@code {muscle}}
 *                 (the muscle's name), {@code {value}} and {@code {unit}} (the measured value), {@code {low}}
 *                 and {@code {high}} (the band), {@code {done}} and {@code {target}} (repetitions), which the
 *                 engine fills in; an unknown placeholder is left as written
 * @param colour   {@code #RRGGBB}
 * @param tone     the sound
 */
public record CueStyle(String code, Severity severity, String text, String colour, Tone tone) {

    public CueStyle {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(colour, "colour");
        Objects.requireNonNull(tone, "tone");
    }
}
