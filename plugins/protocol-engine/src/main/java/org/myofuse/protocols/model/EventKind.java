package org.myofuse.protocols.model;

import org.myofuse.api.fusion.TherapyEventType;

/** The fusion events conditions count, as documents name them. */
public enum EventKind {
    /** {@code stroke}: a stroke ended ({@link TherapyEventType#STROKE_END}). */
    STROKE("stroke", TherapyEventType.STROKE_END),
    /** {@code onset}: an EMG onset ({@link TherapyEventType#EMG_ONSET}). */
    ONSET("onset", TherapyEventType.EMG_ONSET),
    /** {@code offset}: an EMG offset ({@link TherapyEventType#EMG_OFFSET}). */
    OFFSET("offset", TherapyEventType.EMG_OFFSET),
    /** {@code guarding}: protective guarding ({@link TherapyEventType#GUARDING}). */
    GUARDING("guarding", TherapyEventType.GUARDING),
    /** {@code withdrawal}: the patient withdrew ({@link TherapyEventType#WITHDRAWAL}). */
    WITHDRAWAL("withdrawal", TherapyEventType.WITHDRAWAL),
    /** {@code overpressure}: the fusion's own overpressure event ({@link TherapyEventType#OVERPRESSURE}). */
    OVERPRESSURE("overpressure", TherapyEventType.OVERPRESSURE);

    private final String documentName;
    private final TherapyEventType type;

    EventKind(String documentName, TherapyEventType type) {
        this.documentName = documentName;
        this.type = type;
    }

    /** The name documents use. */
    public String documentName() {
        return documentName;
    }

    /** The fusion event it counts. */
    public TherapyEventType type() {
        return type;
    }

    /** The kind a document names. */
    public static EventKind of(String documentName) {
        for (EventKind k : values()) {
            if (k.documentName.equals(documentName)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown event " + documentName);
    }
}
