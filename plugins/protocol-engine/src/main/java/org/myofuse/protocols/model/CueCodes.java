package org.myofuse.protocols.model;

import java.util.List;

/**
 * The cue codes: a stable, documented list (docs/protocols-format.md#cues). A code never changes its
 * meaning once shipped; new codes may be added. Each constant says when the engine issues it; the
 * default severity, text, colour and tone are in the bundle's {@code cue-defaults.yaml}.
 */
public final class CueCodes {

    /** A step begins (after its entry conditions): {@code {step}} is its title. */
    public static final String STEP_START = "step.start";
    /** A step's dose is complete. */
    public static final String STEP_DONE = "step.done";
    /** The step waits for the therapist's confirmation (an entry or exit condition). */
    public static final String CONFIRM_ASK = "confirm.ask";
    /** A pain step waits for the score, 0-10. */
    public static final String PAIN_ASK = "pain.ask";
    /** Release: the stroke just finished had a mean normal force below the target band. */
    public static final String PRESSURE_MORE = "pressure.more";
    /** Release: the stroke just finished had a mean normal force above the target band. */
    public static final String PRESSURE_LESS = "pressure.less";
    /** Release: the stroke's mean shear force below the target shear band. */
    public static final String SHEAR_MORE = "shear.more";
    /** Release: the stroke's mean shear force above the target shear band. */
    public static final String SHEAR_LESS = "shear.less";
    /** Release: the stroke rate is above the band. */
    public static final String STROKE_SLOWER = "stroke.slower";
    /** Release: the stroke rate is below the band. */
    public static final String STROKE_FASTER = "stroke.faster";
    /** Release: guarding was detected on a watched muscle ({@code {muscle}}): reduce the pressure. */
    public static final String GUARDING_REDUCE = "guarding.reduce";
    /** Release: guarding was detected {@code suggestEndAfter} times in this step: suggest ending the release. */
    public static final String RELEASE_SUGGEST_END = "release.suggest-end";
    /** The patient withdrew from the tool: pause and check. */
    public static final String WITHDRAWAL = "withdrawal.pause";
    /** Release: the normal force reached the step's hard overpressure limit. */
    public static final String OVERPRESSURE = "overpressure";
    /** Biofeedback: the target muscle is below its band. */
    public static final String EMG_ACTIVATE = "emg.activate";
    /** Biofeedback: the target muscle is above its band, or a ceiling muscle ({@code {muscle}}) above its ceiling. */
    public static final String EMG_RELAX = "emg.relax";
    /** Biofeedback and drills: a hold (repetition) begins. */
    public static final String HOLD_START = "hold.start";
    /** Biofeedback, drills and MVC: a rest begins. */
    public static final String REST_START = "rest.start";
    /** Drills: the repetition just finished met every criterion; biofeedback: a hold was counted. */
    public static final String REP_GOOD = "rep.good";
    /** Drills: the repetition just finished missed a criterion. */
    public static final String REP_POOR = "rep.poor";
    /** MVC: contract {@code {muscle}} as hard as possible now. */
    public static final String CALIBRATION_CONTRACT = "calibration.contract";
    /** Calibration: relax (between contractions; the resting baseline). */
    public static final String CALIBRATION_RELAX = "calibration.relax";
    /** Tool tare: lift the tool off the skin and hold it still. */
    public static final String TARE_LIFT = "tare.lift";
    /** Quiet stance: stand still. */
    public static final String STANCE_STILL = "stance.still";
    /** Functional movement: the left/right activation asymmetry ({@code {value}} %) is above the limit. */
    public static final String ASYMMETRY = "asymmetry";

    /** Every code, in the documented order. */
    public static final List<String> ALL = List.of(STEP_START, STEP_DONE, CONFIRM_ASK, PAIN_ASK, PRESSURE_MORE,
            PRESSURE_LESS, SHEAR_MORE, SHEAR_LESS, STROKE_SLOWER, STROKE_FASTER, GUARDING_REDUCE, RELEASE_SUGGEST_END,
            WITHDRAWAL, OVERPRESSURE, EMG_ACTIVATE, EMG_RELAX, HOLD_START, REST_START, REP_GOOD, REP_POOR,
            CALIBRATION_CONTRACT, CALIBRATION_RELAX, TARE_LIFT, STANCE_STILL, ASYMMETRY);

    private CueCodes() {
    }
}
