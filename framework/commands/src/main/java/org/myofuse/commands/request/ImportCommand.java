package org.myofuse.commands.request;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code myofuse import FILE... --format openbci|brainflow|csv|edf|bdf [--patient ID] [--start YYYY-MM-DD]}:
 * store the files of a recording made elsewhere as one new session.
 *
 * @param files     the files to read (absolute), at least one
 * @param format    {@code openbci}, {@code brainflow}, {@code csv}, {@code edf} or {@code bdf}
 * @param patientId the registered patient the session belongs to, if given
 * @param startDate the day of the recording, for files that carry only a time of day, if given
 */
public record ImportCommand(List<Path> files, String format, Optional<String> patientId, Optional<LocalDate> startDate)
        implements Command {

    /** The formats {@code --format} accepts. */
    public static final List<String> FORMATS = List.of("openbci", "brainflow", "csv", "edf", "bdf");

    public ImportCommand {
        files = List.copyOf(files);
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(startDate, "startDate");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("import needs at least one file");
        }
    }

    /** One file, no date. */
    public ImportCommand(Path file, String format, Optional<String> patientId) {
        this(List.of(file), format, patientId, Optional.empty());
    }

    @Override
    public String name() {
        return "import";
    }
}
