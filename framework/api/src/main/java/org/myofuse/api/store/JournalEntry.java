package org.myofuse.api.store;

import java.util.Objects;

/**
 * One thing that happened during a recording session, written into its record as it happens (see
 * {@link SessionJournal}).
 *
 * @param sessionNanos when it happened (not when it was noticed), on the session clock
 * @param type         what happened: a fusion {@code TherapyEventType} name ({@code STROKE_START},
 *                     {@code EMG_ONSET}, ...), or a protocol's {@code STEP}, {@code CUE},
 *                     {@code CONFIRMATION}, {@code PARAMETER}, {@code PAIN_NRS}
 * @param source       device and channel it concerns ({@code sim-emg-1/L_multifidus}), a protocol step,
 *                     or "" for the session itself
 * @param value        magnitude in {@code unit}, NaN if none
 * @param unit         unit of {@code value}, "" if none
 * @param detail       one line of text, "" if none
 * @param origin       who wrote it: {@link #LIVE} (the live fusion), {@link #PROTOCOL} (a running protocol) or
 *                     {@link #THERAPIST} (the therapist, e.g. a moment marked in the console)
 */
public record JournalEntry(long sessionNanos, String type, String source, double value, String unit, String detail,
        String origin) {

    /** Written by the live fusion while the session records. */
    public static final String LIVE = "live";
    /** Written by a running protocol: steps, cues, confirmations, parameters used, pain scores. */
    public static final String PROTOCOL = "protocol";
    /**
     * Written by the therapist while the session records: a moment marked in the console (type
     * {@link #MARK}), a note.
     *
     * @since 1.5
     */
    public static final String THERAPIST = "therapist";
    /**
     * The type of a moment the therapist marked during the session (origin {@link #THERAPIST}).
     *
     * @since 1.5
     */
    public static final String MARK = "MARK";

    public JournalEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(origin, "origin");
        if (type.isBlank() || detail.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("journal entry: type must not be blank and detail must be one line");
        }
    }
}
