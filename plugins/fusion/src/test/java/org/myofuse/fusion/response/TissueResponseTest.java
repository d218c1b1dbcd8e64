package org.myofuse.fusion.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.fusion.TherapyEventType;

/** The tissue-response analysis on hand-made 100 Hz frames with known responses. */
class TissueResponseTest {

    private static final ResponseSettings SETTINGS = new ResponseSettings(100, 1, 0.05, 100, 300, 1000, 100, 10, 100, 300);

    private final List<TherapyEvent> events = new ArrayList<>();
    private final TissueResponse response = new TissueResponse(SETTINGS, new int[] {1}, new String[] {"emg/L_multifidus"},
            new double[] {10}, new String[] {"uV"}, "mat", events::add);

    /** A 1.2 s stroke from 2.0 s at {@code peak} N, flat after a 0.1 s ramp. */
    private static DoubleUnaryOperator stroke(double peak) {
        return t -> t < 2 || t >= 3.2 ? 0 : peak * Math.min(1, (t - 2) / 0.1 + 0.01);
    }

    private static DoubleUnaryOperator step(double base, double rise, double from, double until) {
        return t -> t >= from && t < until ? base + rise : base;
    }

    private void run(DoubleUnaryOperator force, DoubleUnaryOperator emg, DoubleUnaryOperator copX) {
        double[] frame = new double[2];
        for (int k = 0; k < 600; k++) {
            double t = k / 100.0;
            frame[0] = 999;
            frame[1] = emg.applyAsDouble(t);
            response.step(k * 10_000_000L, force.applyAsDouble(t), copX.applyAsDouble(t), 50, frame);
        }
    }

    @Test
    void shouldRaiseGuardingWhenTheEnvelopeRisesAboveItsBaselineSoonAfterOnsetAndStaysUp() {
        run(stroke(6), step(5, 30, 2.2, 2.5), t -> 0);
        assertEquals(1, events.size(), events.toString());
        TherapyEvent e = events.get(0);
        assertEquals(TherapyEventType.GUARDING, e.type());
        assertEquals(2_200_000_000L, e.sessionNanos(), "dated at the start of the sustained rise");
        assertEquals("emg/L_multifidus", e.source());
        assertEquals(30, e.value(), 1e-9);
        assertEquals("uV", e.unit());
        StrokeResponse s = response.strokes().get(0);
        assertTrue(s.guarded());
        assertEquals("emg/L_multifidus", s.guardingSource());
        assertEquals(200, s.guardingLatencyMs(), 1e-6);
        assertFalse(s.withdrawn());
        assertEquals(30, s.peakRise(), 1e-9);
        assertEquals(6, s.peakNormalN(), 1e-9);
        assertEquals(2_000_000_000L, s.startNanos());
        assertEquals(3_200_000_000L, s.endNanos());
        assertEquals(0, s.peakShiftMm(), 1e-9);
    }

    @Test
    void shouldNotRaiseGuardingForABriefRiseALateRiseOrATonicLevel() {
        run(stroke(6), step(5, 30, 2.2, 2.25), t -> 0);
        run(stroke(6), step(5, 30, 3.1, 3.4), t -> 0);
        run(stroke(6), step(40, 5, 2.2, 2.8), t -> 0);
        assertEquals(List.of(), events);
        assertEquals(3, response.strokes().size());
        assertEquals(30, response.strokes().get(1).peakRise(), 1e-9, "a late rise is still the stroke's response");
    }

    @Test
    void shouldRaiseWithdrawalWhenTheCentreOfPressureStaysAwayFromItsPreStrokePosition() {
        run(stroke(6), t -> 5, step(3, 15, 2.4, 2.8));
        run(stroke(6), t -> 5, step(3, 15, 2.4, 2.45));
        run(stroke(6), t -> 5, step(3, 5, 2.4, 2.8));
        assertEquals(1, events.size(), events.toString());
        assertEquals(TherapyEventType.WITHDRAWAL, events.get(0).type());
        assertEquals(2_400_000_000L, events.get(0).sessionNanos());
        assertEquals(15, events.get(0).value(), 1e-9);
        assertEquals("mat", events.get(0).source());
        assertTrue(events.get(0).detail().contains("right"), events.get(0).detail());
        assertEquals(List.of(true, false, false), response.strokes().stream().map(StrokeResponse::withdrawn).toList());
    }

    @Test
    void shouldIgnoreAContactThatNeverBecomesAStroke() {
        run(stroke(0.5), step(5, 30, 2.2, 2.5), step(3, 15, 2.4, 2.8));
        assertEquals(List.of(), events);
        assertEquals(List.of(), response.strokes());
    }

    @Test
    void shouldDropAStrokeWhoseForceGoesMissing() {
        run(t -> t >= 2.5 && t < 2.6 ? Double.NaN : stroke(6).applyAsDouble(t), step(5, 30, 2.2, 2.5), t -> 0);
        assertEquals(1, events.size(), "the guarding raised before the force went missing stands");
        assertEquals(List.of(), response.strokes());
    }

    @Test
    void shouldFitTheDoseResponseLineAndCorrelation() {
        List<StrokeResponse> strokes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            strokes.add(new StrokeResponse(i, 0, 1, 4 + i, 2 + 0.5 * i, 3 + 2 * (2 + 0.5 * i), "%MVC", false, "", Double.NaN, Double.NaN, false));
        }
        strokes.add(new StrokeResponse(5, 0, 1, 9, 9, Double.NaN, "%MVC", false, "", Double.NaN, Double.NaN, false));
        DoseResponse d = DoseResponse.ofImpulse(strokes);
        assertEquals(5, d.strokes(), "a stroke without a response is left out");
        assertEquals(2, d.slope(), 1e-12);
        assertEquals(3, d.intercept(), 1e-12);
        assertEquals(1, d.correlation(), 1e-12);
        DoseResponse p = DoseResponse.ofPeakForce(strokes);
        assertEquals(1, p.slope(), 1e-12, "rise 2 per 0.5 N s is 1 per N of peak force here");
        assertTrue(Double.isNaN(DoseResponse.ofImpulse(strokes.subList(0, 1)).slope()), "one stroke has no line");
    }
}
