package org.myofuse.commands.request;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code myofuse therapists add CODE [--name N]} and {@code myofuse therapists list}.
 *
 * @param action        what to do
 * @param code          the therapist's code to register ("" for {@code list})
 * @param therapistName full name, if given
 */
public record TherapistsCommand(Action action, String code, Optional<String> therapistName) implements Command {

    /** The sub-command. */
    public enum Action {
        ADD, LIST
    }

    public TherapistsCommand {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(therapistName, "therapistName");
    }

    @Override
    public String name() {
        return "therapists";
    }
}
