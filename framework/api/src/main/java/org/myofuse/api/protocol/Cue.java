package org.myofuse.api.protocol;

import java.util.Objects;

/**
 * A live cue for the therapist.
 *
 * @param level        urgency
 * @param text         short enough to read at a glance, one line
 * @param sessionNanos when it was issued, on the session clock
 */
public record Cue(CueLevel level, String text, long sessionNanos) {

    public Cue {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(text, "text");
    }
}
