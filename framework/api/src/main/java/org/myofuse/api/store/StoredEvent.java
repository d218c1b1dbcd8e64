package org.myofuse.api.store;

import java.util.Objects;

/**
 * An event as stored with a session.
 *
 * @param timeSeconds seconds on the session clock (from its origin), the clock fused frames and
 *                    analysis traces are on
 * @param type        event type (a fusion {@code TherapyEventType} name, {@code ANNOTATION}, a cue...)
 * @param source      device and channel it concerns, or "" for the session itself
 * @param value       magnitude in {@code unit}, NaN if none
 * @param unit        unit of {@code value}, "" if none
 * @param detail      one line of text, "" if none
 * @param origin      who wrote it: {@code live} (the live fusion, while recording), {@code protocol} (a running
 *                    protocol, while recording), {@code therapist} (marked by the therapist, while recording),
 *                    {@code recorded} (imported with a file) or {@code analysis} (the latest analysis of the session)
 */
public record StoredEvent(double timeSeconds, String type, String source, double value, String unit, String detail,
        String origin) {

    public StoredEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(origin, "origin");
    }
}
