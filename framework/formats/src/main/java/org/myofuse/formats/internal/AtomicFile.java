package org.myofuse.formats.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a temporary name beside its target and moved over the target only when
 * complete, so an error or a crash never leaves a half-written export at the target path.
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private boolean committed;

    private AtomicFile(Path target, Path temp) {
        this.target = target;
        this.temp = temp;
    }

    /** Creates the temporary file; fails with a one-line message naming {@code target} if it cannot. */
    public static AtomicFile create(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path dir = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new IOException("cannot write " + target + ": it is a directory");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("cannot write " + target + ": folder " + dir + " does not exist");
        }
        try {
            return new AtomicFile(absolute, Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part"));
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        }
    }

    /** Where to write the content. */
    public Path temp() {
        return temp;
    }

    public Path target() {
        return target;
    }

    /** Moves the complete temporary file over the target. */
    public void commit() throws IOException {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw new IOException("cannot write " + target + ": " + reason(e), e);
        }
    }

    /** The same failure, naming the target instead of the temporary file the user never sees. */
    public IOException naming(IOException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (!message.contains(temp.toString())) {
            return e;
        }
        return new IOException(message.replace(temp.toString(), target.toString()), e);
    }

    /** Deletes the temporary file unless committed. */
    @Override
    public void close() {
        if (!committed) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // best effort: a leftover .part file is hidden and never mistaken for an export
            }
        }
    }

    /** A short reason for an I/O failure, without the stack of nested messages. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
