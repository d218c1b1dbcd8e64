package org.myofuse.lib.simulation.script;

import java.util.Objects;

/**
 * Something the scripted therapist does to the protocol run: confirm a step or enter the patient's
 * pain score. It belongs to one step as begun at one time; the caller performs it at {@code atNanos}
 * if that step is still going on then and still waits for it.
 *
 * @param kind             confirm or pain
 * @param atNanos          when, session nanoseconds
 * @param stepIndex        the step's position in the protocol
 * @param stepId           the step's id
 * @param stepStartedNanos when that step began (a repeated step is another step)
 * @param painNrs          the pain score, 0-10; 0 for a confirmation
 */
public record TherapistAction(Kind kind, long atNanos, int stepIndex, String stepId, long stepStartedNanos,
        int painNrs) {

    /** What the therapist does. */
    public enum Kind {
        /** {@code ProtocolRun.confirm()}. */
        CONFIRM,
        /** {@code ProtocolRun.enterPain(painNrs)}. */
        PAIN
    }

    public TherapistAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(stepId, "stepId");
    }
}
