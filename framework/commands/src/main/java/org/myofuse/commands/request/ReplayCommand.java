package org.myofuse.commands.request;

import java.util.Objects;

/**
 * {@code myofuse replay SESSION}: re-run fusion on a stored session's raw data and store the result
 * (summary and events) as the session's analysis.
 *
 * @param sessionId the stored session's id
 */
public record ReplayCommand(String sessionId) implements Command {

    public ReplayCommand {
        Objects.requireNonNull(sessionId, "sessionId");
    }

    @Override
    public String name() {
        return "replay";
    }
}
