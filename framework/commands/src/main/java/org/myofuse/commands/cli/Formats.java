package org.myofuse.commands.cli;

import java.util.List;
import java.util.Locale;

/** The {@code --format} of export and import: a name from a short list, in any case. */
final class Formats {

    private Formats() {
    }

    static String of(String text, List<String> formats, String command) throws UsageException {
        String value = Values.text("--format", text, command).toLowerCase(Locale.ROOT);
        if (!formats.contains(value)) {
            throw new UsageException("option --format '" + value + "': expected " + String.join(", ", formats) + " "
                    + Values.hint(command));
        }
        return value;
    }
}
