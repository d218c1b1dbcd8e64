package org.myofuse.api.console;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.myofuse.api.store.SessionInfo;

/**
 * How a console ended.
 *
 * @param session    the recorded session as it ended; empty without a session store, or when it could
 *                   not be completed ({@code failure} says why)
 * @param screenshot the PNG written, if one was asked for and written
 * @param failure    what went wrong, one line ("" when nothing did): a screenshot that could not be
 *                   written, a session that could not be completed
 * @param timing     how the console drew
 */
public record ConsoleOutcome(Optional<SessionInfo> session, Optional<Path> screenshot, String failure,
        ConsoleTiming timing) {

    public ConsoleOutcome {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(screenshot, "screenshot");
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(timing, "timing");
    }
}
