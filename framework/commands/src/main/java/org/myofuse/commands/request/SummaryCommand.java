package org.myofuse.commands.request;

import java.util.Objects;

/**
 * {@code myofuse summary SESSION [--json]}: print a session's summary (docs/summary.md), computed from
 * the stored raw data and stored as the session's analysis.
 *
 * @param sessionId the stored session's id
 * @param json      print the JSON document instead of text
 */
public record SummaryCommand(String sessionId, boolean json) implements Command {

    public SummaryCommand {
        Objects.requireNonNull(sessionId, "sessionId");
    }

    @Override
    public String name() {
        return "summary";
    }
}
