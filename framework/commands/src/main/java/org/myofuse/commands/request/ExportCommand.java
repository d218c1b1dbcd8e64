package org.myofuse.commands.request;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * {@code myofuse export SESSION --format csv|edf|bdf --out PATH}: write a stored session to files.
 *
 * @param sessionId the stored session's id
 * @param format    {@code csv}, {@code edf} or {@code bdf}
 * @param out       the file to write (absolute); with several streams, the base of one file per stream
 */
public record ExportCommand(String sessionId, String format, Path out) implements Command {

    /** The formats {@code --format} accepts. */
    public static final List<String> FORMATS = List.of("csv", "edf", "bdf");

    public ExportCommand {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
    }

    @Override
    public String name() {
        return "export";
    }
}
