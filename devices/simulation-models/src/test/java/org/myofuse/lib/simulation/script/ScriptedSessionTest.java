package org.myofuse.lib.simulation.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.myofuse.lib.simulation.script.Events.OPEN;
import static org.myofuse.lib.simulation.script.Events.SECOND;
import static org.myofuse.lib.simulation.script.Events.band;
import static org.myofuse.lib.simulation.script.Events.cue;
import static org.myofuse.lib.simulation.script.Events.done;
import static org.myofuse.lib.simulation.script.Events.paused;
import static org.myofuse.lib.simulation.script.Events.play;
import static org.myofuse.lib.simulation.script.Events.running;
import static org.myofuse.lib.simulation.script.Events.step;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.protocol.StepState;
import org.myofuse.api.protocol.StepState.Awaiting;
import org.myofuse.api.protocol.StepType;
import org.myofuse.lib.simulation.EmgMontage;

/**
 * The scripted therapist and patient answer protocol events built by hand, as the engine sends them
 * (docs/protocols-format.md): what they do is read back from the script they plan, sampled as the
 * devices sample it.
 */
class ScriptedSessionTest {

    private static final long T0 = 20 * SECOND;
    private static final long MS = 1_000_000L;
    private static final int MULTIFIDUS = EmgMontage.indexOf("L_multifidus");
    private static final int ERECTOR = EmgMontage.indexOf("L_erector_spinae");
    private static final int GLUTE_L = EmgMontage.indexOf("L_glute_max");
    private static final int GLUTE_R = EmgMontage.indexOf("R_glute_max");

    private static StepState release(int strokes, Awaiting awaiting) {
        return step(2, "release-tlf-left", StepType.RELEASE, "Release, thoracolumbar fascia left", T0, 120, strokes,
                awaiting, band("normalForce", 6, 8.9, 15, "N"), band("strokeRate", 15, 60, OPEN, "/min"));
    }

    @Test
    void aCalibrationRestsUntilAskedThenContractsTheNamedMuscleMaximallyUntilToldToRelax() {
        var session = new ScriptedSession(42);
        StepState mvc = step(1, "mvc", StepType.CALIBRATION, "Maximum voluntary contraction", T0, OPEN, 12,
                Awaiting.NOTHING);
        session.runStarted(running(mvc));
        // a reaction time after the step began
        for (ScriptSample x : play(session.script(), T0 + SECOND, T0 + 10 * SECOND, 10 * MS)) {
            assertEquals(0, x.activationPct(MULTIFIDUS), "rests until asked");
            assertFalse(x.weightShifts(), "still, for the baseline");
            assertFalse(x.toolActive());
        }
        long asked = T0 + 10 * SECOND;
        session.cue(cue(asked, mvc, "calibration.contract", "Contract left lumbar multifidus as hard as possible"));
        session.cue(cue(asked + 5 * SECOND, mvc, "calibration.relax", "Relax"));
        ScriptSample[] s = play(session.script(), asked, asked + 10 * SECOND, 10 * MS);
        int full = first(s, x -> x.activationPct(MULTIFIDUS) > 99.9);
        assertTrue(full >= 30 && full <= 160, "at its maximum " + full * 10 + " ms after the cue");
        assertEquals(30, s[300].activationPct(ERECTOR), 1e-9, "the others join in");
        int relaxed = full + first(Arrays.copyOfRange(s, full, s.length), x -> x.activationPct(MULTIFIDUS) < 1);
        assertTrue(relaxed > 500 && relaxed < 650, "relaxed " + relaxed * 10 + " ms after the cue");

        session.cue(cue(asked + 20 * SECOND, mvc, "calibration.contract", "Contract as hard as possible"));
        ScriptSample[] unnamed = play(session.script(), asked + 20 * SECOND, asked + 40 * SECOND, 10 * MS);
        for (int m = 0; m < EmgMontage.COUNT; m++) {
            assertEquals(100, unnamed[400].activationPct(m), 1e-9, "a cue naming no muscle: all contract");
        }
        int letGo = 400 + first(Arrays.copyOfRange(unnamed, 400, unnamed.length),
                x -> x.activationPct(MULTIFIDUS) < 1);
        assertTrue(letGo > 800 && letGo < 1100, "without a cue to relax, lets go after 8 s: " + letGo * 10 + " ms");
    }

    @Test
    void aReleaseStartsTooHardEasesAfterALessPressureCueAndNeverCutsAStroke() {
        var session = new ScriptedSession(42);
        StepState release = release(30, Awaiting.NOTHING);
        session.runStarted(running(release));
        List<Stroke> before = strokes(play(session.script(), T0, T0 + 60 * SECOND, MS), T0);
        assertTrue(before.size() > 20);
        for (Stroke k : before) {
            assertTrue(k.meanN > 8.9, "too hard at first: mean " + k.meanN + " N");
            assertTrue(k.peakN < 15, "but under the limit: peak " + k.peakN + " N");
        }
        long cueAt = before.get(2).endNanos + 100 * MS;
        ScriptSample[] planned = play(session.script(), cueAt, cueAt + 300 * MS, MS);
        session.cue(cue(cueAt, release, "pressure.less"));
        ScriptSample[] answered = play(session.script(), cueAt, cueAt + 300 * MS, MS);
        for (int i = 0; i < planned.length; i++) {
            assertEquals(planned[i].normalForceN(), answered[i].normalForceN(), "no response within 300 ms");
        }
        ScriptSample[] after = play(session.script(), T0, T0 + 60 * SECOND, MS);
        List<Stroke> strokes = strokes(after, T0);
        for (Stroke k : strokes) {
            if (k.startNanos < cueAt) {
                assertTrue(k.meanN > 8.9, "before the cue: " + k.meanN + " N");
            } else if (k.startNanos > cueAt + 700 * MS + 2 * SECOND) {
                assertTrue(k.meanN >= 6 && k.meanN <= 8.9, "eased into the band: " + k.meanN + " N");
            }
        }
        assertEquals(before.size(), strokes.size(), "the stroke in hand is finished, the rhythm kept");
        for (int i = 1; i < after.length; i++) {
            assertTrue(Math.abs(after[i].normalForceN() - after[i - 1].normalForceN()) < 0.2,
                    "no jump in force at " + i + " ms");
        }
        assertEquals(-1, after[after.length / 2].side(), "the step's side: left");
        assertEquals(8.9 / 0.75, after[after.length / 2].toleranceN(), 1e-9, "tolerates strokes in the band");
    }

    @Test
    void theTherapistStrokesSlowerAfterASlowerCue() {
        var session = new ScriptedSession(42);
        StepState release = release(0, Awaiting.NOTHING);
        session.runStarted(running(release));
        session.cue(cue(T0 + 10 * SECOND, release, "stroke.slower"));
        List<Stroke> strokes = strokes(play(session.script(), T0, T0 + 60 * SECOND, MS), T0);
        double early = meanInterval(strokes, T0, T0 + 10 * SECOND);
        double late = meanInterval(strokes, T0 + 14 * SECOND, T0 + 60 * SECOND);
        assertEquals(60 / 37.5, early, 0.1, "37.5 strokes a minute, the middle of 15-60");
        assertEquals(early / 0.85, late, 0.1);
    }

    @Test
    void aStepThatWaitsForConfirmationAsItBeginsIsConfirmedAfterACheckAndWorkedAfterwards() {
        var session = new ScriptedSession(42);
        StepState release = release(12, Awaiting.CONFIRMATION);
        List<TherapistAction> actions = session.runStarted(running(release));
        assertEquals(1, actions.size());
        TherapistAction confirm = actions.get(0);
        assertEquals(TherapistAction.Kind.CONFIRM, confirm.kind());
        assertTrue(confirm.atNanos() >= T0 + 2 * SECOND && confirm.atNanos() <= T0 + 3_500 * MS);
        List<Stroke> strokes = strokes(play(session.script(), T0, T0 + 30 * SECOND, MS), T0);
        assertTrue(strokes.get(0).startNanos > confirm.atNanos() + PLACE_TOOL, "strokes after the confirmation");
        assertEquals(List.of(), session.progressed(running(done(release, 0, Awaiting.NOTHING)), T0 + 4 * SECOND));
        List<TherapistAction> asked = session.cue(cue(T0 + 40 * SECOND, release, "confirm.ask"));
        assertEquals(TherapistAction.Kind.CONFIRM, asked.get(0).kind(), "a later wait is confirmed as well");
        assertEquals(List.of(), session.cue(cue(T0 + 40 * SECOND, release, "confirm.ask")), "once");
    }

    private static final long PLACE_TOOL = 1_000 * MS;

    @Test
    void biofeedbackHoldsTheMultifidusInItsBandOnEachHoldWhileTheErectorSpinaeStaysUnderItsCeiling() {
        var session = new ScriptedSession(42);
        StepState feedback = step(4, "multifidus-left", StepType.BIOFEEDBACK, "Multifidus activation, left", T0, OPEN, 6,
                Awaiting.NOTHING, band("emg:multifidus-left", 20, 45, OPEN, "%MVC"),
                band("emg:erector-spinae-left", OPEN, 30, OPEN, "%MVC"));
        session.runStarted(running(feedback));
        assertEquals(0, play(session.script(), T0 + 3 * SECOND, T0 + 4 * SECOND, SECOND)[0].activationPct(MULTIFIDUS),
                "waits for the hold");
        session.cue(cue(T0 + 4 * SECOND, feedback, "hold.start"));
        session.cue(cue(T0 + 14 * SECOND, feedback, "rest.start"));
        ScriptSample[] s = play(session.script(), T0 + 6 * SECOND, T0 + 14 * SECOND, 10 * MS);
        for (ScriptSample x : s) {
            assertTrue(x.activationPct(MULTIFIDUS) >= 20 && x.activationPct(MULTIFIDUS) <= 45);
            assertTrue(x.activationPct(ERECTOR) < 30);
            assertEquals(0, x.activationPct(GLUTE_L));
            assertFalse(x.weightShifts());
        }
        assertTrue(play(session.script(), T0 + 16 * SECOND, T0 + 17 * SECOND, SECOND)[0].activationPct(MULTIFIDUS) < 1,
                "relaxes on rest.start");
        double held = s[0].activationPct(MULTIFIDUS);
        session.cue(cue(T0 + 20 * SECOND, feedback, "hold.start"));
        session.cue(cue(T0 + 23 * SECOND, feedback, "emg.activate", "Activate left lumbar multifidus a little more"));
        ScriptSample later = play(session.script(), T0 + 26 * SECOND, T0 + 27 * SECOND, SECOND)[0];
        assertEquals(held + 0.15 * 25, later.activationPct(MULTIFIDUS), 1e-9, "a step of the band more after emg.activate");
    }

    private static StepState multifidusFeedback() {
        return step(4, "multifidus-left", StepType.BIOFEEDBACK, "Multifidus activation, left", T0, OPEN, 6,
                Awaiting.NOTHING, band("emg:multifidus-left", 20, 45, OPEN, "%MVC"),
                band("emg:erector-spinae-left", OPEN, 30, OPEN, "%MVC"));
    }

    private static double multifidusAt(ScriptedSession session, long nanos) {
        return play(session.script(), nanos, nanos + SECOND, SECOND)[0].activationPct(MULTIFIDUS);
    }

    @Test
    void aCorrectionHeardWhileStillRisingIntoTheHoldChangesNothingAndTheNextHoldStartsAsTheFirst() {
        var session = new ScriptedSession(42);
        StepState feedback = multifidusFeedback();
        session.runStarted(running(feedback));
        session.cue(cue(T0 + 4 * SECOND, feedback, "hold.start"));
        // the engine's second of patience runs from the hold's start; the patient began a reaction time later
        session.cue(cue(T0 + 5 * SECOND, feedback, "emg.activate", "Activate left lumbar multifidus a little more"));
        double held = multifidusAt(session, T0 + 8 * SECOND);
        assertEquals(20 + 0.55 * 25, held, 1e-9, "still the level aimed at");
        session.cue(cue(T0 + 13 * SECOND, feedback, "rest.start"));
        session.cue(cue(T0 + 21 * SECOND, feedback, "hold.start"));
        assertEquals(held, multifidusAt(session, T0 + 25 * SECOND), 1e-9);
    }

    @Test
    void correctionsMoveTheTrainedMuscleByStepsThatStayInsideItsBandAndTheCeilingMuscleWellDown() {
        var session = new ScriptedSession(42);
        StepState feedback = multifidusFeedback();
        session.runStarted(running(feedback));
        session.cue(cue(T0 + 4 * SECOND, feedback, "hold.start"));
        long t = T0 + 8 * SECOND;
        for (int i = 0; i < 6; i++, t += 3 * SECOND) {
            session.cue(cue(t, feedback, "emg.activate", "Activate left lumbar multifidus a little more"));
        }
        assertEquals(45 - 0.15 * 25, multifidusAt(session, t + 2 * SECOND), 1e-9, "below the top edge, however often told");
        for (int i = 0; i < 2; i++, t += 3 * SECOND) {
            session.cue(cue(t, feedback, "emg.relax", "Relax left lumbar multifidus a little"));
        }
        assertEquals(45 - 3 * 0.15 * 25, multifidusAt(session, t + 2 * SECOND), 1e-9, "a step less each time");
        double erector = play(session.script(), t, t + SECOND, SECOND)[0].activationPct(ERECTOR);
        session.cue(cue(t, feedback, "emg.relax", "Relax left erector spinae (longissimus) a little"));
        assertEquals(0.7 * erector, play(session.script(), t + 3 * SECOND, t + 4 * SECOND, SECOND)[0].activationPct(ERECTOR),
                1e-9, "the ceiling muscle well down");
    }

    @Test
    void aDrillHasGoodAndPoorRepetitionsAndTheOneAfterAPoorOneIsGood() {
        var session = new ScriptedSession(42);
        StepState drill = step(6, "weight-shift-left", StepType.DRILL, "Weight shift to the left", T0, OPEN, 16,
                Awaiting.NOTHING, band("copX", OPEN, -40, OPEN, "mm"), band("emg:gluteus-maximus-left", 10, OPEN, OPEN, "%MVC"));
        session.runStarted(running(drill));
        List<Rep> reps = drill(session, drill, 16);
        long good = reps.stream().filter(Rep::good).count();
        assertTrue(good >= 10 && good <= 14, good + " good of 16");
        assertTrue(reps.get(0).good(), "the first is good");
        for (Rep r : reps) {
            assertEquals(-52, r.copX, 1e-9, "beyond the reach edge");
        }
        int poor = reps.indexOf(reps.stream().filter(r -> !r.good()).findFirst().orElseThrow());

        var corrected = new ScriptedSession(42);
        corrected.runStarted(running(drill));
        List<Rep> again = drill(corrected, drill, poor + 1);
        assertFalse(again.get(poor).good());
        corrected.cue(cue(T0 + (poor * 6 + 5) * SECOND, drill, "rep.poor"));
        List<Rep> next = drillFrom(corrected, drill, poor + 1, 4);
        assertTrue(next.stream().allMatch(Rep::good), "careful after a poor one");
    }

    @Test
    void aDrillAboutTheCentreIsMissedByDriftingOutOrWobbling() {
        var session = new ScriptedSession(42);
        StepState drill = step(6, "controlled-rotation", StepType.DRILL, "Controlled rotation", T0, OPEN, 24,
                Awaiting.NOTHING, band("copX", -25, 25, OPEN, "mm"), band("copSpeed", OPEN, 60, OPEN, "mm/s"));
        session.runStarted(running(drill));
        List<Rep> reps = drill(session, drill, 24);
        assertTrue(reps.stream().anyMatch(r -> Math.abs(r.copX) == 40 && r.reach == 1), "drifted out");
        assertTrue(reps.stream().anyMatch(r -> r.wobble == 15), "unsteady");
        assertTrue(reps.stream().filter(r -> Double.isNaN(r.copX) && r.wobble == 0).count() >= 16, "mostly steady, centred");
    }

    @Test
    void anAssessmentIsQuietStanceAndThePainScoreDropsAfterTreatment() {
        var session = new ScriptedSession(42);
        StepState before = step(0, "pain-before", StepType.ASSESSMENT, "Pain before", T0, OPEN, 0, Awaiting.PAIN_SCORE);
        List<TherapistAction> first = session.runStarted(running(before));
        for (ScriptSample x : play(session.script(), T0 + 2 * SECOND, T0 + 10 * SECOND, 10 * MS)) {
            assertFalse(x.weightShifts(), "stands quietly");
            assertFalse(x.toolActive());
            assertEquals(0, x.activationPct(MULTIFIDUS));
        }
        assertEquals(TherapistAction.Kind.PAIN, first.get(0).kind());
        int baseline = first.get(0).painNrs();
        assertTrue(baseline >= 5 && baseline <= 7, "baseline NRS " + baseline);
        assertTrue(first.get(0).atNanos() >= T0 + 1_500 * MS, "asked after the step began");
        assertEquals(List.of(), session.cue(cue(T0 + SECOND, before, "pain.ask")), "asked once");
        StepState after = step(9, "pain-after", StepType.ASSESSMENT, "Pain after", T0 + 300 * SECOND, OPEN, 0,
                Awaiting.PAIN_SCORE);
        List<TherapistAction> last = session.stepChanged(running(after), T0 + 300 * SECOND);
        assertEquals(Math.round(baseline * 0.6), last.get(0).painNrs());
        assertEquals(9, last.get(0).stepIndex());
    }

    private static StepState bridge() {
        return step(3, "glute-asymmetry", StepType.ASSESSMENT, "Single-leg bridge", T0, OPEN, 6,
                Awaiting.NOTHING, band("emg:gluteus-maximus-left", 10, OPEN, OPEN, "%MVC"),
                band("emg:gluteus-maximus-right", 10, OPEN, OPEN, "%MVC"));
    }

    /**
     * The script played with the engine's counting (a repetition: the side's muscle over 10 % for 3 s,
     * counted as it drops, the left first), each count told to the session; repetition {@code missed}
     * of the patient (from 0) is not counted, as when the stream has a gap. The runs of activation of
     * each side, as "L"/"R", until the count is done or {@code until}.
     */
    private static List<String> bridgeCounted(ScriptedSession session, StepState bridge, int missed, long until) {
        List<String> runs = new ArrayList<>();
        var x = new ScriptSample();
        int done = 0;
        long above = -1;
        String on = "";
        for (long t = T0; t < until && done < 6; t += 10 * MS) {
            session.script().sample(t, x);
            String now = x.activationPct(GLUTE_L) > 10 ? "L" : x.activationPct(GLUTE_R) > 10 ? "R" : "";
            if (!now.equals(on) && !now.isEmpty()) {
                runs.add(now);
                above = t;
            }
            boolean counts = on.equals(done < 3 ? "L" : "R") && runs.size() - 1 != missed;
            if (!now.equals(on) && counts && t - above >= 3 * SECOND) {
                session.progressed(running(done(bridge, ++done, Awaiting.NOTHING)), t);
            }
            on = now;
        }
        return runs;
    }

    @Test
    void aFunctionalMovementIsDoneOnTheLeftThenTheRightTheLeftWeaker() {
        var session = new ScriptedSession(42);
        StepState bridge = bridge();
        session.runStarted(running(bridge));
        assertEquals(List.of("L", "L", "L", "R", "R", "R"), bridgeCounted(session, bridge, -1, T0 + 60 * SECOND));
        ScriptSample[] s = play(session.script(), T0, T0 + 60 * SECOND, 10 * MS);
        List<int[]> left = runs(s, x -> x.activationPct(GLUTE_L) > 10);
        List<int[]> right = runs(s, x -> x.activationPct(GLUTE_R) > 10);
        assertTrue(left.get(2)[1] < right.get(0)[0], "left first, then right");
        double l = peak(s, left.get(0), x -> x.activationPct(GLUTE_L));
        double r = peak(s, right.get(0), x -> x.activationPct(GLUTE_R));
        assertTrue((r - l) / r > 0.2, "asymmetry " + (r - l) / r);
        for (int[] h : left) {
            assertTrue(h[1] - h[0] >= 400, "each held " + (h[1] - h[0]) * 10 + " ms");
        }

        var oneSide = new ScriptedSession(42);
        StepState leftOnly = step(3, "glute-asymmetry", StepType.ASSESSMENT, "Single-leg bridge", T0, OPEN, 2,
                Awaiting.NOTHING, band("emg:gluteus-maximus-left", 10, OPEN, OPEN, "%MVC"));
        oneSide.runStarted(running(leftOnly));
        assertEquals(1, runs(play(oneSide.script(), T0, T0 + 7 * SECOND, 10 * MS), x -> x.activationPct(GLUTE_L) > 10).size(),
                "the side named");
        oneSide.progressed(running(done(leftOnly, 1, Awaiting.NOTHING)), T0 + 7 * SECOND);
        ScriptSample[] named = play(oneSide.script(), T0, T0 + 30 * SECOND, 10 * MS);
        assertEquals(3, runs(named, x -> x.activationPct(GLUTE_R) > 10).size(),
                "the other side too, when named one side: one to go and two more while the step is not done");
    }

    @Test
    void aFunctionalRepetitionThatDidNotCountIsDoneAgainBeforeThePatientTurnsToTheRight() {
        var session = new ScriptedSession(42);
        StepState bridge = bridge();
        session.runStarted(running(bridge));
        assertEquals(List.of("L", "L", "L", "L", "R", "R", "R"), bridgeCounted(session, bridge, 1, T0 + 90 * SECOND));
    }

    @Test
    void pausedTheTherapistFinishesTheStrokeAndLiftsTheToolResumedStrokesGoOn() {
        var session = new ScriptedSession(42);
        StepState release = release(0, Awaiting.NOTHING);
        session.runStarted(running(release));
        long pause = T0 + 10 * SECOND;
        session.stepChanged(paused(release), pause);
        session.stepChanged(running(release), pause + 10 * SECOND);
        List<Stroke> strokes = strokes(play(session.script(), T0, T0 + 40 * SECOND, MS), T0);
        assertTrue(strokes.stream().noneMatch(k -> k.startNanos > pause + 1_500 * MS && k.startNanos < pause + 10 * SECOND),
                "no stroke while paused");
        assertTrue(strokes.stream().filter(k -> k.startNanos > pause + 10 * SECOND).count() > 5, "strokes again");
        for (int i = 1; i < strokes.size(); i++) {
            assertTrue(strokes.get(i).number > strokes.get(i - 1).number, "strokes are numbered on");
        }
    }

    @Test
    void theSameEventsWithTheSameSeedPlayTheSameAndAnotherSeedPlaysOtherwise() {
        List<Object> a = runThrough(7);
        assertEquals(a, runThrough(7));
        assertNotEquals(a, runThrough(8));
    }

    /** A release with a cue, then a drill: every planned action and 30 s of samples, as comparable values. */
    private static List<Object> runThrough(long seed) {
        var session = new ScriptedSession(seed);
        StepState release = release(0, Awaiting.CONFIRMATION);
        List<Object> seen = new ArrayList<>(session.runStarted(running(release)));
        session.cue(cue(T0 + 8 * SECOND, release, "pressure.less"));
        StepState drill = step(3, "drill", StepType.DRILL, "Drill", T0 + 15 * SECOND, OPEN, 8, Awaiting.NOTHING,
                band("copY", 20, 40, OPEN, "mm"));
        seen.addAll(session.stepChanged(running(drill), T0 + 15 * SECOND));
        for (int r = 0; r < 3; r++) {
            session.cue(cue(T0 + (16 + 4 * r) * SECOND, drill, "hold.start"));
            session.cue(cue(T0 + (18 + 4 * r) * SECOND, drill, "rest.start"));
        }
        for (ScriptSample x : play(session.script(), T0, T0 + 30 * SECOND, 5 * MS)) {
            seen.add(List.of(x.normalForceN(), x.strokeNumber(), x.guardingPct(), x.reach(), x.copYmm()));
        }
        return seen;
    }

    private record Rep(double copX, double reach, double glute, double wobble) {
        boolean good() {
            return reach > 0.99 && glute >= 10;
        }
    }

    /** {@code count} repetitions paced as the engine paces them: hold.start every 6 s, rest.start 3 s later. */
    private static List<Rep> drill(ScriptedSession session, StepState drill, int count) {
        return drillFrom(session, drill, 0, count);
    }

    private static List<Rep> drillFrom(ScriptedSession session, StepState drill, int first, int count) {
        for (int r = first; r < first + count; r++) {
            session.cue(cue(T0 + (r * 6 + 1) * SECOND, drill, "hold.start"));
            session.cue(cue(T0 + (r * 6 + 4) * SECOND, drill, "rest.start"));
        }
        List<Rep> reps = new ArrayList<>();
        for (int r = first; r < first + count; r++) {
            ScriptSample x = play(session.script(), T0 + (r * 6 + 3) * SECOND, T0 + (r * 6 + 4) * SECOND, SECOND)[0];
            reps.add(new Rep(x.copXmm(), x.reach(), x.activationPct(GLUTE_L), x.wobbleMm()));
        }
        return reps;
    }

    private record Stroke(long number, long startNanos, long endNanos, double meanN, double peakN) {
    }

    /** The complete strokes of samples 1 ms apart from {@code from}: contact to lift-off. */
    private static List<Stroke> strokes(ScriptSample[] s, long from) {
        List<Stroke> list = new ArrayList<>();
        for (int[] r : runs(s, ScriptSample::toolActive)) {
            if (r[1] == s.length) {
                break; // cut off by the end of the samples
            }
            double sum = 0;
            double peak = 0;
            for (int i = r[0]; i < r[1]; i++) {
                sum += s[i].normalForceN();
                peak = Math.max(peak, s[i].normalForceN());
            }
            list.add(new Stroke(s[r[0]].strokeNumber(), from + r[0] * MS, from + r[1] * MS, sum / (r[1] - r[0]), peak));
        }
        return list;
    }

    private static double meanInterval(List<Stroke> strokes, long from, long to) {
        List<Stroke> in = strokes.stream().filter(k -> k.startNanos >= from && k.startNanos < to).toList();
        return (in.get(in.size() - 1).startNanos - in.get(0).startNanos) / 1e9 / (in.size() - 1);
    }

    private interface Condition {
        boolean test(ScriptSample x);
    }

    private interface Value {
        double of(ScriptSample x);
    }

    /** [first, end) index ranges where the condition holds. */
    private static List<int[]> runs(ScriptSample[] s, Condition condition) {
        List<int[]> list = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length; i++) {
            boolean on = i < s.length && condition.test(s[i]);
            if (on && start < 0) {
                start = i;
            } else if (!on && start >= 0) {
                list.add(new int[] {start, i});
                start = -1;
            }
        }
        return list;
    }

    private static double peak(ScriptSample[] s, int[] range, Value value) {
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = range[0]; i < range[1]; i++) {
            peak = Math.max(peak, value.of(s[i]));
        }
        return peak;
    }

    private static int first(ScriptSample[] s, Condition condition) {
        for (int i = 0; i < s.length; i++) {
            if (condition.test(s[i])) {
                return i;
            }
        }
        return -1;
    }
}
