package org.myofuse.lib.simulation.script;

import java.util.ArrayList;
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
 * The scripted therapist and patient: they follow a protocol run's events and plan what they do as a
 * {@link Script} the simulated devices play, and say when the therapist confirms a step or enters a
 * pain score ({@link TherapistAction}s, performed by the caller).
 *
 * <ul>
 * <li>Calibration: the patient rests for a baseline while the therapist holds the tool off the skin
 * (for the tare), then contracts maximally, holds 4 s and relaxes; asked again ({@code emg.activate})
 * the patient contracts again.</li>
 * <li>Release: the therapist strokes aiming at the step's normal-force band, a bit too hard at first,
 * and eases after {@code pressure.less} (harder after {@code pressure.more}, slower or faster after
 * {@code stroke.slower}/{@code stroke.faster}), finishing the stroke in hand before changing; the
 * patient guards now and then.</li>
 * <li>Biofeedback: the muscles the step targets rise into their %MVC band and hold (or contract, hold
 * and relax when the step counts contractions); a muscle with only a ceiling stays under it; more
 * after {@code emg.activate}, the ceilinged muscles less after {@code emg.relax}.</li>
 * <li>Drill: repetitions moving the centre of pressure and activating the muscles as the step's
 * targets want, some poor; after {@code rep.poor} the next one is good.</li>
 * <li>Assessment: the patient stands quietly for sway; the therapist enters the pain score asked for
 * (the first of the run the patient's baseline, later ones 40 % lower, as in the programme's
 * outcomes).</li>
 * </ul>
 * Every response comes a human reaction time after its cue or step change (0.3-0.7 s to a cue,
 * 0.5-1 s to a new step). A step that waits for confirmation is confirmed once it has been done: its
 * repetitions counted, else its natural course (a calibration's contraction, 8 s of quiet stance, 12
 * strokes, 3 contractions, 5 repetitions) and its planned duration over.
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
    static final double PAIN_QUESTION_S = 1.5;
    /** Time the therapist takes to place the tool before the first stroke, s. */
    static final double PLACE_TOOL_S = 1.0;
    static final double EXERCISE_LEAD_S = 0.5;
    static final double SWAY_S = 8.0;
    static final int STROKES_BEFORE_CONFIRM = 12;
    static final int CONTRACTIONS_BEFORE_CONFIRM = 3;
    static final int REPS_BEFORE_CONFIRM = 5;
    /** Share of the mean force the scripted therapist starts a release with above the band. */
    static final double TOO_HARD = 1.15;
    /** How much of the distance to the aimed force is left after easing or pressing on a cue. */
    static final double CORRECTION_LEFT = 0.25;
    static final double RATE_STEP = 0.15;
    static final double PAIN_RELIEF = 0.4;

    private static final long RANDOM_STREAM = 1;
    private static final long STROKE_STREAM = 2;
    private static final long PAIN_STREAM = 3;
    private static final long REPETITION_STREAM = 1000;

    private final long seed;
    private volatile Script script = Script.IDLE;
    private SplitMix64 random;
    private long nextStroke;
    private long nextRep;
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
            start(step, settle(nowNanos + reaction(STEP_REACTION_S)), false);
        }
        return awaited(nowNanos);
    }

    /** Repetitions were counted, or what the step waits for changed. */
    public List<TherapistAction> progressed(RunState state, long nowNanos) {
        if (step == null || !step.sameStep(state.step())) {
            return stepChanged(state, nowNanos);
        }
        step.state = state.step();
        return awaited(nowNanos);
    }

    /** A cue: the therapist or the patient responds to it after a reaction time. */
    public List<TherapistAction> cue(Cue cue) {
        if (step == null || paused || !cue.stepId().equals(step.state.id())) {
            return List.of();
        }
        long at = cue.sessionNanos() + reaction(CUE_REACTION_S);
        switch (cue.code()) {
            case "pressure.less", "guarding.reduce" -> release(at, -1);
            case "overpressure" -> release(at, -2);
            case "pressure.more" -> release(at, 1);
            case "stroke.slower" -> rate(at, 1 - RATE_STEP);
            case "stroke.faster" -> rate(at, 1 + RATE_STEP);
            case "emg.activate" -> activate(at, true);
            case "emg.relax" -> activate(at, false);
            case "rep.poor" -> correctRepetitions(at);
            case "release.suggest-end" -> {
                return confirmIfAwaited(at);
            }
            default -> {
                // information the therapist and patient need not act on (progress, rep.good, ...)
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
        long begin = settle(state.startedNanos() + reaction(STEP_REACTION_S));
        step.begin = begin;
        if (pausedNow) {
            rest(begin, false);
        } else {
            start(step, begin, true);
        }
        return awaited(begin);
    }

    /** Plans the step's activity from {@code begin}; {@code fresh} for its beginning, else a resumption. */
    private void start(StepPlan p, long begin, boolean fresh) {
        ScriptSample from = sampleAt(begin);
        switch (p.state.type()) {
            case CALIBRATION -> {
                double duration = p.state.durationS();
                double rest = Double.isNaN(duration) ? 3 : Shapes.clamp(0.25 * duration, 1, 5);
                var mvc = new MaximalContraction(begin, from, rest, p.calibrated());
                switchTo(mvc);
                p.naturalEnd(begin + Activity.nanos(mvc.seconds() + 1));
            }
            case ASSESSMENT -> {
                switchTo(new Rest(begin, from, true));
                p.naturalEnd(begin + Activity.nanos(SWAY_S));
            }
            case RELEASE -> {
                if (fresh) {
                    p.aimRelease();
                }
                var strokes = new Strokes(begin, from, nextStroke, PLACE_TOOL_S, p.rateHz, p.meanN, p.peakN,
                        p.targets.side(), SplitMix64.key(seed, STROKE_STREAM));
                switchTo(strokes);
                p.naturalEnd(begin + Activity.nanos(PLACE_TOOL_S + STROKES_BEFORE_CONFIRM / p.rateHz));
            }
            case BIOFEEDBACK -> {
                if (fresh) {
                    p.holdPct = p.aimMuscles();
                }
                boolean cycles = p.state.repetitionsTarget() > 0;
                var contractions = new Contractions(begin, from, begin + Activity.nanos(EXERCISE_LEAD_S), cycles,
                        p.holdPct);
                switchTo(contractions);
                p.naturalEnd(cycles ? contractions.endOf(CONTRACTIONS_BEFORE_CONFIRM - 1)
                        : begin + Activity.nanos(10));
            }
            case DRILL -> {
                if (fresh) {
                    p.holdPct = p.aimMuscles();
                    nextRep = 0;
                }
                switchTo(new Repetitions(begin, from, nextRep, EXERCISE_LEAD_S, p.targets.copX().aim(0.5, 10),
                        p.targets.copY().aim(0.5, 10), p.holdPct, -1, p.key));
                p.naturalEnd(begin + Activity.nanos(EXERCISE_LEAD_S + REPS_BEFORE_CONFIRM * Repetitions.repSeconds()));
            }
        }
    }

    /** What the step waits for from the therapist, planned once per step. */
    private List<TherapistAction> awaited(long nowNanos) {
        StepState s = step.state;
        List<TherapistAction> actions = new ArrayList<>(1);
        if (s.awaiting() == Awaiting.PAIN_SCORE && !step.painPlanned) {
            step.painPlanned = true;
            long at = Math.max(nowNanos, step.begin) + reaction(PAIN_QUESTION_S);
            actions.add(action(TherapistAction.Kind.PAIN, at, painScore()));
        }
        if (s.awaiting() == Awaiting.CONFIRMATION && step.confirmAt == Long.MAX_VALUE && !paused) {
            long done = -1;
            if (s.repetitionsTarget() > 0 && s.repetitionsDone() >= s.repetitionsTarget()) {
                done = nowNanos;
            } else if (s.repetitionsTarget() == 0 || !Double.isNaN(s.durationS())) {
                done = Math.max(nowNanos, step.naturalEnd);
            }
            if (done >= 0) {
                step.confirmAt = done + reaction(CUE_REACTION_S);
                actions.add(action(TherapistAction.Kind.CONFIRM, step.confirmAt, 0));
            }
        }
        return actions;
    }

    /** The engine suggests the step is done: the therapist confirms, unless about to anyway. */
    private List<TherapistAction> confirmIfAwaited(long at) {
        if (step.state.awaiting() != Awaiting.CONFIRMATION || step.confirmAt <= at) {
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

    /** The therapist changes the force: -1 eases, -2 eases at once to below the aim, +1 presses harder. */
    private void release(long at, int change) {
        if (!(script.at(at) instanceof Strokes strokes)) {
            return;
        }
        step.correctForce(change);
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
                step.peakN, step.targets.side(), SplitMix64.key(seed, STROKE_STREAM)));
    }

    /** The patient contracts more ({@code more}) or lets the muscles under a ceiling relax. */
    private void activate(long at, boolean more) {
        Activity now = script.at(at);
        if (step.state.type() == StepType.CALIBRATION) {
            ScriptSample s = sampleAt(at);
            if (more && s.activationPct[step.firstCalibrated()] < 50) {
                var mvc = new MaximalContraction(at, s, 0, step.calibrated());
                switchTo(mvc);
                step.naturalEnd(at + Activity.nanos(mvc.seconds() + 1));
            } else if (!more) {
                switchTo(new Rest(at, s, false));
            }
            return;
        }
        if (step.holdPct == null) {
            return;
        }
        step.adjustMuscles(more);
        if (now instanceof Contractions c) {
            switchTo(new Contractions(at, sampleAt(at), c.originNanos(), c.cycles(), step.holdPct));
        } else if (now instanceof Repetitions r) {
            long boundary = r.nextRep(at);
            switchTo(new Repetitions(boundary, sampleAt(boundary), r.repAt(at), 0, step.targets.copX().aim(0.5, 10),
                    step.targets.copY().aim(0.5, 10), step.holdPct, -1, step.key));
        }
    }

    /** After a poor repetition the patient takes care: the next one is good. */
    private void correctRepetitions(long at) {
        if (!(script.at(at) instanceof Repetitions r)) {
            return;
        }
        long boundary = r.nextRep(at);
        long rep = r.repAt(at);
        switchTo(new Repetitions(boundary, sampleAt(boundary), rep, 0, step.targets.copX().aim(0.5, 10),
                step.targets.copY().aim(0.5, 10), step.holdPct, rep, step.key));
    }

    private void rest(long at, boolean quiet) {
        long begin = settle(at);
        switchTo(new Rest(begin, sampleAt(begin), quiet));
    }

    /** Replaces what was planned from {@code next}'s start on, keeping count of strokes and repetitions. */
    private void switchTo(Activity next) {
        Activity before = script.at(next.startNanos);
        if (before instanceof Strokes strokes) {
            nextStroke = strokes.strokeAt(next.startNanos);
        } else if (before instanceof Repetitions reps && !(next instanceof Repetitions)) {
            nextRep = reps.repAt(next.startNanos);
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

    /** One step as begun at one time, and what the therapist and patient have made of it so far. */
    private static final class StepPlan {

        StepState state;
        final StepTargets targets;
        final long key;
        long begin;
        long naturalEnd;
        boolean painPlanned;
        /** When the therapist confirms the step, as planned so far; MAX_VALUE before it is planned. */
        long confirmAt = Long.MAX_VALUE;
        double aimMeanN;
        double aimPeakN;
        double meanN;
        double peakN;
        double rateHz;
        double[] holdPct;

        StepPlan(StepState state, StepTargets targets, long key) {
            this.state = state;
            this.targets = targets;
            this.key = key;
        }

        boolean sameStep(StepState other) {
            return other.index() == state.index() && other.startedNanos() == state.startedNanos()
                    && other.id().equals(state.id());
        }

        /** When the step's course is done: its natural end, or its planned duration if later. */
        void naturalEnd(long natural) {
            double duration = state.durationS();
            naturalEnd = Double.isNaN(duration) ? natural
                    : Math.max(natural, state.startedNanos() + Activity.nanos(duration));
        }

        /** The muscles a calibration contracts: those the step targets, else all. */
        boolean[] calibrated() {
            boolean[] mask = new boolean[EmgMontage.COUNT];
            boolean any = targets.anyMuscle();
            for (int m = 0; m < mask.length; m++) {
                mask[m] = !any || targets.muscle(m).present();
            }
            return mask;
        }

        int firstCalibrated() {
            boolean[] mask = calibrated();
            for (int m = 0; m < mask.length; m++) {
                if (mask[m]) {
                    return m;
                }
            }
            return 0;
        }

        /**
         * The force the therapist aims at (mean and peak of a stroke inside the band, peak below any
         * limit) and the too-hard force a release starts with; the stroke rate in the band's middle.
         */
        void aimRelease() {
            Band band = targets.normalForce();
            double mean = band.present() ? band.aim(0.5, 2) : 6;
            double peak = band.closed() ? band.aim(0.85, 0) : (band.hasHigh() ? 0.85 * band.high() : mean / 0.7);
            if (!Double.isNaN(band.limit())) {
                peak = Math.min(peak, underLimit(band.limit()));
            }
            peak = Math.min(peak, ScenarioSettings.MAX_PEAK_N);
            aimPeakN = peak;
            aimMeanN = Shapes.clamp(mean, 0.45 * peak, 0.8 * peak);
            double hardMean = band.hasHigh() ? Math.max(TOO_HARD * aimMeanN, 1.1 * band.high()) : TOO_HARD * aimMeanN;
            double hardPeak = hardMean / 0.75;
            if (!Double.isNaN(band.limit())) {
                hardPeak = Math.min(hardPeak, underLimit(band.limit()));
            }
            hardPeak = Math.min(hardPeak, ScenarioSettings.MAX_PEAK_N);
            peakN = Math.max(hardPeak, aimPeakN);
            meanN = Shapes.clamp(hardMean, 0.45 * peakN, 0.8 * peakN);
            Band rate = targets.strokeRatePerMin();
            double perMin = rate.present() ? rate.aim(0.5, 3) : 30;
            rateHz = Shapes.clamp(perMin / 60, ScenarioSettings.MIN_RATE_HZ, ScenarioSettings.MAX_RATE_HZ);
        }

        /** The highest typical peak whose strokes, varying as they do, stay under a limit. */
        private static double underLimit(double limit) {
            return 0.95 * limit / (1 + TherapyScenario.PEAK_VARIATION);
        }

        /** Moves the force towards the aim; at the aim already, the cue is taken as a new aim 10 % away. */
        void correctForce(int change) {
            if (change == -2) {
                aimMeanN *= 0.9;
                aimPeakN *= 0.9;
                meanN = aimMeanN;
                peakN = aimPeakN;
                return;
            }
            boolean beyond = change < 0 ? meanN > aimMeanN * 1.02 : meanN < aimMeanN * 0.98;
            if (!beyond) {
                aimMeanN = Math.min(meanN * (1 + 0.1 * change), 0.8 * ScenarioSettings.MAX_PEAK_N);
                aimPeakN = Math.min(peakN * (1 + 0.1 * change), ScenarioSettings.MAX_PEAK_N);
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
                Band b = targets.muscle(m);
                pct[m] = b.present() ? Shapes.clamp(b.aim(b.closed() ? 0.55 : 0.45, 5), 0, 100) : 0;
            }
            return pct;
        }

        /** More effort in the muscles with a floor, or less in those with only a ceiling. */
        void adjustMuscles(boolean more) {
            for (int m = 0; m < holdPct.length; m++) {
                Band b = targets.muscle(m);
                if (more && b.hasLow()) {
                    holdPct[m] = Math.min(100, holdPct[m] * 1.2 + 2);
                } else if (!more && b.hasHigh() && !b.hasLow()) {
                    holdPct[m] *= 0.6;
                } else if (!more && b.closed() && holdPct[m] > b.high()) {
                    holdPct[m] = b.aim(0.5, 0);
                }
            }
        }
    }
}
