package org.myofuse.api.protocol;

/** How urgent a cue is; the console colours and sizes cues by level. */
public enum CueLevel {
    /** Neutral guidance ("next: bridge, 5 repetitions"). */
    INFO,
    /** Inside the target ("good pressure"). */
    GOOD,
    /** Outside the target, correct it ("less shear"). */
    ADJUST,
    /** Stop or check the patient (overpressure, guarding). */
    ALERT
}
