package org.myofuse.formats.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The check every reader makes first, so a missing or unreadable file is one plain line, not a parse error. */
public final class ReadableFile {

    private ReadableFile() {
    }

    /** @throws IOException {@code cannot read <file>: no such file} or {@code ...: permission denied} */
    public static void require(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("cannot read " + file + ": no such file");
        }
        if (!Files.isReadable(file)) {
            throw new IOException("cannot read " + file + ": permission denied");
        }
    }
}
