package org.myofuse.launcher.spi;

import java.util.Objects;

/**
 * {@code myofuse summary SESSION [--json]}: print a session's summary (docs/summary.md), analysing the
 * stored raw data first if the session has not been analysed yet.
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
