package org.myofuse.api.fusion;

/** Kinds of event the fusion bundle detects. */
public enum TherapyEventType {
    STROKE_START, STROKE_END, GUARDING, WITHDRAWAL, OVERPRESSURE, TARGET_ENTERED, TARGET_LEFT, EMG_ONSET, EMG_OFFSET
}
