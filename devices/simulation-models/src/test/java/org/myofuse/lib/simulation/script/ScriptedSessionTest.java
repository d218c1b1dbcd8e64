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
import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.protocol.StepState;
import org.myofuse.api.protocol.StepState.Awaiting;
import org.myofuse.api.protocol.StepType;
import org.myofuse.lib.simulation.EmgMontage;

/**
 * The scripted therapist and patient answer protocol events built by hand: what they do is read back
 * from the script they plan, sampled as the devices sample it.
 */
class ScriptedSessionTest {

    private static final long T0 = 20 * SECOND;
    private static final long MS = 1_000_000L;
    private static final int MULTIFIDUS = EmgMontage.indexOf("L_multifidus");
    private static final int ERECTOR = EmgMontage.indexOf("L_erector_spinae");
    private static final int GLUTE_MED = EmgMontage.indexOf("L_glute_med");

    private static StepState release(int repetitions, Awaiting awaiting) {
        return step(2, "release-tlf-left", StepType.RELEASE, "Release, thoracolumbar fascia left", T0, OPEN,
                repetitions, awaiting, band("normalForce", 4, 8, 12, "N"), band("strokeRate", 20, 40, OPEN, "/min"));
    }

    @Test
    void aCalibrationRestsForABaselineThenContractsMaximallyWithTheToolOffTheSkin() {
        var session = new ScriptedSession(42);
        StepState calibration = step(0, "calibrate", StepType.CALIBRATION, "Calibration", T0, 12, 0,
                Awaiting.CONFIRMATION);
        List<TherapistAction> actions = session.runStarted(running(calibration));
        ScriptSample[] s = play(session.script(), T0, T0 + 20 * SECOND, 10 * MS);
        int contracting = first(s, x -> x.activationPct(MULTIFIDUS) > 1);
        // a reaction time, then 3 s (a quarter of the step's 12 s) of rest
        assertTrue(contracting * 10 * MS >= 3_500 * MS, "contracts at " + contracting * 10 + " ms");
        int held = 0;
        for (ScriptSample x : s) {
            assertFalse(x.toolActive(), "the tool stays off the skin for the tare");
            if (x.activationPct(MULTIFIDUS) > 99.9) {
                held++;
                for (int m = 0; m < EmgMontage.COUNT; m++) {
                    assertTrue(x.activationPct(m) > 99.9, "every muscle contracts maximally");
                }
            }
        }
        assertEquals(4.0, held / 100.0, 0.05, "a maximal contraction is held 4 s");
        int relaxed = last(s, x -> x.activationPct(MULTIFIDUS) > 1) + 1;
        assertEquals(1, actions.size());
        TherapistAction confirm = actions.get(0);
        assertEquals(TherapistAction.Kind.CONFIRM, confirm.kind());
        assertTrue(confirm.atNanos() > T0 + relaxed * 10 * MS, "confirmed once the patient has relaxed");
        assertEquals(calibration.startedNanos(), confirm.stepStartedNanos());
    }

    @Test
    void aReleaseStartsTooHardEasesAfterALessPressureCueAndNeverCutsAStroke() {
        var session = new ScriptedSession(42);
        StepState release = release(30, Awaiting.NOTHING);
        session.runStarted(running(release));
        List<Stroke> before = strokes(play(session.script(), T0, T0 + 60 * SECOND, MS), T0);
        assertTrue(before.size() > 20);
        for (Stroke k : before) {
            assertTrue(k.meanN > 7.5, "too hard at first: mean " + k.meanN + " N");
            assertTrue(k.peakN < 12, "but under the limit: peak " + k.peakN + " N");
        }
        assertTrue(before.stream().mapToDouble(Stroke::meanN).average().orElseThrow() > 8, "too hard on average");
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
                assertTrue(k.meanN > 7.5, "before the cue: " + k.meanN + " N");
            } else if (k.startNanos > cueAt + 700 * MS + 3 * SECOND) {
                assertTrue(k.meanN >= 4 && k.meanN <= 8, "eased into the band: " + k.meanN + " N");
            }
        }
        assertEquals(before.size(), strokes.size(), "the stroke in hand is finished, the rhythm kept");
        for (int i = 1; i < after.length; i++) {
            assertTrue(Math.abs(after[i].normalForceN() - after[i - 1].normalForceN()) < 0.2,
                    "no jump in force at " + i + " ms");
        }
        assertEquals(-1, after[after.length / 2].side(), "the step's side: left");
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
        assertEquals(60.0 / 30, early, 0.1, "30 strokes a minute, the middle of 20-40");
        assertEquals(early / 0.85, late, 0.1);
    }

    @Test
    void biofeedbackHoldsTheMultifidusInItsBandAndTheErectorSpinaeUnderItsCeiling() {
        var session = new ScriptedSession(42);
        StepState feedback = step(4, "multifidus", StepType.BIOFEEDBACK, "Multifidus activation", T0, 30, 0,
                Awaiting.NOTHING, band("emg:sim-emg/L_multifidus", 20, 40, OPEN, "%MVC"),
                band("emg:sim-emg/L_erector_spinae", OPEN, 15, OPEN, "%MVC"));
        session.runStarted(running(feedback));
        ScriptSample[] s = play(session.script(), T0 + 3 * SECOND, T0 + 30 * SECOND, 10 * MS);
        for (ScriptSample x : s) {
            assertTrue(x.activationPct(MULTIFIDUS) >= 20 && x.activationPct(MULTIFIDUS) <= 40);
            assertTrue(x.activationPct(ERECTOR) < 15);
            assertEquals(0, x.activationPct(GLUTE_MED));
            assertFalse(x.weightShifts());
            assertFalse(x.toolActive());
        }
        double held = s[s.length - 1].activationPct(MULTIFIDUS);
        session.cue(cue(T0 + 30 * SECOND, feedback, "emg.activate"));
        ScriptSample later = play(session.script(), T0 + 33 * SECOND, T0 + 34 * SECOND, SECOND)[0];
        assertTrue(later.activationPct(MULTIFIDUS) > held * 1.15, "more after emg.activate");
    }

    @Test
    void biofeedbackThatCountsContractionsContractsHoldsAndRelaxes() {
        var session = new ScriptedSession(42);
        StepState feedback = step(4, "multifidus", StepType.BIOFEEDBACK, "Multifidus activation", T0, OPEN, 5,
                Awaiting.NOTHING, band("emg:sim-emg/L_multifidus", 20, 40, OPEN, "%MVC"));
        session.runStarted(running(feedback));
        ScriptSample[] s = play(session.script(), T0, T0 + 60 * SECOND, 10 * MS);
        List<int[]> holds = runs(s, x -> x.activationPct(MULTIFIDUS) >= 20);
        assertTrue(holds.size() >= 6, holds.size() + " contractions in 60 s");
        for (int[] h : holds.subList(0, holds.size() - 1)) {
            assertTrue(h[1] - h[0] >= 500, "held in the band " + (h[1] - h[0]) * 10 + " ms");
        }
        assertTrue(runs(s, x -> x.activationPct(MULTIFIDUS) < 2).size() >= 6, "relaxes between contractions");
    }

    @Test
    void aDrillHasGoodAndPoorRepetitionsAndAPoorOneIsFollowedByAGoodOneAfterTheCue() {
        var session = new ScriptedSession(42);
        StepState drill = step(6, "weight-shift", StepType.DRILL, "Lateral weight shift, left", T0, OPEN, 12,
                Awaiting.NOTHING, band("copX", -60, -30, OPEN, "mm"), band("emg:sim-emg/L_glute_med", 15, 35, OPEN, "%MVC"));
        session.runStarted(running(drill));
        ScriptSample[] s = play(session.script(), T0, T0 + 80 * SECOND, 10 * MS);
        List<int[]> reps = runs(s, x -> x.reach() > 0.2 || x.activationPct(GLUTE_MED) > 2);
        assertTrue(reps.size() >= 14, reps.size() + " repetitions");
        int good = 0;
        int poor = 0;
        int firstPoor = -1;
        for (int[] r : reps) {
            boolean ok = peak(s, r, x -> x.reach()) > 0.99 && peak(s, r, x -> x.activationPct(GLUTE_MED)) >= 15;
            good += ok ? 1 : 0;
            poor += ok ? 0 : 1;
            if (!ok && firstPoor < 0) {
                firstPoor = r[1];
            }
            assertEquals(-45, s[r[0]].copXmm(), 1e-9, "aims at the middle of the band");
        }
        assertTrue(good >= reps.size() / 2 && poor >= 2, good + " good, " + poor + " poor");
        int poorEnd = firstPoor;
        session.cue(cue(T0 + poorEnd * 10 * MS, drill, "rep.poor"));
        ScriptSample[] after = play(session.script(), T0, T0 + 80 * SECOND, 10 * MS);
        int[] next = runs(after, x -> x.reach() > 0.2 || x.activationPct(GLUTE_MED) > 2).stream()
                .filter(r -> r[0] > poorEnd).findFirst().orElseThrow();
        assertTrue(peak(after, next, x -> x.reach()) > 0.99 && peak(after, next, x -> x.activationPct(GLUTE_MED)) >= 15,
                "the repetition after a poor one is good");
    }

    @Test
    void anAssessmentIsQuietStanceAndThePainScoreDropsAfterTreatment() {
        var session = new ScriptedSession(42);
        StepState before = step(1, "pain-before", StepType.ASSESSMENT, "Pain and sway", T0, OPEN, 0,
                Awaiting.PAIN_SCORE);
        List<TherapistAction> first = session.runStarted(running(before));
        for (ScriptSample x : play(session.script(), T0 + 2 * SECOND, T0 + 10 * SECOND, 10 * MS)) {
            assertFalse(x.weightShifts(), "stands quietly");
            assertFalse(x.toolActive());
            assertEquals(0, x.activationPct(MULTIFIDUS));
        }
        assertEquals(TherapistAction.Kind.PAIN, first.get(0).kind());
        int baseline = first.get(0).painNrs();
        assertTrue(baseline >= 5 && baseline <= 7, "baseline NRS " + baseline);
        assertTrue(first.get(0).atNanos() >= T0 + 2 * SECOND, "asked after the step began");
        List<TherapistAction> confirm = session.progressed(running(done(before, 0, Awaiting.CONFIRMATION)),
                T0 + 4 * SECOND);
        assertEquals(TherapistAction.Kind.CONFIRM, confirm.get(0).kind());
        assertTrue(confirm.get(0).atNanos() >= T0 + 8 * SECOND, "after 8 s of quiet stance");
        StepState after = step(8, "pain-after", StepType.ASSESSMENT, "Pain and sway", T0 + 300 * SECOND, OPEN, 0,
                Awaiting.PAIN_SCORE);
        List<TherapistAction> last = session.stepChanged(running(after), T0 + 300 * SECOND);
        assertEquals(Math.round(baseline * 0.6), last.get(0).painNrs());
        assertEquals(8, last.get(0).stepIndex());
    }

    @Test
    void aStepWaitingForItsRepetitionsIsConfirmedOnceTheyAreCounted() {
        var session = new ScriptedSession(42);
        StepState release = release(10, Awaiting.CONFIRMATION);
        assertEquals(List.of(), session.runStarted(running(release)));
        assertEquals(List.of(), session.progressed(running(done(release, 9, Awaiting.CONFIRMATION)), T0 + 20 * SECOND));
        List<TherapistAction> actions = session.progressed(running(done(release, 10, Awaiting.CONFIRMATION)),
                T0 + 22 * SECOND);
        assertEquals(1, actions.size());
        assertTrue(actions.get(0).atNanos() >= T0 + 22_300 * MS, "a reaction time after the count");
        assertEquals(List.of(), session.progressed(running(done(release, 11, Awaiting.CONFIRMATION)), T0 + 24 * SECOND),
                "confirmed once");
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
        session.cue(cue(T0 + 6 * SECOND, release, "pressure.less"));
        StepState drill = step(3, "drill", StepType.DRILL, "Drill", T0 + 15 * SECOND, OPEN, 8, Awaiting.NOTHING,
                band("copY", 20, 40, OPEN, "mm"));
        seen.addAll(session.stepChanged(running(drill), T0 + 15 * SECOND));
        for (ScriptSample x : play(session.script(), T0, T0 + 30 * SECOND, 5 * MS)) {
            seen.add(List.of(x.normalForceN(), x.strokeNumber(), x.guardingPct(), x.reach(), x.activationPct(0)));
        }
        return seen;
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

    private static int last(ScriptSample[] s, Condition condition) {
        for (int i = s.length - 1; i >= 0; i--) {
            if (condition.test(s[i])) {
                return i;
            }
        }
        return -1;
    }
}
