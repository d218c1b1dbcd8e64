package org.myofuse.api.recording;

import java.util.Objects;

/**
 * Something on the session timeline: a fusion event, a cue, a protocol step, a note.
 *
 * @param onsetSeconds    seconds after the {@link Recording#startEpochMillis() recording start}; may be negative
 * @param durationSeconds length in seconds, 0 for an instant
 * @param text            one line of text
 */
public record Annotation(double onsetSeconds, double durationSeconds, String text) {

    public Annotation {
        Objects.requireNonNull(text, "text");
        if (!Double.isFinite(onsetSeconds)) {
            throw new IllegalArgumentException("annotation '" + text + "': onset must be finite");
        }
        if (!(durationSeconds >= 0) || Double.isInfinite(durationSeconds)) {
            throw new IllegalArgumentException("annotation '" + text + "': duration must be finite and >= 0");
        }
        if (text.isBlank() || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("annotation text must be one non-blank line, was '" + text + "'");
        }
    }
}
