package org.myofuse.fusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.fusion.TherapyEventType;
import org.myofuse.fusion.response.DoseResponse;
import org.myofuse.fusion.response.StrokeResponse;
import org.myofuse.lib.simulation.ScenarioSample;
import org.myofuse.lib.simulation.ScenarioSettings;
import org.myofuse.lib.simulation.Shapes;
import org.myofuse.lib.simulation.TherapyScenario;
import org.myofuse.simulator.emg.EmgSettings;
import org.myofuse.simulator.emg.EmgSignal;
import org.myofuse.simulator.iastm.IastmSettings;
import org.myofuse.simulator.iastm.IastmSignal;
import org.myofuse.simulator.mat.MatSettings;
import org.myofuse.simulator.mat.MatSignal;
import org.myofuse.simulator.mat.Posture;

/**
 * Guarding, withdrawal and dose-response on the simulator's shared scenario. The simulated patient
 * guards (EMG rise of {@code gain * (force - threshold)}, weighted by the electrode's distance from
 * the tool, 120 ms late) and withdraws (a sideways shift of the centre of pressure, 250 ms late)
 * only when the stroke force exceeds the thresholds, which sit inside the spread of the stroke peaks
 * (9 N +- 8 %), so some strokes cross them and some do not.
 *
 * <p>The truth per stroke comes from the same model functions. Tolerances: a stroke must be flagged
 * when its modelled response exceeds twice the detection threshold for at least twice the sustain
 * time (guarding; the modelled EMG envelope is exact, the measured one a 100 ms RMS) or one and a
 * half times it (withdrawal, which the model keeps up only while the force is near its peak); it must not be flagged when its peak force stays below the model's threshold (no
 * modelled response at all); strokes in between are not judged. Voluntary bursts are off and weight
 * shifts are zero, so every response in the data is an answer to a stroke.
 */
class TissueResponseOnTheSharedScenarioTest {

    private static final double SECONDS = 150;
    private static final ScenarioSettings SCENARIO = new ScenarioSettings(11, 0.5, 6, 9);
    private static final double THRESHOLD_N = 8.7;
    private static final double TONE_UV = 4;
    private static final double GAIN_UV_PER_N = 200;
    private static final double GUARDING_LATENCY_S = 0.12;
    private static final double WITHDRAWAL_THRESHOLD_N = 8.4;
    private static final double WITHDRAWAL_MM = 100;
    private static final double RISE_UV = 10;
    private static final double DISTANCE_MM = 12;
    private static final double TAIL_S = 0.3;

    private static final List<TherapyEvent> EVENTS = new ArrayList<>();
    private static List<StrokeResponse> strokes;
    private static DoseResponse byPeak;
    private static DoseResponse byImpulse;

    private record Session(List<TherapyEvent> events, List<StrokeResponse> strokes, DoseResponse byPeak,
            DoseResponse byImpulse) {
    }

    private static Session session(long interleaveSeed) {
        var iastm = new IastmSignal(new IastmSettings(SCENARIO, 3, 0.3, 0.05, 0.02));
        var emg = new EmgSignal(new EmgSettings(SCENARIO, 1, TONE_UV, 1.5, 50, 8, 0, 0, THRESHOLD_N, GAIN_UV_PER_N,
                (int) Math.round(GUARDING_LATENCY_S * 1000)));
        var mat = new MatSignal(new MatSettings(SCENARIO, 1, Posture.SUPINE, 70, 4, 30, 0, WITHDRAWAL_THRESHOLD_N, WITHDRAWAL_MM, 0.2));
        FusionEngine engine = new FusionEngine(SimulatedSession.config(Map.of("guardingRiseUv", RISE_UV,
                "withdrawalMm", DISTANCE_MM, "responseTailMs", TAIL_S * 1000)));
        List<TherapyEvent> events = new ArrayList<>();
        engine.addListener(new FusionListener() {
            @Override
            public void onEvent(TherapyEvent e) {
                events.add(e);
            }
        });
        SimulatedSession.feed(engine, List.of(SimulatedSession.tool(0, iastm), SimulatedSession.emg(1, emg),
                SimulatedSession.mat(2, mat)), SECONDS, interleaveSeed, null);
        return new Session(events, engine.response().strokes(), engine.response().doseResponsePeakForce(),
                engine.response().doseResponseImpulse());
    }

    @BeforeAll
    static void runSession() {
        Session s = session(5);
        EVENTS.addAll(s.events);
        strokes = s.strokes;
        byPeak = s.byPeak;
        byImpulse = s.byImpulse;
    }

    @Test
    void shouldGiveTheSameResponsesWhateverOrderTheStreamsArriveIn() {
        Session other = session(6);
        assertEquals(EVENTS, other.events);
        assertEquals(strokes, other.strokes);
        assertEquals(byPeak, other.byPeak);
    }

    /** Longest time (s) the modelled guarding rise of one watched channel stays above {@code level} uV. */
    private static double guardingAbove(TherapyScenario scenario, long k, double level) {
        ScenarioSample s = new ScenarioSample();
        double longest = 0;
        for (int c = 0; c < 4; c++) {
            double run = 0;
            for (double t = scenario.strokeStart(k); t < scenario.strokeStart(k) + scenario.strokeDuration() + TAIL_S; t += 0.001) {
                scenario.sample(t - GUARDING_LATENCY_S, s);
                double g = s.active() ? GAIN_UV_PER_N * Math.max(0, s.normalForceN() - THRESHOLD_N)
                        * EmgSignal.proximity(c, s.lateralMm(), s.spinalLevelMm()) : 0;
                run = Math.sqrt(TONE_UV * TONE_UV + g * g) - TONE_UV > level ? run + 0.001 : 0;
                longest = Math.max(longest, run);
            }
        }
        return longest;
    }

    /** Longest time (s) the modelled withdrawal shift stays above {@code level} mm. */
    private static double shiftAbove(TherapyScenario scenario, long k, double level) {
        ScenarioSample s = new ScenarioSample();
        double run = 0;
        double longest = 0;
        for (double t = scenario.strokeStart(k); t < scenario.strokeStart(k) + scenario.strokeDuration() + TAIL_S; t += 0.001) {
            scenario.sample(t - MatSignal.WITHDRAWAL_LATENCY_SECONDS, s);
            double excess = s.active() ? s.normalForceN() - WITHDRAWAL_THRESHOLD_N : 0;
            double shift = excess > 0 ? WITHDRAWAL_MM * Shapes.smoothStep(excess / MatSignal.FULL_WITHDRAWAL_ABOVE_N) : 0;
            run = shift > level ? run + 0.001 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    /** Events of a type within the recorded strokes (the session may end during a stroke, which then has no record). */
    private static long recorded(TherapyEventType type) {
        long end = strokes.get(strokes.size() - 1).endNanos() + Math.round(TAIL_S * 1e9);
        return EVENTS.stream().filter(e -> e.type() == type && e.sessionNanos() <= end).count();
    }

    @Test
    void shouldRecordEveryStrokeOfTheScenario() {
        TherapyScenario truth = new TherapyScenario(SCENARIO);
        int expected = 0;
        while (truth.strokeStart(expected) + truth.strokeDuration() < SECONDS - 0.1) {
            expected++;
        }
        assertEquals(expected, strokes.size());
        for (StrokeResponse r : strokes) {
            assertEquals(truth.strokeStart(r.number()), r.startNanos() / 1e9, 0.05, "start of stroke " + r.number());
            assertEquals(truth.strokePeak(r.number()), r.peakNormalN(), 0.05 * truth.strokePeak(r.number()),
                    "peak of stroke " + r.number());
        }
    }

    @Test
    void shouldFlagGuardingOnStrokesAboveTheThresholdAndNotBelow() {
        TherapyScenario truth = new TherapyScenario(SCENARIO);
        int must = 0;
        int mustNot = 0;
        for (StrokeResponse r : strokes) {
            if (guardingAbove(truth, r.number(), 2 * RISE_UV) >= 0.2) {
                must++;
                assertTrue(r.guarded(), "stroke " + r.number() + " guards in the model: " + r);
                // the model answers 120 ms after the force crosses its threshold, which is after onset; one frame of slack
                assertTrue(r.guardingLatencyMs() >= GUARDING_LATENCY_S * 1000 - 10 && r.guardingLatencyMs() <= 1000, r.toString());
            } else if (truth.strokePeak(r.number()) < THRESHOLD_N) {
                mustNot++;
                assertTrue(!r.guarded(), "stroke " + r.number() + " stays below the guarding threshold: " + r);
            }
        }
        assertTrue(must >= 5 && mustNot >= 5, must + " strokes must guard, " + mustNot + " must not: too few to judge");
        long guarding = recorded(TherapyEventType.GUARDING);
        assertEquals(strokes.stream().filter(StrokeResponse::guarded).count(), guarding, "one event per guarded stroke");
        for (TherapyEvent e : EVENTS) {
            if (e.type() == TherapyEventType.GUARDING) {
                assertTrue(e.source().matches("sim-emg-1/(L|R)_(multifidus|erector_spinae)"), e.source());
                assertEquals("uV", e.unit());
                assertTrue(e.value() > RISE_UV, e.toString());
            }
        }
    }

    @Test
    void shouldFlagWithdrawalOnStrokesAboveTheThresholdAndNotBelow() {
        TherapyScenario truth = new TherapyScenario(SCENARIO);
        int must = 0;
        int mustNot = 0;
        for (StrokeResponse r : strokes) {
            if (shiftAbove(truth, r.number(), 2 * DISTANCE_MM) >= 0.15) {
                must++;
                assertTrue(r.withdrawn(), "stroke " + r.number() + " withdraws in the model: " + r);
            } else if (truth.strokePeak(r.number()) < WITHDRAWAL_THRESHOLD_N) {
                mustNot++;
                assertTrue(!r.withdrawn(), "stroke " + r.number() + " stays below the withdrawal threshold: " + r);
            }
        }
        assertTrue(must >= 5 && mustNot >= 5, must + " strokes must withdraw, " + mustNot + " must not: too few to judge");
        assertEquals(strokes.stream().filter(StrokeResponse::withdrawn).count(),
                recorded(TherapyEventType.WITHDRAWAL), "one event per withdrawal");
    }

    @Test
    void shouldRelateTheEmgResponseToTheForceDose() {
        System.out.println(String.format(Locale.ROOT, "dose-response: %s; %s", byPeak, byImpulse));
        assertEquals(strokes.size(), byPeak.strokes());
        // the model's response grows with the force above threshold and is nil below it
        assertTrue(byPeak.slope() > 0 && byPeak.correlation() > 0.5, byPeak.toString());
        assertTrue(byImpulse.slope() > 0 && byImpulse.correlation() > 0.3, byImpulse.toString());
    }
}
