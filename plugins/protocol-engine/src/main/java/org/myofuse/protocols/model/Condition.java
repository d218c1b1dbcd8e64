package org.myofuse.protocols.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A condition a step waits for to begin (entry: all of them at once) or to end (exit: any one of them).
 * Entry conditions are counted from the moment the step became current, exit conditions from the
 * moment it began; paused time does not count.
 */
public sealed interface Condition {

    /**
     * {@code after}: holds once this much (unpaused) time has passed.
     *
     * @param time seconds
     */
    record After(Quantity time) implements Condition {
        public After {
            Objects.requireNonNull(time, "time");
        }
    }

    /**
     * {@code repetitions}: holds once the step has counted this many repetitions (strokes, holds,
     * contractions, drill repetitions: what the step type counts). Only in exit conditions.
     *
     * @param count how many
     */
    record Repetitions(Count count) implements Condition {
        public Repetitions {
            Objects.requireNonNull(count, "count");
        }
    }

    /**
     * {@code metric}: holds once the metric has stayed in the band without a break for {@code holdFor}
     * (0 s: as soon as it is in the band). A NaN value breaks it.
     *
     * @param metric  what is read
     * @param band    where it must stay (one edge may be open); in the metric's unit
     * @param holdFor for how long, seconds (0 or more)
     */
    record MetricHeld(Metric metric, Band band, Quantity holdFor) implements Condition {
        public MetricHeld {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(band, "band");
            Objects.requireNonNull(holdFor, "holdFor");
        }
    }

    /**
     * {@code event}: holds once this many events of the kind have happened (event time, not detection
     * time), on the muscle's channel when one is named, from any source otherwise.
     *
     * @param event  the kind
     * @param muscle the muscle whose channel the events must come from; empty for any
     * @param count  how many
     */
    record Events(EventKind event, Optional<String> muscle, Count count) implements Condition {
        public Events {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(muscle, "muscle");
            Objects.requireNonNull(count, "count");
        }
    }

    /**
     * {@code confirmation}: holds once the therapist confirms ({@code ProtocolRun.confirm()}); while it
     * is the condition waited for, {@code StepState.awaiting} is {@code CONFIRMATION}.
     *
     * @param prompt what to confirm, shown to the therapist ("" for the default {@code confirm.ask} text)
     */
    record Confirmation(String prompt) implements Condition {
        public Confirmation {
            Objects.requireNonNull(prompt, "prompt");
        }
    }
}
