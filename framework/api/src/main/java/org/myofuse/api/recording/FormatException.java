package org.myofuse.api.recording;

import java.io.IOException;
import java.nio.file.Path;

/** A file is not in the expected format, or is truncated or corrupt. The message is one line. */
public class FormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final long line;

    /** {@code line} is 1-based; 0 when the problem concerns the whole file. */
    public FormatException(Path file, long line, String reason) {
        super(file + (line > 0 ? ":" + line : "") + ": " + reason);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    public long line() {
        return line;
    }
}
