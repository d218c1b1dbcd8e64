package org.myofuse.launcher;

import java.util.List;
import java.util.Optional;

/**
 * The one option the launcher reads itself: {@code --home DIR} or {@code --home=DIR}. The framework's
 * storage lives in the data folder, so the folder must be known before Felix boots, while the command
 * line as a whole is parsed (and refused, when it is wrong) by the commands bundle after the boot.
 *
 * <p>This is a scan, not a parse: it takes the first {@code --home} before a {@code --} (the end of the
 * options) and judges nothing. A {@code --home} without a usable value, or given twice, is left to the
 * commands bundle, which refuses the command line with exit status 2.
 */
final class HomeOption {

    static final String NAME = "--home";

    private HomeOption() {
    }

    /** The value of the first {@code --home}, as typed; empty when there is none or it has no value. */
    static Optional<String> scan(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--")) {
                return Optional.empty();
            }
            if (arg.startsWith(NAME + "=")) {
                return usable(arg.substring(NAME.length() + 1));
            }
            if (arg.equals(NAME)) {
                return i + 1 < args.size() ? usable(args.get(i + 1)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** As the command line reads an option's value: not blank and not the next option. */
    private static Optional<String> usable(String value) {
        return value.isBlank() || value.startsWith("--") ? Optional.empty() : Optional.of(value);
    }
}
