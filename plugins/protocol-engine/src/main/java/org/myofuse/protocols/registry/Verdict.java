package org.myofuse.protocols.registry;

import java.util.List;
import java.util.Objects;

import org.myofuse.api.protocol.Problem;

/**
 * What became of one document at the last build of the catalog.
 *
 * @param file     the document ({@link SourceDoc#file()})
 * @param outcome  what became of it
 * @param problems why it was refused (errors), for {@link Outcome#REFUSED} and {@link Outcome#KEPT_PREVIOUS}
 * @param note     one line for the log: what is in effect instead, or why it is unused; "" when nothing to say
 */
record Verdict(String file, Outcome outcome, List<Problem> problems, String note) {

    /** What became of a document. */
    enum Outcome {
        /** It is in effect as it is now. */
        ACCEPTED,
        /** It was refused as it is now; its last accepted version stays in effect. */
        KEPT_PREVIOUS,
        /** It was refused and nothing of it is in effect. */
        REFUSED,
        /** A valid protocol with a higher version (or a clinic's file of the same version) is in effect instead. */
        SHADOWED,
        /** An override for a protocol that is not installed. */
        UNUSED
    }

    Verdict {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(outcome, "outcome");
        problems = List.copyOf(problems);
        Objects.requireNonNull(note, "note");
    }
}
