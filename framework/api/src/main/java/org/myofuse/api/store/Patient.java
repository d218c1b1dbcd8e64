package org.myofuse.api.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A registered patient. The pseudonymous code is what sessions, exports and reports carry; the name
 * and birth date are optional and never leave the store through exports.
 *
 * @param code        pseudonymous code, unique in the store
 * @param name        full name, or empty
 * @param birthDate   date of birth, or empty
 * @param consent     whether the patient consented to recording and research use
 * @param consentDate the day consent was recorded, or empty
 */
public record Patient(String code, Optional<String> name, Optional<LocalDate> birthDate, boolean consent,
        Optional<LocalDate> consentDate) {

    /** Longest code accepted. */
    public static final int MAX_CODE_LENGTH = 64;

    public Patient {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(consentDate, "consentDate");
        if (!validCode(code)) {
            throw new IllegalArgumentException("patient code '" + code + "' must be 1-" + MAX_CODE_LENGTH
                    + " letters, digits, '-' or '_'");
        }
        name = name.map(String::strip).filter(n -> !n.isEmpty());
    }

    /** Whether {@code code} is a valid pseudonymous code: 1-64 of A-Z a-z 0-9 - _. */
    public static boolean validCode(String code) {
        return code != null && !code.isEmpty() && code.length() <= MAX_CODE_LENGTH
                && code.chars().allMatch(ch -> ch < 128 && (Character.isLetterOrDigit(ch) || ch == '-' || ch == '_'));
    }
}
