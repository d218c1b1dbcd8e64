package org.myofuse.commands.request;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code myofuse patients add CODE [--name N] [--birth-date YYYY-MM-DD] [--consent]} and
 * {@code myofuse patients list}.
 *
 * @param action    what to do
 * @param code      the pseudonymous code to register ("" for {@code list})
 * @param patientName full name, if given
 * @param birthDate date of birth, if given
 * @param consent   true with {@code --consent}: the patient consented today
 */
public record PatientsCommand(Action action, String code, Optional<String> patientName, Optional<LocalDate> birthDate,
        boolean consent) implements Command {

    /** The sub-command. */
    public enum Action {
        ADD, LIST
    }

    public PatientsCommand {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(patientName, "patientName");
        Objects.requireNonNull(birthDate, "birthDate");
    }

    /** {@code patients list}. */
    public static PatientsCommand list() {
        return new PatientsCommand(Action.LIST, "", Optional.empty(), Optional.empty(), false);
    }

    @Override
    public String name() {
        return "patients";
    }
}
