package org.myofuse.commands.request;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code myofuse import FILE --format openbci|brainflow|csv [--patient ID]}: store a recording made
 * elsewhere as a new session.
 *
 * @param file      the file to read (absolute)
 * @param format    {@code openbci}, {@code brainflow} or {@code csv}
 * @param patientId the registered patient the session belongs to, if given
 */
public record ImportCommand(Path file, String format, Optional<String> patientId) implements Command {

    /** The formats {@code --format} accepts. */
    public static final List<String> FORMATS = List.of("openbci", "brainflow", "csv");

    public ImportCommand {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(patientId, "patientId");
    }

    @Override
    public String name() {
        return "import";
    }
}
