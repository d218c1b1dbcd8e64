package org.myofuse.lib.simulation.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.protocol.StepState;
import org.myofuse.api.protocol.StepState.Awaiting;
import org.myofuse.api.protocol.StepType;
import org.myofuse.lib.simulation.EmgMontage;
import org.myofuse.lib.simulation.ScenarioSettings;
import org.myofuse.lib.simulation.Shapes;
import org.myofuse.lib.simulation.SplitMix64;
import org.myofuse.lib.simulation.TherapyScenario;

/**
 * The scripted therapist and patient: they follow a protocol run's events (docs/protocols-format.md:
 * steps, their targets, the cues) and plan what they do as a {@link Script} the simulated devices play,
 * and say when the therapist confirms a step or enters a pain score ({@link TherapistAction}s,
 * performed by the caller).
 *
 * <ul>
 * <li>Calibration: the patient rests (standing still for a baseline) and the therapist keeps the tool
 * off the skin (for the tare, and on {@code tare.lift}); on {@code calibration.contract} the patient
 * contracts the named muscle maximally (the others join in at 30 %; all fully when the cue names
 * none) until {@code calibration.relax}, 8 s at most.</li>
 * <li>Release: the therapist strokes aiming each stroke's mean normal force at the step's band, a bit
 * too hard at first, easing after {@code pressure.less} (harder after {@code pressure.more}, at once
 * below the aim after {@code overpressure}, a little after {@code guarding.reduce} and
 * {@code withdrawal.pause}), slower or faster after {@code stroke.slower}/{@code stroke.faster},
 * finishing the stroke in hand before any change; the patient tolerates a force up to a little above
 * the band and guards now and then anyway.</li>
 * <li>Biofeedback: on each {@code hold.start} the trained muscle rises into its %MVC band and holds,
 * a muscle with only a ceiling stays under it; more after {@code emg.activate}, the muscle named less
 * after {@code emg.relax}; {@code rest.start} relaxes.</li>
 * <li>Drill: on each {@code hold.start} a repetition as the criteria want (the centre of pressure
 * beyond a reach edge or kept within a band, muscles activated, a steady hold), every fourth or so
 * poor in one criterion (falling short, drifting out, too little or too much activation, unsteady),
 * the one after {@code rep.poor} good; {@code rest.start} returns.</li>
 * <li>Assessment: quiet stance (on {@code stance.still} too); for a functional movement with muscle
 * targets, repetitions on the left, then on the right (the left weaker, as in a unilateral deficit);
 * the therapist enters the pain score asked for (the first of the run the patient's baseline, later
 * ones 40 % lower, as in the programme's outcomes).</li>
 * </ul>
 * The therapist confirms whatever the engine waits for (a step's {@code awaiting}, {@code confirm.ask})
 * after checking for 2-3.5 s; a step that waits for confirmation as it begins starts its work after
 * it. Every response comes a human reaction time after its cue or step change (0.3-0.7 s to a cue,
 * 0.5-0.9 s to a new step).
 *
 * <p>Deterministic: given the seed and the same sequence of events (with their session times: step
 * starts and cues carry theirs, the caller gives the time of the others), it plans the same script
 * and actions. Not thread-safe: one caller (the protocol engine's listener thread); {@link #script()}
 * may be read from any thread.
 */
public final class ScriptedSession {

    static final double CUE_REACTION_S = 0.3;
    static final double STEP_REACTION_S = 0.5;
    static final double REACTION_SPREAD_S = 0.4;
    /** Time the therapist takes to ask for the pain and hear the answer, at least, s. */
    static final double PAIN_QUESTION_S = 1.5;
    /** Time the therapist takes to check before confirming, at least, s. */
    static final double CHECK_S = 2.0;
    /** Time the therapist takes to place the tool before the first stroke, s. */
    static final double PLACE_TOOL_S = 1.0;
    /** Longest a maximal contraction is held without a cue to relax, s. */
    static final double MAX_CONTRACTION_S = 8.0;
    /** Activation of the other muscles while one contracts maximally, % MVC. */
    static final double CO_CONTRACTION_PCT = 30;
    /** Share of the mean force the scripted therapist starts a release with above the band's aim. */
    static final double TOO_HARD = 1.15;
    /** How much of the distance to the aimed force is left after easing or pressing on a cue. */
    static final double CORRECTION_LEFT = 0.25;
    static final double RATE_STEP = 0.15;
    static final double PAIN_RELIEF = 0.4;
    /** Self-paced functional-movement repetitions (when the engine gives no holds): hold and rest, s. */
    static final double FUNCTIONAL_HOLD_S = 5.0;
    static final double FUNCTIONAL_REST_S = 2.5;
    /** Activation of the right and left side in a functional movement, as a multiple of its threshold. */
    static final double RIGHT_EFFORT = 2.5;
    static final double LEFT_EFFORT = 1.8;
    /** Share of a closed %MVC band's width the patient moves by on {@code emg.activate} or {@code emg.relax}. */
    static final double BAND_STEP = 0.15;

    private static final long RANDOM_STREAM = 1;
    private static final long STROKE_STREAM = 2;
    private static final long PAIN_STREAM = 3;
    private static final long REPETITION_STREAM = 1000;

    private final long seed;
    private volatile Script script = Script.IDLE;
    private SplitMix64 random;
    private long nextStroke;
    private int painScores;
    private StepPlan step;
    private boolean paused;

    /** @param seed the therapist's and patient's seed: their reaction times, force, guarding and repetitions */
    public ScriptedSession(long seed) {
        this.seed = seed;
    }

    /** What the therapist and patient do, as planned so far. */
    public Script script() {
        return script;
    }

    /** A run began: its first step is planned from the step's start. */
    public List<TherapistAction> runStarted(RunState state) {
        random = new SplitMix64(SplitMix64.key(seed, RANDOM_STREAM));
        nextStroke = 0;
        painScores = 0;
        step = null;
        paused = false;
        if (state.ended()) {
            return List.of();
        }
        return begin(state.step(), state.status() == RunState.Status.PAUSED);
    }

    /** The run moved to another step, was paused or resumed, or a step was repeated. */
    public List<TherapistAction> stepChanged(RunState state, long nowNanos) {
        if (state.ended()) {
            return List.of();
        }
        if (random == null) {
            return runStarted(state);
        }
        boolean pausedNow = state.status() == RunState.Status.PAUSED;
        if (step == null || !step.sameStep(state.step())) {
            return begin(state.step(), pausedNow);
        }
        step.state = state.step();
        if (pausedNow && !paused) {
            paused = true;
            rest(nowNanos + reaction(STEP_REACTION_S), false);
        } else if (!pausedNow && paused) {
            paused = false;
            work(settle(nowNanos + reaction(STEP_REACTION_S)));
        }
        return awaited(nowNanos);
    }

    /** Repetitions were counted, or what the step waits for changed. */
    public List<TherapistAction> progressed(RunState state, long nowNanos) {
        if (step == null || !step.sameStep(state.step())) {
            return stepChanged(state, nowNanos);
        }
        step.state = state.step();
        turnIfLeftDone(nowNanos);
        return awaited(nowNanos);
    }

    /** A cue: the therapist or the patient responds to it after a reaction time. */
    public List<TherapistAction> cue(Cue cue) {
        if (step == null || paused || !cue.stepId().equals(step.state.id())) {
            return List.of();
        }
        long at = cue.sessionNanos() + reaction(CUE_REACTION_S);
        switch (cue.code()) {
            case "pressure.less" -> release(at, Correction.LESS);
            case "pressure.more" -> release(at, Correction.MORE);
            case "overpressure" -> release(at, Correction.AT_ONCE);
            case "guarding.reduce", "withdrawal.pause" -> release(at, Correction.GENTLER);
            case "stroke.slower" -> rate(at, 1 - RATE_STEP);
            case "stroke.faster" -> rate(at, 1 + RATE_STEP);
            case "tare.lift" -> rest(at, true);
            case "stance.still", "calibration.relax", "rest.start" -> rest(at, true);
            case "calibration.contract" -> contract(at, StepTargets.muscleIn(cue.text()));
            case "hold.start" -> hold(at);
            case "emg.activate" -> adjust(cue.sessionNanos(), at, true, StepTargets.muscleIn(cue.text()));
            case "emg.relax" -> adjust(cue.sessionNanos(), at, false, StepTargets.muscleIn(cue.text()));
            case "rep.poor" -> step.goodFrom = step.holds;
            case "pain.ask" -> {
                return painIfAwaited(cue.sessionNanos());
            }
            case "confirm.ask" -> {
                return confirm(cue.sessionNanos() + check());
            }
            default -> {
                // information the therapist and patient need not act on (step.start, rep.good, ...)
            }
        }
        return List.of();
    }

    /** The run ended: the therapist lifts the tool once the stroke in hand is done, the patient rests. */
    public void runEnded(RunState state, long nowNanos) {
        if (random == null) {
            return;
        }
        rest(nowNanos + reaction(STEP_REACTION_S), false);
        step = null;
        paused = false;
    }

    /** A step began at its {@code startedNanos}: the therapist and patient take it up a reaction time later. */
    private List<TherapistAction> begin(StepState state, boolean pausedNow) {
        step = new StepPlan(state, new StepTargets(state), SplitMix64.key(seed, REPETITION_STREAM + state.index()));
        paused = pausedNow;
        long taken = settle(state.startedNanos() + reaction(STEP_REACTION_S));
        List<TherapistAction> actions = new ArrayList<>(awaited(state.startedNanos()));
        if (pausedNow) {
            rest(taken, false);
        } else if (step.confirmAt != Long.MAX_VALUE) {
            // the step waits for the therapist first (positioning the patient): its work follows the confirmation
            rest(taken, false);
            work(settle(Math.max(taken, step.confirmAt + reaction(CUE_REACTION_S))));
        } else {
            work(taken);
        }
        return actions;
    }

    /** Plans the step's own work from {@code begin}: what the patient and therapist do unprompted. */
    private void work(long begin) {
        StepPlan p = step;
        switch (p.state.type()) {
            case CALIBRATION -> switchTo(new Rest(begin, sampleAt(begin), true));
            case ASSESSMENT -> {
                switchTo(new Rest(begin, sampleAt(begin), true));
                if (p.targets.anyMuscle()) {
                    functionalRepetitions(begin + Activity.nanos(1));
                }
            }
            case RELEASE -> {
                if (p.meanN == 0) {
                    p.aimRelease();
                }
                switchTo(new Strokes(begin, sampleAt(begin), nextStroke, PLACE_TOOL_S, p.rateHz, p.meanN, p.peakN,
                        p.targets.side(), p.toleranceN, SplitMix64.key(seed, STROKE_STREAM)));
            }
            case BIOFEEDBACK, DRILL -> switchTo(new Rest(begin, sampleAt(begin), true));
        }
    }

    /**
     * A functional movement paced by the patient, the engine counting: repetitions on the side it counts
     * now (the left until half the step's count is done, then the right) with the muscles the step
     * targets, and as many again in case some do not count (a dip under the threshold, a gap in the
     * stream): the patient goes on until the engine has its count, as one would with a therapist
     * watching the screen, and turns to the right when the left is done ({@link #progressed}).
     */
    private void functionalRepetitions(long from) {
        int done = step.state.repetitionsDone();
        int half = step.functionalHalf();
        int side = done < half ? -1 : 1;
        int toGo = (side < 0 ? half : step.functionalTotal()) - done;
        step.functionalSide = side;
        step.functionalFrom = from;
        double cycle = FUNCTIONAL_HOLD_S + FUNCTIONAL_REST_S;
        for (int r = 0; r < 2 * toGo + 1; r++) {
            long at = from + Activity.nanos(r * cycle);
            switchTo(Pose.muscles(at, sampleAt(at), step.functional(side)));
            long rest = at + Activity.nanos(FUNCTIONAL_HOLD_S);
            switchTo(new Rest(rest, sampleAt(rest), true));
        }
    }

    /** The left side of a self-paced functional movement is counted: the right from the next repetition on. */
    private void turnIfLeftDone(long nowNanos) {
        StepPlan p = step;
        if (paused || p.functionalSide >= 0 || p.state.type() != StepType.ASSESSMENT || !p.targets.anyMuscle()
                || p.state.repetitionsDone() < p.functionalHalf()) {
            return;
        }
        long cycle = Activity.nanos(FUNCTIONAL_HOLD_S + FUNCTIONAL_REST_S);
        long next = p.functionalFrom + (Math.max(0, nowNanos - p.functionalFrom) / cycle + 1) * cycle;
        functionalRepetitions(next);
    }

    /** A hold begins: the patient takes up the step's pose. */
    private void hold(long at) {
        int n = step.holds++;
        switch (step.state.type()) {
            case BIOFEEDBACK -> {
                if (step.holdPct == null) {
                    step.holdPct = step.aimMuscles();
                }
                switchTo(Pose.muscles(at, sampleAt(at), step.holdPct));
            }
            case DRILL -> switchTo(step.repetition(at, sampleAt(at), n));
            case ASSESSMENT -> {
                int reps = Math.max(2, step.state.repetitionsTarget());
                switchTo(Pose.muscles(at, sampleAt(at), step.functional(n < (reps + 1) / 2 ? -1 : 1)));
            }
            default -> {
                // calibrations and releases have no holds
            }
        }
    }

    /** A maximal contraction of {@code muscle} (-1: of every muscle) until told to relax, 8 s at most. */
    private void contract(long at, int muscle) {
        double[] pct = new double[EmgMontage.COUNT];
        Arrays.fill(pct, muscle < 0 ? 100 : CO_CONTRACTION_PCT);
        if (muscle >= 0) {
            pct[muscle] = 100;
        }
        switchTo(new Pose(at, sampleAt(at), pct, Double.NaN, Double.NaN, 0, 0, MAX_CONTRACTION_S));
    }

    /**
     * More effort in {@code muscle} (or the trained ones), or less in it (or the ceilinged ones), from
     * {@code at}; a cue heard ({@code heard}) while still rising into the hold changes nothing: the engine
     * judges from the hold's start, the patient began a reaction time later and is on the way (should the
     * level still be off once there, the engine says so again).
     */
    private void adjust(long heard, long at, boolean more, int muscle) {
        if (step.holdPct == null || !(script.at(at) instanceof Pose pose)
                || heard < pose.startNanos + Activity.nanos(Activity.BLEND_SECONDS)) {
            return;
        }
        step.adjustMuscles(more, muscle);
        switchTo(Pose.muscles(at, sampleAt(at), step.holdPct));
    }

    /** What the step waits for from the therapist, planned once per wait. */
    private List<TherapistAction> awaited(long nowNanos) {
        StepState s = step.state;
        if (paused) {
            return List.of();
        }
        if (s.awaiting() == Awaiting.PAIN_SCORE) {
            return painIfAwaited(nowNanos);
        }
        if (s.awaiting() == Awaiting.CONFIRMATION && step.confirmAt == Long.MAX_VALUE) {
            return confirm(nowNanos + check());
        }
        if (s.awaiting() != Awaiting.CONFIRMATION) {
            step.confirmAt = Long.MAX_VALUE; // a later wait is a new one
        }
        return List.of();
    }

    private List<TherapistAction> painIfAwaited(long nowNanos) {
        if (step.painPlanned) {
            return List.of();
        }
        step.painPlanned = true;
        return List.of(action(TherapistAction.Kind.PAIN, nowNanos + reaction(PAIN_QUESTION_S), painScore()));
    }

    /** The therapist confirms at {@code at}, unless about to anyway. */
    private List<TherapistAction> confirm(long at) {
        if (step.confirmAt <= at) {
            return List.of();
        }
        step.confirmAt = at;
        return List.of(action(TherapistAction.Kind.CONFIRM, at, 0));
    }

    private TherapistAction action(TherapistAction.Kind kind, long at, int nrs) {
        StepState s = step.state;
        return new TherapistAction(kind, at, s.index(), s.id(), s.startedNanos(), nrs);
    }

    private int painScore() {
        int baseline = 5 + (int) (3 * SplitMix64.uniform(SplitMix64.key(seed, PAIN_STREAM), 0));
        int nrs = painScores == 0 ? baseline : (int) Math.round(baseline * (1 - PAIN_RELIEF));
        painScores++;
        return nrs;
    }

    /** How the therapist changes the force on a cue. */
    enum Correction {
        /** Towards the aim from above; at the aim, 10 % lower. */
        LESS,
        /** Towards the aim from below; at the aim, 10 % higher. */
        MORE,
        /** At once to 10 % below the aim. */
        AT_ONCE,
        /** Towards the aim from above; at the aim, no change (the patient's guarding, not the force, was the matter). */
        GENTLER
    }

    private void release(long at, Correction correction) {
        if (!(script.at(at) instanceof Strokes strokes)) {
            return;
        }
        step.correctForce(correction);
        restroke(strokes, at);
    }

    private void rate(long at, double factor) {
        if (!(script.at(at) instanceof Strokes strokes)) {
            return;
        }
        step.rateHz = Shapes.clamp(step.rateHz * factor, ScenarioSettings.MIN_RATE_HZ, ScenarioSettings.MAX_RATE_HZ);
        restroke(strokes, at);
    }

    /** The same strokes with the step's new force or rate, from the next cycle on. */
    private void restroke(Strokes strokes, long at) {
        long boundary = strokes.nextCycle(at);
        switchTo(new Strokes(boundary, sampleAt(boundary), strokes.strokeAt(at), 0, step.rateHz, step.meanN,
                step.peakN, step.targets.side(), step.toleranceN, SplitMix64.key(seed, STROKE_STREAM)));
    }

    private void rest(long at, boolean quiet) {
        long begin = settle(at);
        switchTo(new Rest(begin, sampleAt(begin), quiet));
    }

    /** Replaces what was planned from {@code next}'s start on, keeping count of the strokes. */
    private void switchTo(Activity next) {
        if (script.at(next.startNanos) instanceof Strokes strokes) {
            nextStroke = strokes.strokeAt(next.startNanos);
        }
        script = script.then(next);
    }

    private long settle(long at) {
        Activity a = script.at(at);
        return a == null ? at : a.settle(at);
    }

    private ScriptSample sampleAt(long nanos) {
        ScriptSample s = new ScriptSample();
        script.sample(nanos, s);
        return s;
    }

    private long reaction(double least) {
        return Activity.nanos(least + REACTION_SPREAD_S * random.nextDouble());
    }

    private long check() {
        return Activity.nanos(CHECK_S + 1.5 * random.nextDouble());
    }

    /** One step as begun at one time, and what the therapist and patient have made of it so far. */
    private static final class StepPlan {

        StepState state;
        final StepTargets targets;
        final long key;
        boolean painPlanned;
        /** When the therapist confirms the current wait, as planned; MAX_VALUE while none is planned. */
        long confirmAt = Long.MAX_VALUE;
        int holds;
        /** Repetitions from this number on are done with care (after a poor one); MAX_VALUE: as they come. */
        int goodFrom = Integer.MAX_VALUE;
        double aimMeanN;
        double aimPeakN;
        double meanN;
        double peakN;
        double rateHz;
        double toleranceN = Double.NaN;
        double[] holdPct;
        /** Side of the self-paced functional repetitions planned (-1 left, +1 right; 0 none) and when the first begins. */
        int functionalSide;
        long functionalFrom;

        StepPlan(StepState state, StepTargets targets, long key) {
            this.state = state;
            this.targets = targets;
            this.key = key;
        }

        /** Repetitions a functional movement counts in all, the first half on the left. */
        int functionalTotal() {
            return Math.max(2, state.repetitionsTarget());
        }

        int functionalHalf() {
            return (functionalTotal() + 1) / 2;
        }

        boolean sameStep(StepState other) {
            return other.index() == state.index() && other.startedNanos() == state.startedNanos()
                    && other.id().equals(state.id());
        }

        /**
         * The force the therapist aims at (each stroke's mean in the middle of the band, its peak under any
         * limit), the too-hard force a release starts with, the stroke rate in the band's middle, and the
         * force the patient tolerates (a little above the band).
         */
        void aimRelease() {
            Band band = targets.normalForce();
            double mean = band.present() ? band.aim(0.5, 2) : 6;
            double peak = Math.min(mean / 0.7, ScenarioSettings.MAX_PEAK_N);
            if (!Double.isNaN(band.limit())) {
                peak = Math.min(peak, underLimit(band.limit()));
            }
            aimPeakN = peak;
            aimMeanN = Shapes.clamp(mean, 0.45 * peak, 0.8 * peak);
            double hardMean = band.hasHigh() ? Math.max(TOO_HARD * aimMeanN, 1.1 * band.high()) : TOO_HARD * aimMeanN;
            double hardPeak = Math.min(hardMean / 0.75, ScenarioSettings.MAX_PEAK_N);
            if (!Double.isNaN(band.limit())) {
                hardPeak = Math.min(hardPeak, underLimit(band.limit()));
            }
            peakN = Math.max(hardPeak, aimPeakN);
            meanN = Shapes.clamp(hardMean, 0.45 * peakN, 0.8 * peakN);
            Band rate = targets.strokeRatePerMin();
            double perMin = rate.present() ? rate.aim(0.5, 3) : 30;
            rateHz = Shapes.clamp(perMin / 60, ScenarioSettings.MIN_RATE_HZ, ScenarioSettings.MAX_RATE_HZ);
            // the peak of a stroke whose mean is at the band's top: strokes in the band stay under it
            toleranceN = band.hasHigh() ? band.high() / 0.75 : Double.NaN;
        }

        /** The highest typical peak whose strokes, varying as they do, stay under a limit. */
        private static double underLimit(double limit) {
            return 0.95 * limit / (1 + TherapyScenario.PEAK_VARIATION);
        }

        void correctForce(Correction c) {
            if (c == Correction.AT_ONCE) {
                aimMeanN *= 0.9;
                aimPeakN *= 0.9;
                meanN = aimMeanN;
                peakN = aimPeakN;
                return;
            }
            boolean more = c == Correction.MORE;
            boolean beyond = more ? meanN < aimMeanN * 0.98 : meanN > aimMeanN * 1.02;
            if (!beyond) {
                if (c == Correction.GENTLER) {
                    return;
                }
                // the engine sees the force otherwise than aimed: take its word for a new aim 10 % away
                aimMeanN = Math.min(meanN * (more ? 1.1 : 0.9), 0.8 * ScenarioSettings.MAX_PEAK_N);
                aimPeakN = Math.min(peakN * (more ? 1.1 : 0.9), ScenarioSettings.MAX_PEAK_N);
            }
            meanN = aimMeanN + CORRECTION_LEFT * (meanN - aimMeanN);
            peakN = aimPeakN + CORRECTION_LEFT * (peakN - aimPeakN);
            if (Math.abs(meanN - aimMeanN) < 0.3) {
                meanN = aimMeanN;
                peakN = aimPeakN;
            }
        }

        /** Each muscle's activation while holding: inside its band, under a ceiling, else at rest. */
        double[] aimMuscles() {
            double[] pct = new double[EmgMontage.COUNT];
            for (int m = 0; m < pct.length; m++) {
                pct[m] = good(targets.muscle(m));
            }
            return pct;
        }

        /** A good level for a band: in the middle of a closed one, well above a floor, well under a ceiling. */
        private static double good(Band b) {
            if (!b.present()) {
                return 0;
            }
            if (b.closed()) {
                return b.aim(0.55, 0);
            }
            return b.hasLow() ? Math.min(100, 1.6 * b.low() + 3) : 0.4 * b.high();
        }

        /** More effort in {@code muscle} (-1: those with a floor), or less in it (-1: those with only a ceiling). */
        void adjustMuscles(boolean more, int muscle) {
            for (int m = 0; m < holdPct.length; m++) {
                Band b = targets.muscle(m);
                boolean named = muscle >= 0 ? m == muscle : (more ? b.hasLow() : b.hasHigh() && !b.hasLow());
                if (!named) {
                    continue;
                }
                holdPct[m] = adjusted(holdPct[m], b, more);
            }
        }

        /**
         * A muscle's new level on a cue. In a closed band the patient, watching the bar, moves by a step of
         * the band ({@value ScriptedSession#BAND_STEP} of its width) and stays within it: a fixed factor would overshoot to
         * the far edge, where the envelope's noise breaks every hold. Under a ceiling, well down; without a
         * band, by a fifth up or 30 % down.
         */
        private static double adjusted(double pct, Band b, boolean more) {
            if (b.closed()) {
                double step = BAND_STEP * (b.high() - b.low());
                return more ? Math.min(b.aim(1 - BAND_STEP, 0), pct + step) : Math.max(b.aim(BAND_STEP, 0), pct - step);
            }
            if (b.hasHigh() && !more) {
                return pct * 0.7;
            }
            return more ? Math.min(100, pct * 1.2 + 2) : pct * 0.7;
        }

        /**
         * The activation of a functional movement's repetition on one side, the left weaker: each muscle
         * the step targets, on either side, is activated on this side (a step may name only the side
         * being tested).
         */
        double[] functional(int side) {
            double[] pct = new double[EmgMontage.COUNT];
            for (int m = 0; m < pct.length; m++) {
                Band b = targets.muscle(m);
                if (!b.present()) {
                    continue;
                }
                String kind = EmgMontage.MUSCLES.get(m).name().substring(2);
                int onSide = EmgMontage.indexOf((side < 0 ? "L_" : "R_") + kind);
                double floor = b.hasLow() ? b.low() : 0.5 * b.high();
                pct[onSide] = Math.min(100, floor * (side < 0 ? LEFT_EFFORT : RIGHT_EFFORT));
            }
            return pct;
        }

        /**
         * Drill repetition {@code n}: the pose the criteria want, or - about one in four, never the first
         * nor one after a poor one - a pose that misses one criterion.
         */
        Pose repetition(long at, ScriptSample from, int n) {
            double[] pct = aimMuscles();
            Band x = targets.copX();
            Band y = targets.copY();
            double copX = copAim(x);
            double copY = copAim(y);
            double reach = 1;
            double wobble = 0;
            List<Fault> faults = faults();
            long group = (n - 1) / 4;
            boolean poor = n > 0 && n < goodFrom && !faults.isEmpty()
                    && (n - 1) % 4 == (long) (4 * SplitMix64.uniform(key, 2 * group));
            if (poor) {
                Fault f = faults.get((int) (faults.size() * SplitMix64.uniform(key, 2 * n + 1)));
                switch (f.kind) {
                    case SHORT -> reach = 0.4;
                    case DRIFT_X -> copX = driftOut(x, n);
                    case DRIFT_Y -> copY = driftOut(y, n);
                    case WEAK -> pct[f.muscle] = 0.5 * targets.muscle(f.muscle).low();
                    case OVER -> pct[f.muscle] = 1.3 * targets.muscle(f.muscle).high();
                    case WOBBLE -> wobble = 15;
                }
            }
            return new Pose(at, from, pct, copX, copY, reach, wobble, Double.POSITIVE_INFINITY);
        }

        /**
         * Where the centre of pressure goes for a band: beyond a single edge by 12 mm, the middle of a
         * closed band away from the centre, nowhere for a band about the centre (stay within it).
         */
        private static double copAim(Band b) {
            if (!b.present()) {
                return Double.NaN;
            }
            if (b.closed()) {
                return b.low() <= 0 && b.high() >= 0 ? Double.NaN : b.aim(0.5, 0);
            }
            return b.hasLow() ? b.low() + 12 : b.high() - 12;
        }

        /** Out of a band about the centre by 15 mm, to one side or the other. */
        private double driftOut(Band b, int n) {
            return SplitMix64.uniform(key, 2 * n + 2) < 0.5 ? b.low() - 15 : b.high() + 15;
        }

        private enum FaultKind {
            SHORT, DRIFT_X, DRIFT_Y, WEAK, OVER, WOBBLE
        }

        private record Fault(FaultKind kind, int muscle) {
        }

        /** The ways a repetition of this drill can miss a criterion. */
        private List<Fault> faults() {
            List<Fault> list = new ArrayList<>();
            if (reaches(targets.copX()) || reaches(targets.copY())) {
                list.add(new Fault(FaultKind.SHORT, -1));
            }
            if (targets.copX().closed() && Double.isNaN(copAim(targets.copX()))) {
                list.add(new Fault(FaultKind.DRIFT_X, -1));
            }
            if (targets.copY().closed() && Double.isNaN(copAim(targets.copY()))) {
                list.add(new Fault(FaultKind.DRIFT_Y, -1));
            }
            for (int m = 0; m < EmgMontage.COUNT; m++) {
                Band b = targets.muscle(m);
                if (b.hasLow()) {
                    list.add(new Fault(FaultKind.WEAK, m));
                } else if (b.hasHigh()) {
                    list.add(new Fault(FaultKind.OVER, m));
                }
            }
            if (targets.copSpeed().hasHigh()) {
                list.add(new Fault(FaultKind.WOBBLE, -1));
            }
            return list;
        }

        private static boolean reaches(Band b) {
            return b.present() && !Double.isNaN(copAim(b));
        }
    }
}
