package org.myofuse.api.protocol;

/** The sound a cue asks for; a console maps each to a short tone of its own. */
public enum Tone {
    /** Silent. */
    NONE,
    /** A soft chime: a step changed or a target was reached. */
    CHIME,
    /** A caution tone. */
    CAUTION,
    /** An alarm tone. */
    ALARM
}
