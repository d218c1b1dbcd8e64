package org.myofuse.api.protocol;

/** How urgent a cue is; the console colours, sizes and sounds cues by it. */
public enum Severity {
    /** Guidance: what to do next, progress ("3 of 10 strokes"). */
    INFO,
    /** Correct something while going on ("a little less pressure", "slower"). */
    ADVISORY,
    /** Check the patient or stop what you are doing (guarding, withdrawal); sounds a tone. */
    CAUTION,
    /** Stop now: a hard limit was crossed (overpressure beyond the step's limit); sounds an alarm. */
    ALARM
}
