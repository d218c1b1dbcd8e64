package org.myofuse.protocols.model;

import java.util.List;
import java.util.Optional;

import org.myofuse.api.protocol.StepType;

/**
 * One step of a protocol. Each type's javadoc says what it does while active, what it counts as a
 * repetition ({@code StepState.repetitionsDone}), and when its dose is complete.
 */
public sealed interface Step permits Step.RestingBaseline, Step.MvcCalibration, Step.ToolTare, Step.PainScore,
        Step.FunctionalMovement, Step.QuietStance, Step.Release, Step.Biofeedback, Step.Drill {

    /** What every step has. */
    StepInfo info();

    /** The kind of step, as the API names it. */
    StepType type();

    /** The document's {@code kind} ({@code mvc}, {@code pain-nrs}, ...), or the type's name for the types without kinds. */
    String kind();

    /** Its id. */
    default String id() {
        return info().id();
    }

    /** How many repetitions the dose asks for ({@code StepState.repetitionsTarget}); 0 when it does not count. */
    int repetitionsTarget();

    /** Its planned length in seconds ({@code StepState.durationS}); NaN when it ends by repetitions or input. */
    double plannedSeconds();

    /**
     * Calibration {@code resting-baseline}: the patient rests (lying, or standing still on the mat with
     * {@code stance}) for {@code duration}. The engine records each listed muscle's envelope (mean and
     * standard deviation, uV: the noise floor) and, with {@code stance}, the centre-of-pressure sway.
     * Counts nothing; done after {@code duration}.
     *
     * @param duration how long, s
     * @param emg      the muscles whose noise floor is measured (may be empty)
     * @param stance   true: quiet stance on the mat is recorded too
     */
    record RestingBaseline(StepInfo info, Quantity duration, List<String> emg, boolean stance) implements Step {
        public RestingBaseline {
            emg = List.copyOf(emg);
        }

        public StepType type() {
            return StepType.CALIBRATION;
        }

        public String kind() {
            return "resting-baseline";
        }

        public int repetitionsTarget() {
            return 0;
        }

        public double plannedSeconds() {
            return duration.value();
        }
    }

    /**
     * Calibration {@code mvc}: maximum voluntary contraction, muscle by muscle in the listed order. For
     * each muscle: {@code repetitions} contractions of {@code contraction} each (cue
     * {@code calibration.contract} with the muscle's instruction), with {@code rest} between them (cue
     * {@code calibration.relax}). The muscle's MVC is the highest envelope (RMS, uV) reached in any of
     * its contractions; the engine sets it with {@code FusionCalibration.setMvc} for the muscle's
     * channel, from when on that channel is reported in %MVC. Counts contractions; done after the last.
     *
     * @param muscles     the muscles, each with what the patient does
     * @param repetitions contractions per muscle
     * @param contraction length of one contraction, s
     * @param rest        rest between contractions, s (may be 0)
     */
    record MvcCalibration(StepInfo info, List<MvcMuscle> muscles, Count repetitions, Quantity contraction,
            Quantity rest) implements Step {
        public MvcCalibration {
            muscles = List.copyOf(muscles);
        }

        public StepType type() {
            return StepType.CALIBRATION;
        }

        public String kind() {
            return "mvc";
        }

        public int repetitionsTarget() {
            return muscles.size() * repetitions.value();
        }

        public double plannedSeconds() {
            return Double.NaN;
        }

        /**
         * @param muscle      the muscle's id
         * @param instruction what the patient does to contract it, one line
         */
        public record MvcMuscle(String muscle, String instruction) {
        }
    }

    /**
     * Calibration {@code tool-tare}: the therapist lifts the force tool off the skin (cue
     * {@code tare.lift}); once the normal force has stayed below {@code maxLoad} for {@code hold}, the
     * engine zeroes the tool ({@code FusionCalibration.tare}). Counts nothing; done when tared.
     *
     * @param hold    how long the tool must be still and unloaded, s
     * @param maxLoad the largest normal force that counts as unloaded, N
     */
    record ToolTare(StepInfo info, Quantity hold, Quantity maxLoad) implements Step {
        public StepType type() {
            return StepType.CALIBRATION;
        }

        public String kind() {
            return "tool-tare";
        }

        public int repetitionsTarget() {
            return 0;
        }

        public double plannedSeconds() {
            return Double.NaN;
        }
    }

    /**
     * Assessment {@code pain-nrs}: the therapist asks for the pain on the 0-10 numeric rating scale
     * (cue {@code pain.ask}; {@code StepState.awaiting} is {@code PAIN_SCORE}) and enters it
     * ({@code ProtocolRun.enterPain}). Done when the score is entered; the score is recorded with the
     * moment.
     *
     * @param moment {@code before}, {@code during} or {@code after} the treatment
     */
    record PainScore(StepInfo info, String moment) implements Step {
        public StepType type() {
            return StepType.ASSESSMENT;
        }

        public String kind() {
            return "pain-nrs";
        }

        public int repetitionsTarget() {
            return 0;
        }

        public double plannedSeconds() {
            return Double.NaN;
        }
    }

    /**
     * Assessment {@code functional-movement}: a movement item done {@code repetitions} times on the
     * left, then on the right. A repetition of a side counts when that side's muscle stays at or above
     * {@code activation} for {@code hold}; its peak envelope (%MVC) is kept. Once both sides are done,
     * the asymmetry {@code |L - R| / max(L, R) * 100} of the mean peaks is recorded, and cue
     * {@code asymmetry} is issued when it is above {@code asymmetryLimit}. Counts repetitions of both
     * sides; done after the last.
     *
     * @param movement       the item, e.g. {@code single-leg-bridge}
     * @param left           the left side's muscle
     * @param right          the right side's muscle
     * @param activation     the envelope that counts as activated, %MVC
     * @param repetitions    repetitions per side
     * @param hold           how long a repetition holds the activation, s
     * @param asymmetryLimit the asymmetry above which the cue is issued, %
     */
    record FunctionalMovement(StepInfo info, String movement, String left, String right, Quantity activation,
            Count repetitions, Quantity hold, Quantity asymmetryLimit) implements Step {
        public StepType type() {
            return StepType.ASSESSMENT;
        }

        public String kind() {
            return "functional-movement";
        }

        public int repetitionsTarget() {
            return 2 * repetitions.value();
        }

        public double plannedSeconds() {
            return Double.NaN;
        }
    }

    /**
     * Assessment {@code quiet-stance}: the patient stands still on the mat (cue {@code stance.still}) for
     * {@code duration} (at least 25 s); the engine records the centre-of-pressure sway (path length, mean
     * speed, 95% ellipse area). Counts nothing; done after {@code duration}.
     *
     * @param duration how long, s (25 or more)
     * @param eyes     {@code open} or {@code closed}
     * @param surface  {@code firm} or {@code foam}
     */
    record QuietStance(StepInfo info, Quantity duration, String eyes, String surface) implements Step {
        public StepType type() {
            return StepType.ASSESSMENT;
        }

        public String kind() {
            return "quiet-stance";
        }

        public int repetitionsTarget() {
            return 0;
        }

        public double plannedSeconds() {
            return duration.value();
        }
    }

    /**
     * Release: fascial release with the force-sensing IASTM tool over one region. Counts strokes (fusion
     * {@code STROKE_END} events). After each stroke, its mean normal force is compared with
     * {@code targetNormalForce} (cue {@code pressure.more} below, {@code pressure.less} above) and its
     * mean shear force with {@code targetShearForce} ({@code shear.more}, {@code shear.less}); the stroke
     * rate ({@link Metric.Kind#STROKE_RATE}) with {@code strokeRate} ({@code stroke.faster},
     * {@code stroke.slower}). A normal force at or above {@code overpressureLimit} in any frame issues
     * {@code overpressure} (an alarm) at once. Guarding on a watched muscle issues
     * {@code guarding.reduce}; the {@code guarding.suggestEndAfter}-th guarding of the step issues
     * {@code release.suggest-end} (the step does not end by itself: the therapist skips or goes on). A
     * withdrawal issues {@code withdrawal.pause}. Done after {@code strokes} strokes or
     * {@code duration}, whichever comes first (at least one of them, or an exit condition, is given).
     *
     * @param region            the body region, e.g. {@code thoracolumbar-fascia-left}
     * @param targetNormalForce the normal-force band a stroke aims at, N
     * @param targetShearForce  the shear band a stroke aims at, N; empty when not targeted
     * @param strokes           strokes to do; empty when the step ends by time or an exit condition
     * @param duration          how long, s; empty when the step ends by strokes or an exit condition
     * @param strokeRate        the stroke-rate band, /min
     * @param overpressureLimit the hard limit, N: above the target band and within the tool's range
     * @param guarding          what guarding does in this step
     */
    record Release(StepInfo info, String region, Band targetNormalForce, Optional<Band> targetShearForce,
            Optional<Count> strokes, Optional<Quantity> duration, Band strokeRate,
            Quantity overpressureLimit, Guarding guarding) implements Step {
        public StepType type() {
            return StepType.RELEASE;
        }

        public String kind() {
            return "release";
        }

        public int repetitionsTarget() {
            return strokes.map(Count::value).orElse(0);
        }

        public double plannedSeconds() {
            return duration.map(Quantity::value).orElse(Double.NaN);
        }

        /**
         * @param muscles         the muscles whose guarding counts; empty: guarding on any channel
         * @param suggestEndAfter the number of guarding events after which ending the release is suggested
         */
        public record Guarding(List<String> muscles, Count suggestEndAfter) {
            public Guarding {
                muscles = List.copyOf(muscles);
            }
        }
    }

    /**
     * Biofeedback (neuromuscular re-education): the patient activates {@code muscle} into {@code target}
     * while every ceiling muscle stays at or below its {@code max}. Each repetition begins with cue
     * {@code hold.start}; while holding, the engine cues {@code emg.activate} when the muscle is below
     * the band and {@code emg.relax} when it is above it or a ceiling muscle is above its ceiling. A
     * repetition counts (cue {@code rep.good}) once all of that has held without a break for
     * {@code hold}; then the patient rests for {@code rest} (cue {@code rest.start}). Counts the holds
     * that counted; done after {@code repetitions}.
     *
     * @param muscle      the muscle trained, e.g. {@code multifidus-left}
     * @param target      its band, %MVC
     * @param ceilings    muscles that must stay low meanwhile (may be empty)
     * @param hold        how long a repetition holds, s
     * @param repetitions holds to do
     * @param rest        rest between holds, s (may be 0)
     */
    record Biofeedback(StepInfo info, String muscle, Band target, List<Ceiling> ceilings, Quantity hold,
            Count repetitions, Quantity rest) implements Step {
        public Biofeedback {
            ceilings = List.copyOf(ceilings);
        }

        public StepType type() {
            return StepType.BIOFEEDBACK;
        }

        public String kind() {
            return "biofeedback";
        }

        public int repetitionsTarget() {
            return repetitions.value();
        }

        public double plannedSeconds() {
            return Double.NaN;
        }

        /**
         * @param muscle the muscle that must stay low
         * @param max    its ceiling, %MVC
         */
        public record Ceiling(String muscle, Quantity max) {
        }
    }

    /**
     * Drill (postural reconditioning): {@code repetitions} repetitions of the movement, each a hold of
     * {@code hold} (cue {@code hold.start}) followed by {@code rest} (cue {@code rest.start}). At the end
     * of each hold the repetition is judged against every criterion ({@link Criterion}): all met, cue
     * {@code rep.good}; otherwise {@code rep.poor}; both are recorded. Counts repetitions done (good or
     * not); done after {@code repetitions}.
     *
     * @param movement    {@code controlled-rotation}, {@code bridge}, {@code bird-dog},
     *                    {@code single-leg-stance}, {@code weight-shift}
     * @param surface     {@code firm} or {@code unstable}
     * @param side        {@code left}, {@code right}, {@code alternate} (left first) or {@code both}
     * @param repetitions repetitions to do
     * @param hold        length of one repetition, s
     * @param rest        rest between repetitions, s (may be 0)
     * @param criteria    what makes a repetition good (at least one)
     */
    record Drill(StepInfo info, String movement, String surface, String side, Count repetitions, Quantity hold,
            Quantity rest, List<Criterion> criteria) implements Step {
        public Drill {
            criteria = List.copyOf(criteria);
        }

        public StepType type() {
            return StepType.DRILL;
        }

        public String kind() {
            return "drill";
        }

        public int repetitionsTarget() {
            return repetitions.value();
        }

        public double plannedSeconds() {
            return Double.NaN;
        }
    }
}
