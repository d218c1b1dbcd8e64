package org.myofuse.programs.plan;

import java.util.Objects;

/**
 * What is wrong with a plan document, at a place in it.
 *
 * @param file    the document's name ({@code org.myofuse.protocol-lumbar-session:programs/lumbar-12-week.yaml})
 * @param path    where in the document ({@code phases[1].weeks.from}), "" for the whole document
 * @param message what is wrong, one line
 */
public record PlanProblem(String file, String path, String message) {

    public PlanProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** {@code FILE: PATH: message}, or {@code FILE: message} for the whole document. */
    @Override
    public String toString() {
        return file + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
