package org.myofuse.api.protocol;

import java.util.List;
import java.util.Objects;

/**
 * Where a run stands in its current step: what to show the therapist.
 *
 * @param index              0-based position of the step in the protocol
 * @param count              number of steps in the protocol
 * @param id                 the step's id in the protocol document
 * @param type               its kind
 * @param title              a short name ("Release, thoracolumbar fascia left")
 * @param instruction        what to do, in the protocol's language, one or two sentences
 * @param targets            bands the step asks to stay in (empty when none)
 * @param startedNanos       session time the step began (for a countdown)
 * @param durationS          planned length, s; NaN when the step ends by repetitions or confirmation
 * @param repetitionsDone    strokes, repetitions or contractions done so far
 * @param repetitionsTarget  how many the step asks for; 0 when it does not count
 * @param awaiting           what the step waits for from the therapist, {@link Awaiting#NOTHING} when it
 *                           ends by itself
 */
public record StepState(int index, int count, String id, StepType type, String title, String instruction,
        List<Target> targets, long startedNanos, double durationS, int repetitionsDone, int repetitionsTarget,
        Awaiting awaiting) {

    /** What a step waits for from the therapist. */
    public enum Awaiting {
        /** Nothing: the step ends on its own conditions (time, repetitions, metrics). */
        NOTHING,
        /** A confirmation that the step is done ({@link ProtocolRun#confirm()}). */
        CONFIRMATION,
        /** A pain score on the 0-10 numeric rating scale ({@link ProtocolRun#enterPain(int)}). */
        PAIN_SCORE
    }

    public StepState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(instruction, "instruction");
        Objects.requireNonNull(awaiting, "awaiting");
        targets = List.copyOf(targets);
    }
}
