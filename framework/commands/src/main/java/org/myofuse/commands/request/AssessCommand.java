package org.myofuse.commands.request;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * {@code myofuse assess SESSION [--pain-before N] [--pain-after N]}: record the patient's pain on the
 * numeric rating scale (0 no pain to 10 worst imaginable) before and after a session; without
 * options, print what is recorded.
 *
 * @param sessionId  the stored session's id
 * @param painBefore NRS 0-10 before the session, if given
 * @param painAfter  NRS 0-10 after the session, if given
 */
public record AssessCommand(String sessionId, OptionalInt painBefore, OptionalInt painAfter) implements Command {

    public AssessCommand {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(painBefore, "painBefore");
        Objects.requireNonNull(painAfter, "painAfter");
    }

    @Override
    public String name() {
        return "assess";
    }
}
