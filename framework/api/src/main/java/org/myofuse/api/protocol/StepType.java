package org.myofuse.api.protocol;

/** The kinds of step a protocol is made of. */
public enum StepType {
    /** Resting baseline, maximum voluntary contraction per muscle, tool tare. */
    CALIBRATION,
    /** Pain NRS, functional movement items with left/right asymmetry, quiet-stance sway. */
    ASSESSMENT,
    /** Fascial release with the force-sensing instrument (IASTM) in a force and shear band. */
    RELEASE,
    /** Neuromuscular re-education: EMG biofeedback toward a %MVC band. */
    BIOFEEDBACK,
    /** Postural reconditioning: a movement drill with criteria for a good repetition. */
    DRILL
}
