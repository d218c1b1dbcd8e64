package org.myofuse.api.store;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The clinical assessment that goes with a session: pain on the numeric rating scale, 0 (no pain) to
 * 10 (worst imaginable), before and after.
 *
 * @param sessionId  the session
 * @param painBefore NRS before the session, if recorded
 * @param painAfter  NRS after the session, if recorded
 */
public record Assessment(String sessionId, OptionalInt painBefore, OptionalInt painAfter) {

    public Assessment {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(painBefore, "painBefore");
        Objects.requireNonNull(painAfter, "painAfter");
    }
}
