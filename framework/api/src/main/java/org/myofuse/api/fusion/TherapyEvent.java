package org.myofuse.api.fusion;

import java.util.Objects;

/**
 * A detected event on the session timeline.
 *
 * @param type         what happened
 * @param sessionNanos when it happened (not when it was detected), on the session clock
 * @param source       device id and channel it concerns, e.g. {@code sim-emg-1/L_multifidus}; "" for fused events
 * @param value        the event's magnitude in {@code unit} (peak force of a stroke, %MVC rise of guarding, ...)
 * @param unit         unit of {@code value}, e.g. {@code N}, {@code %MVC}, {@code mm}
 * @param detail       one line for the therapist and the record
 */
public record TherapyEvent(TherapyEventType type, long sessionNanos, String source, double value, String unit,
        String detail) {

    public TherapyEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(detail, "detail");
    }
}
