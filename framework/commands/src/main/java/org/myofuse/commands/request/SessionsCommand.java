package org.myofuse.commands.request;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code myofuse sessions [--patient ID]}: list stored sessions, newest first.
 *
 * @param patientId only this patient's sessions, if given
 */
public record SessionsCommand(Optional<String> patientId) implements Command {

    public SessionsCommand {
        Objects.requireNonNull(patientId, "patientId");
    }

    @Override
    public String name() {
        return "sessions";
    }
}
