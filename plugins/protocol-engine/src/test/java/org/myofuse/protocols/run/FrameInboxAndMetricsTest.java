package org.myofuse.protocols.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.fusion.TherapyEventType;
import org.myofuse.protocols.model.Metric;

class FrameInboxAndMetricsTest {

    @Test
    void aFullInboxDropsWhatComesAndCountsItWithoutWaiting() {
        FrameInbox inbox = new FrameInbox(64);
        Harness.Frame frame = new Harness.Frame();
        for (int i = 1; i <= 70; i++) {
            frame.nanos = i;
            inbox.offer(frame);
        }
        inbox.offer(new TherapyEvent(TherapyEventType.GUARDING, 71, "amp/L_multifidus", 1, "%MVC", ""));
        assertEquals(7, inbox.dropped());
        for (int i = 1; i <= 64; i++) {
            int s = inbox.peek();
            assertEquals(FrameInbox.FRAME, inbox.kind[s]);
            assertEquals(i, inbox.nanos[s], "in order");
            inbox.release();
        }
        assertEquals(-1, inbox.peek());
        inbox.offer(new TherapyEvent(TherapyEventType.GUARDING, 72, "amp/L_multifidus", 1, "%MVC", ""));
        assertEquals(FrameInbox.EVENT, inbox.kind[inbox.peek()]);
    }

    @Test
    void theStrokeRateIsTakenOverTheLastFourStartsOfTheStep() {
        Harness h = new Harness(Harness.protocol(Harness.PAIN_BEFORE));
        LiveValues v = h.core.values;
        assertTrue(Double.isNaN(v.strokeRate()), "none before the second start");
        v.strokeStarted(0);
        assertTrue(Double.isNaN(v.strokeRate()));
        v.strokeStarted(2_000_000_000L);
        assertEquals(30, v.strokeRate(), 1e-9);
        v.strokeStarted(3_000_000_000L);
        v.strokeStarted(4_000_000_000L);
        v.strokeStarted(5_000_000_000L); // the first start drops out: 2, 3, 4, 5 s
        assertEquals(60, v.strokeRate(), 1e-9);
        v.resetStrokes();
        assertTrue(Double.isNaN(v.strokeRate()));
    }

    @Test
    void copSpeedIsThePathOverTheLastSecondAndEmgReadsInPercentMvcOnceTheMvcIsKnown() {
        Harness h = new Harness(Harness.protocol(Harness.PAIN_BEFORE)).start();
        h.run(0.5, f -> f.copX = (f.nanos - 1_000_000_000L) / 1e9 * 20); // 20 mm/s
        assertTrue(Double.isNaN(h.core.values.metric(Metric.Kind.COP_SPEED, -1)), "not a second of it yet");
        h.run(1.0, f -> f.copX = (f.nanos - 1_000_000_000L) / 1e9 * 20);
        assertEquals(20, h.core.values.metric(Metric.Kind.COP_SPEED, -1), 0.5);
        h.run(0.01, f -> f.copX = Double.NaN);
        assertTrue(Double.isNaN(h.core.values.metric(Metric.Kind.COP_SPEED, -1)), "a missing centre of pressure breaks it");
        int m = h.core.values.muscle("multifidus-left");
        h.run(0.01, f -> f.emg("L_multifidus", 40));
        assertTrue(Double.isNaN(h.core.values.metric(Metric.Kind.EMG, m)), "no MVC known");
        assertEquals(40, h.core.values.uv[m]);
        h.core.values.mvc(m, 200);
        h.run(0.01, f -> f.emg("L_multifidus", 40));
        assertEquals(20, h.core.values.metric(Metric.Kind.EMG, m), 1e-9);
        assertEquals("amp/L_multifidus", h.core.values.source[m]);
    }
}
