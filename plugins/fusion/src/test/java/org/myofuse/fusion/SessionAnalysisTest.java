package org.myofuse.fusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.fusion.TherapyEventType;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.api.analysis.AnalysisTraces;
import org.myofuse.api.analysis.SessionSummary;
import org.myofuse.fusion.summary.SummaryCodec;
import org.myofuse.simulator.core.FrameSignal;
import org.myofuse.lib.simulation.ScenarioSettings;
import org.myofuse.simulator.emg.EmgSettings;
import org.myofuse.simulator.emg.EmgSignal;
import org.myofuse.simulator.iastm.IastmSettings;
import org.myofuse.simulator.iastm.IastmSignal;
import org.myofuse.simulator.mat.MatSettings;
import org.myofuse.simulator.mat.MatSignal;
import org.myofuse.simulator.mat.Posture;

/** The session analysis over the three simulated devices: determinism, lifecycle, sections, gaps. */
class SessionAnalysisTest {

    static final double SECONDS = 40;
    private static final ScenarioSettings SCENARIO = new ScenarioSettings(11, 0.5, 6, 9);

    private static FusionSessionAnalysis reference;

    /** The force tool (stream 0), the EMG amplifier (1) and the mat (2), seeded. */
    static List<SimulatedSession.Source> devices() {
        var iastm = new IastmSignal(new IastmSettings(SCENARIO, 3, 0.3, 0.05, 0.02));
        var emg = new EmgSignal(new EmgSettings(SCENARIO, 1, 4, 1.5, 50, 8, 2, 40, 8.7, 200, 120));
        var mat = new MatSignal(new MatSettings(SCENARIO, 1, Posture.SUPINE, 70, 4, 30, 0, 8.4, 100, 0.2));
        return List.of(SimulatedSession.tool(0, iastm), SimulatedSession.emg(1, emg), SimulatedSession.mat(2, mat));
    }

    /** MVC calibration on the first two channels, so both envelope units occur. */
    static FusionSessionAnalysis analysis() {
        return new FusionSessionAnalysis(SimulatedSession.config(Map.of("mvcUv", new double[] {80, 90},
                "guardingRiseUv", 10.0, "withdrawalMm", 12.0)));
    }

    private static FusionSessionAnalysis run(StreamConsumerWrapper wrap, long interleave) {
        FusionSessionAnalysis a = analysis();
        SimulatedSession.feed(wrap == null ? a : wrap.around(a), devices(), SECONDS, interleave, null);
        a.finish();
        return a;
    }

    interface StreamConsumerWrapper {
        StreamConsumer around(StreamConsumer inner);
    }

    @BeforeAll
    static void analyse() {
        reference = run(null, 3);
    }

    @Test
    void shouldGiveByteIdenticalJsonAndIdenticalEventsAndTracesForTheSameBlocks() {
        FusionSessionAnalysis again = run(null, 3);
        assertEquals(SummaryCodec.write(reference.finish()), SummaryCodec.write(again.finish()));
        assertEquals(reference.finish(), again.finish());
        assertEquals(reference.events(), again.events());
        assertEquals(reference.traces(), again.traces());
    }

    @Test
    void shouldGiveTheSameResultsWhateverOrderTheStreamsInterleavedIn() {
        FusionSessionAnalysis other = run(null, 4);
        assertEquals(SummaryCodec.write(reference.finish()), SummaryCodec.write(other.finish()));
        assertEquals(reference.events(), other.events());
        assertEquals(reference.traces(), other.traces());
    }

    @Test
    void shouldListEventsInTimeOrderAndAgreeWithTheSummary() {
        List<TherapyEvent> events = reference.events();
        for (int i = 1; i < events.size(); i++) {
            assertTrue(events.get(i - 1).sessionNanos() <= events.get(i).sessionNanos(), "event " + i + " out of order");
        }
        SessionSummary s = reference.finish();
        long ends = events.stream().filter(e -> e.type() == TherapyEventType.STROKE_END).count();
        assertEquals(ends, s.force().strokeCount());
        assertEquals(events.stream().filter(e -> e.type() == TherapyEventType.GUARDING).count(), s.response().guarding().size());
        long onsets = events.stream().filter(e -> e.type() == TherapyEventType.EMG_ONSET).count();
        assertEquals(onsets, s.emg().channels().stream().mapToLong(c -> c.onsetsS().size()).sum());
        assertEquals(onsets, reference.traces().onsets().size());
        for (int k = 0; k < s.force().strokeCount(); k++) {
            var stroke = s.force().strokes().get(k);
            var span = reference.traces().strokes().get(k);
            assertEquals(stroke.startS(), span.startS());
            assertEquals(stroke.endS(), span.endS());
            // durations count samples; start and end are event times, each mapped by the clock model as it stood when
            // the event was found, and the model's one-second refits move it by a few ms: within one frame period
            assertEquals(stroke.durationS(), stroke.endS() - stroke.startS(), 0.01,
                    "duration of stroke " + k);
        }
    }

    @Test
    void shouldFillEverySectionForThreeDevices() {
        SessionSummary s = reference.finish();
        assertEquals("myofuse-summary", s.format());
        assertEquals(2, s.version());
        assertEquals(3, s.streams().size());
        assertEquals(SECONDS, s.durationS(), 0.2);
        assertNotNull(s.force());
        assertTrue(s.force().strokeCount() >= 15, s.force().toString());
        assertEquals(8, s.emg().channels().size());
        assertEquals("%MVC", s.emg().channels().get(0).envelopeUnit());
        assertEquals("uV", s.emg().channels().get(2).envelopeUnit());
        assertTrue(Double.isNaN(s.emg().channels().get(2).meanPctMvc()));
        assertEquals(4, s.emg().asymmetry().size(), s.emg().asymmetry().toString());
        assertEquals("mean %MVC", s.emg().asymmetry().get(0).basis(), "multifidus pair is calibrated on both sides");
        assertEquals("RMS uV", s.emg().asymmetry().get(1).basis());
        for (var c : s.emg().channels()) {
            assertTrue(c.rmsUv() > 1 && c.rmsUv() < 200, c.toString());
            assertTrue(c.medianFrequencyWindows() >= (int) SECONDS - 2, c.toString());
            assertTrue(c.medianFrequencyHz() > 40 && c.medianFrequencyHz() < 250, c.toString());
        }
        assertNotNull(s.mat().ellipse());
        assertEquals(100, s.mat().leftLoadPct() + s.mat().rightLoadPct(), 1e-9);
        assertTrue(s.response().strokeCount() >= 15);
        assertEquals(s.response().strokeCount(), s.response().strokes().size());
        assertEquals(1, s.parameters().emg().applied().size());
        assertEquals(List.of(50.0, 100.0, 150.0), s.parameters().emg().applied().get(0).notchHz());
    }

    @Test
    void shouldKeepOneTraceValuePerFrameForEverySignal() {
        AnalysisTraces t = reference.traces();
        int n = t.frames();
        assertEquals(reference.finish().frames(), n);
        assertEquals(n, t.normalN().length);
        assertEquals(n, t.copYmm().length);
        assertEquals(8, t.emg().size());
        t.emg().forEach(e -> assertEquals(n, e.envelope().length, e.toString()));
        for (int i = 1; i < n; i++) {
            assertEquals(0.01, t.timeS()[i] - t.timeS()[i - 1], 1e-9, "frame spacing at " + i);
        }
        var map = t.meanPressure();
        assertEquals(MatSignal.ROWS * MatSignal.COLUMNS, map.meanKpa().length);
        double load = 0;
        for (float kpa : map.meanKpa()) {
            load += kpa * map.rowPitchMm() * map.columnPitchMm() * 1e-3;
        }
        assertEquals(reference.finish().mat().meanLoadN(), load, 1e-3 * load, "the mean map carries the mean load");
    }

    @Test
    void shouldLeaveAbsentDevicesOutAsNull() {
        FusionSessionAnalysis a = analysis();
        SimulatedSession.feed(a, List.of(devices().get(0)), 20, 1, null);
        SessionSummary s = a.finish();
        assertNull(s.emg());
        assertNull(s.mat());
        assertNotNull(s.force());
        assertNotNull(s.response());
        assertTrue(SummaryCodec.write(s).contains("\n  \"emg\": null,\n  \"mat\": null,\n"), SummaryCodec.write(s));
        assertNull(a.traces().copXmm());
        assertNull(a.traces().meanPressure());
        assertNull(a.traces().ellipse());
        assertTrue(a.traces().emg().isEmpty());
    }

    @Test
    void shouldFinishOnceAndRefuseFeedingAfterwards() {
        FusionSessionAnalysis a = analysis();
        assertThrows(IllegalStateException.class, a::events);
        assertThrows(IllegalStateException.class, a::traces);
        SessionSummary first = a.finish();
        assertSame(first, a.finish());
        assertEquals(0, first.frames());
        assertTrue(Double.isNaN(first.startS()));
        StreamInfo info = devices().get(0).info();
        assertThrows(IllegalStateException.class, () -> a.onStreamOpened(info));
        assertThrows(IllegalStateException.class, () -> a.onEvent(new SampleBlock(info), 0, true));
    }

    @Test
    void shouldEndStreamsThatWereNeverClosedWhereTheirDataEnds() {
        FusionSessionAnalysis cut = run(inner -> new StreamConsumer() {
            @Override
            public void onStreamOpened(StreamInfo stream) {
                inner.onStreamOpened(stream);
            }

            @Override
            public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
                inner.onEvent(block, sequence, endOfBatch);
            }
        }, 3);
        assertEquals(SummaryCodec.write(reference.finish()), SummaryCodec.write(cut.finish()));
        assertEquals(reference.traces(), cut.traces());
    }

    @Test
    void shouldCountGapsAndLeaveTheirFramesMissing() {
        // the force tool loses 2 s of samples from 10 s on: the bus delivers one gap block instead
        long from = 10 * IastmSignal.SAMPLE_RATE_HZ;
        long until = 12 * IastmSignal.SAMPLE_RATE_HZ;
        FusionSessionAnalysis gapped = run(inner -> new StreamConsumer() {
            private boolean announced;

            @Override
            public void onStreamOpened(StreamInfo stream) {
                inner.onStreamOpened(stream);
            }

            @Override
            public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
                long first = block.firstSampleIndex();
                boolean tool = block.stream().streamId() == 0;
                if (tool && first >= from && first < until) {
                    return;
                }
                if (tool && first >= until && !announced) {
                    // as the bus does: the jump is seen, and announced, when the first sample after it arrives
                    announced = true;
                    SampleBlock gap = new SampleBlock(block.stream());
                    gap.setGap(from, until - from, GapCause.COUNTER_JUMP, block.arrivalNanos());
                    inner.onEvent(gap, sequence, false);
                }
                inner.onEvent(block, sequence, endOfBatch);
            }

            @Override
            public void onStreamClosed(StreamInfo stream, String reason) {
                inner.onStreamClosed(stream, reason);
            }
        }, 3);
        SessionSummary s = gapped.finish();
        assertEquals(until - from, s.streams().get(0).missingSamples());
        assertEquals(0, s.streams().get(1).missingSamples());
        assertEquals(reference.finish().streams().get(0).samples() - (until - from), s.streams().get(0).samples());
        float[] normal = gapped.traces().normalN();
        double[] time = gapped.traces().timeS();
        for (int i = 0; i < time.length; i++) {
            if (time[i] > 10.2 && time[i] < 11.8) {
                assertTrue(Float.isNaN(normal[i]), "force at " + time[i] + " s is missing");
            }
        }
        assertTrue(s.force().strokeCount() < reference.finish().force().strokeCount(), "a stroke cut by the gap is not counted");
        assertArrayEquals(reference.traces().copXmm(), gapped.traces().copXmm(), "the other streams are untouched");
    }

    @Test
    void shouldReportTheEmgChainAsAppliedWhenTheRateClipsTheBand() {
        double rate = 250;
        var channels = List.of(new ChannelDescriptor("L_a", "uV", rate, "x", -1e5, 1e5, 0.01),
                new ChannelDescriptor("R_a", "uV", rate, "x", -1e5, 1e5, 0.01));
        var info = new StreamInfo(0, "slow-emg", new DeviceDescriptor("slow-emg", "Myofuse", "s", "1", "1", channels, null), 25, 0);
        FrameSignal noise = new FrameSignal(2, rate, false) {
            @Override
            protected int frame(float[] out, int offset, long index) {
                // deterministic broadband noise, three times as strong on the right
                double x = Math.sin(index * 12.9898) * 43758.5453;
                out[offset] = (float) (10 * (x - Math.floor(x) - 0.5));
                out[offset + 1] = 3 * out[offset];
                return 0;
            }
        };
        FusionSessionAnalysis a = analysis();
        SimulatedSession.feed(a, List.of(new SimulatedSession.Source(info, noise, 25)), 20, 1, null);
        SessionSummary s = a.finish();
        var applied = s.parameters().emg().applied().get(0);
        assertTrue(applied.highClipped());
        assertEquals(0.9 * rate / 2, applied.highHz(), 1e-9);
        assertEquals(450, applied.requestedHighHz());
        assertEquals(List.of(50.0, 100.0), applied.notchHz(), "the 150 Hz harmonic is above the clipped band");
        assertEquals(50, applied.onsetSmoothingHz(), 1e-9, "the configured 50 Hz is below the 112.5 Hz ceiling at 250 Hz");
        assertEquals(100, applied.rmsWindowMs(), 1e-9);
        var pair = s.emg().asymmetry().get(0);
        // both channels are calibrated (80 and 90 uV): the right's envelope is exactly three times the left's, so
        // on %MVC the index is 100 (3/90 - 1/80) / (3/90 + 1/80); on RMS it would be 50 %
        assertEquals("mean %MVC", pair.basis());
        assertEquals(100 * (3 / 90.0 - 1 / 80.0) / (3 / 90.0 + 1 / 80.0), pair.indexPct(), 1e-3);
        assertEquals(3, s.emg().channels().get(1).rmsUv() / s.emg().channels().get(0).rmsUv(), 1e-6);
    }
}
