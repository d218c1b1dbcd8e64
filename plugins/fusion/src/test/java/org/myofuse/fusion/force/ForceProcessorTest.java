package org.myofuse.fusion.force;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.fusion.TherapyEventType;

class ForceProcessorTest {

    private final List<TherapyEventType> events = new ArrayList<>();
    private final List<Long> at = new ArrayList<>();
    private final ForceProcessor force = new ForceProcessor(
            new ForceSettings(0.5, 100, 1, 0.05, 100, 40, 4, 8, 50, 15, 0.5, 2), 1000, "tool",
            (type, index, channel, value, unit, detail) -> {
                events.add(type);
                at.add(index);
            });
    private long index;

    private void hold(double fx, double fy, double fz, double seconds) {
        for (int i = 0; i < seconds * 1000; i++) {
            force.step(index++, fx + 0.3, fy - 0.2, fz + 1.5);
        }
    }

    @Test
    void shouldTareTheOffsetsMeasuredAtRest() {
        hold(0, 0, 0, 0.5);
        assertTrue(force.tared());
        hold(0, 0, 0, 0.1);
        assertEquals(0, force.normalN(), 1e-9);
        assertEquals(0, force.shearN(), 1e-9);
    }

    @Test
    void shouldDeriveShearDirectionRatioAndPressureFromAHeldForce() {
        hold(0, 0, 0, 0.5);
        hold(0, 3, 6, 0.3);
        // the first samples of the step pass through the rest band, where the zero may move a little
        assertEquals(6, force.normalN(), 1e-3);
        assertEquals(3, force.shearN(), 1e-3);
        assertEquals(90, force.shearDirectionDeg(), 1e-4, "cranial");
        assertEquals(0.5, force.shearToNormal(), 1e-3);
        assertEquals(6 / 40.0 * 1000, force.contactPressureKpa(), 0.1);
    }

    @Test
    void shouldRecordAStrokeWithItsDoseAndRaiseTargetAndOverpressureEvents() {
        hold(0, 0, 0, 0.5);
        hold(0, 2, 6, 1.0);
        hold(0, 2, 16, 0.2);
        hold(0, 0, 0, 1.0);
        // in order of detection: the target dwell (50 ms) confirms before the minimum stroke (100 ms)
        assertEquals(List.of(TherapyEventType.TARGET_ENTERED, TherapyEventType.STROKE_START,
                TherapyEventType.OVERPRESSURE, TherapyEventType.TARGET_LEFT, TherapyEventType.STROKE_END), events);
        StrokeRecord s = force.strokes().get(0);
        assertEquals(1.2, s.durationS(), 0.01);
        // a step through the 2nd-order Butterworth smoother overshoots by 4.3 %
        assertEquals(16 + 0.043 * 10, s.peakNormalN(), 0.1, "the 10 N step overshoots by 4.3 % in the smoother");
        assertEquals((6 * 1.0 + 16 * 0.2) / 1.2, s.meanNormalN(), 0.05);
        assertEquals(6 * 1.0 + 16 * 0.2, s.impulseNs(), 0.05);
        assertEquals(s.impulseNs(), force.impulseNs(), 0.05);
        assertEquals(1.0, force.timeInTargetS(), 0.01);
        assertEquals(1, force.overpressureEvents());
        assertEquals(500, at.get(1), 2, "stroke dated at contact");
    }

    @Test
    void shouldFollowSensorDriftBetweenStrokesSoRestStaysAtZero() {
        hold(0, 0, 0, 0.5);
        for (int i = 0; i < 60_000; i++) {
            force.step(index++, 0.3, -0.2, 1.5 + 0.2 * i / 60_000.0);
        }
        assertEquals(0, force.normalN(), 0.01, "0.2 N of drift over a minute");
    }

    @Test
    void shouldIgnoreABrushShorterThanTheMinimumStroke() {
        hold(0, 0, 0, 0.5);
        hold(0, 0, 5, 0.05);
        hold(0, 0, 0, 0.5);
        assertTrue(force.strokes().isEmpty());
        assertFalse(events.contains(TherapyEventType.STROKE_START));
    }
}
