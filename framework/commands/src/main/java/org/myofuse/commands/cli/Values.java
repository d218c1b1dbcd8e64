package org.myofuse.commands.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** How option values are read and refused: each refusal is one line ending with where help is. */
final class Values {

    private Values() {
    }

    /** Where to find help: {@code "(see myofuse run --help)"}, or the general help when {@code command} is null. */
    static String hint(String command) {
        return command == null ? "(see myofuse --help)" : "(see myofuse " + command + " --help)";
    }

    /**
     * An option's value. A value that looks like an option ({@code --...}) is the next option: the
     * option was given without its value.
     */
    static String text(String option, String value, String command) throws UsageException {
        if (value.isBlank() || value.startsWith("--")) {
            throw new UsageException("option " + option + " needs a value " + hint(command));
        }
        return value;
    }

    /** {@code value}, unless the option had one already. */
    static <T> T once(T previous, String option, T value, String command) throws UsageException {
        if (previous != null) {
            throw new UsageException("option " + option + " given twice " + hint(command));
        }
        return value;
    }

    /** A path, as typed. */
    static Path path(String path, String command) throws UsageException {
        try {
            return Path.of(path);
        } catch (InvalidPathException e) {
            throw new UsageException("bad path '" + path + "': " + e.getReason() + " " + hint(command));
        }
    }

    /** A path, absolute: relative paths mean the caller's working directory, which the host does not change. */
    static Path absolute(String path, String command) throws UsageException {
        return path(path, command).toAbsolutePath().normalize();
    }

    /** An ISO date, YYYY-MM-DD. */
    static LocalDate date(String option, String text, String command) throws UsageException {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("option " + option + " '" + text + "': expected YYYY-MM-DD " + hint(command));
        }
    }

    /** A whole number from {@code min} to {@code max}; {@code what} completes "must be a ...". */
    static int whole(String option, String value, int min, int max, String what) throws UsageException {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " must be " + what + " from " + min + " to " + max + ", was '" + value + "'");
    }
}
