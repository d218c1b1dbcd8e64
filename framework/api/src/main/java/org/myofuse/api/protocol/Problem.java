package org.myofuse.api.protocol;

import java.util.Objects;

/**
 * Something wrong with a protocol document.
 *
 * @param level   an error (the document is refused) or a warning (it is accepted)
 * @param file    the document, as the user named it
 * @param path    where in the document, e.g. {@code steps[2].targetNormalForce.min}; "" for the whole document
 * @param message what is wrong, one line
 */
public record Problem(Level level, String file, String path, String message) {

    /** How bad it is. */
    public enum Level {
        ERROR, WARNING
    }

    public Problem {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file: path: message}, the form the command line prints. */
    @Override
    public String toString() {
        return file + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
