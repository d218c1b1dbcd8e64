package org.myofuse.api.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A registered therapist: the code is what sessions, the session list and reports carry.
 *
 * @param code short code, unique in the store (e.g. initials): 1-64 letters, digits, '-' or '_'
 * @param name full name, or empty
 */
public record Therapist(String code, Optional<String> name) {

    public Therapist {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!Patient.validCode(code)) {
            throw new IllegalArgumentException("therapist code '" + code + "' must be 1-" + Patient.MAX_CODE_LENGTH
                    + " letters, digits, '-' or '_'");
        }
        name = name.map(String::strip).filter(n -> !n.isEmpty());
    }
}
