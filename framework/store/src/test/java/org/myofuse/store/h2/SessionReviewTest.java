package org.myofuse.store.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.fusion.TherapyEventType;
import org.myofuse.api.store.StoreException;
import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.api.stream.Subscription;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.api.store.Patient;
import org.myofuse.api.store.Program;
import org.myofuse.api.store.SessionTransfer;
import org.myofuse.store.testing.Simulated;

/** Replay, analysis results and assessments on a real H2 file holding a recording made on the real bus. */
class SessionReviewTest {

    @TempDir
    Path home;

    private final MonotonicSessionClock clock = new MonotonicSessionClock();
    private final RingStreamBus bus = new RingStreamBus(clock);
    private H2SessionStore store;
    private H2SessionReview review;
    private final List<Simulated.Device> devices = List.of(Simulated.emg("sim_emg-1", 5), Simulated.force("sim_iastm-1"),
            Simulated.mat("sim_mat-1"));
    private final long[] next = new long[devices.size()];
    private String sessionId;

    @BeforeEach
    void record() throws Exception {
        Database database = new Database(Database.fileUrl(home), "", "");
        store = H2SessionStore.open(database, bus, clock, () -> "[]");
        review = new H2SessionReview(database);
        sessionId = store.beginSession("", "iastm-lumbar", "1.0").id();
        List<SamplePublisher> publishers = new ArrayList<>();
        for (var d : devices) {
            publishers.add(bus.openStream(d.deviceId(), d.descriptor(), d.blockFrames()));
        }
        long published = 0;
        for (int round = 0; round < 250; round++) {
            if (round == 120) {
                publishers.get(0).publishGap(next[0], 60, GapCause.REJECTED_FRAME, clock.nanos());
                next[0] += 60;
                published++;
            }
            for (int i = 0; i < devices.size(); i++) {
                next[i] = devices.get(i).publish(publishers.get(i), next[i], clock);
                published++;
            }
            pace(published);
        }
        for (SamplePublisher p : publishers) {
            bus.closeStream(p, "run ended");
        }
        store.endSession(sessionId);
    }

    private void pace(long published) {
        Subscription recorder = bus.subscriptions().stream()
                .filter(s -> s.name().startsWith(H2SessionStore.RECORDER_NAME)).findFirst().orElseThrow();
        while (recorder.deliveredBlocks() + recorder.droppedBlocks() < published - 64) {
            LockSupport.parkNanos(1_000_000);
        }
    }

    @AfterEach
    void close() {
        store.close();
        bus.close();
    }

    @Test
    void aReplayDeliversEveryStoredSampleWithTheGapsInArrivalOrderAndClosesWithTheRecordedReason() throws Exception {
        var log = new Log();
        review.replay(sessionId, log, SessionTransfer.Progress.NONE);

        assertEquals(3, log.opened.size());
        assertEquals(List.of("run ended", "run ended", "run ended"), log.closeReasons);
        for (int i = 0; i < devices.size(); i++) {
            StreamInfo info = log.opened.get(i);
            assertEquals(devices.get(i).deviceId(), info.deviceId());
            assertEquals(next[i], log.samplesEnd[i], info.deviceId() + ": every sample up to the last published");
            float[] expected = new float[(int) (next[i] * info.channels())];
            devices.get(i).signal().fill(expected, 0, (int) next[i]);
            for (long f = 0; f < next[i]; f++) {
                boolean inGap = i == 0 && f >= 2400 && f < 2460;
                for (int c = 0; c < info.channels() && !inGap; c++) {
                    assertEquals(Float.floatToRawIntBits(expected[(int) (f * info.channels() + c)]),
                            Float.floatToRawIntBits(log.values.get(i)[(int) (f * info.channels() + c)]),
                            info.deviceId() + " frame " + f + " channel " + c);
                }
            }
        }
        assertEquals(List.of("0:2400+60 REJECTED_FRAME"), log.gaps);
        assertTrue(log.arrivalsNeverGoBack, "blocks come in arrival order across streams");
    }

    @Test
    void twoReplaysMakeIdenticalCalls() throws Exception {
        var first = new Log();
        var second = new Log();
        review.replay(sessionId, first, SessionTransfer.Progress.NONE);
        review.replay(sessionId, second, SessionTransfer.Progress.NONE);
        assertEquals(first.trace.toString(), second.trace.toString());
    }

    @Test
    void progressEndsAtTheTotalOfStoredFrames() throws Exception {
        List<long[]> calls = new ArrayList<>();
        review.replay(sessionId, new Log(), (done, total) -> calls.add(new long[] { done, total }));
        long total = next[0] - 60 + next[1] + next[2];
        long[] last = calls.get(calls.size() - 1);
        assertEquals(total, last[0]);
        assertEquals(total, last[1]);
    }

    @Test
    void anAnalysisIsStoredAndAReanalysisReplacesItButKeepsRecordedEvents() throws Exception {
        var stroke = new TherapyEvent(TherapyEventType.STROKE_START, 1_500_000_000L, "sim_iastm-1", 7.5, "N", "stroke 1");
        review.saveAnalysis(sessionId, "{\"v\":1}", List.of(stroke));
        review.saveAnalysis(sessionId, "{\"v\":2}", List.of(stroke, stroke));

        assertEquals(Optional.of("{\"v\":2}"), review.summaryJson(sessionId));
        var events = review.events(sessionId);
        assertEquals(2, events.size());
        assertEquals("STROKE_START", events.get(0).type());
        assertEquals(7.5, events.get(0).value());
        assertEquals("analysis", events.get(0).origin());
    }

    @Test
    void painScoresMergeAndOutOfRangeScoresAreRefusedWithoutChangingWhatIsStored() throws Exception {
        assertTrue(review.assessment(sessionId).isEmpty());
        review.assess(sessionId, OptionalInt.of(6), OptionalInt.empty());
        var merged = review.assess(sessionId, OptionalInt.empty(), OptionalInt.of(3));
        assertEquals(OptionalInt.of(6), merged.painBefore());
        assertEquals(OptionalInt.of(3), merged.painAfter());

        var e = assertThrows(StoreException.class, () -> review.assess(sessionId, OptionalInt.of(11), OptionalInt.empty()));
        assertEquals("pain before must be a pain score from 0 to 10, was 11", e.getMessage());
        assertEquals(merged, review.assessment(sessionId).orElseThrow());
    }

    @Test
    void unknownSessionsAndPatientsAreOneLineErrors() {
        var e = assertThrows(StoreException.class, () -> review.replay("99", new Log(), SessionTransfer.Progress.NONE));
        assertEquals("unknown session 99 (see myofuse sessions)", e.getMessage());
        e = assertThrows(StoreException.class, () -> review.program("nobody"));
        assertEquals("unknown patient nobody (see myofuse patients list)", e.getMessage());
    }

    @Test
    void aProgramIsStoredPerPatientAndReplacedWhenSetAgain() throws Exception {
        store.addPatient(new Patient("P-7", Optional.empty(), Optional.empty(), true, Optional.empty()));
        review.setProgram("P-7", new Program(12, 2, LocalDate.of(2026, 1, 5), "iastm-lumbar"));
        review.setProgram("P-7", new Program(8, 3, LocalDate.of(2026, 2, 2), ""));
        assertEquals(Optional.of(new Program(8, 3, LocalDate.of(2026, 2, 2), "")), review.program("P-7"));
    }

    @Test
    void aProgramKeepsThePlanItFollows() throws Exception {
        store.addPatient(new Patient("P-8", Optional.empty(), Optional.empty(), true, Optional.empty()));
        Program planned = new Program(12, 2, LocalDate.of(2026, 3, 2), "lumbar-session", "lumbar-12-week");
        review.setProgram("P-8", planned);
        assertEquals(Optional.of(planned), review.program("P-8"));
        review.setProgram("P-8", new Program(6, 1, LocalDate.of(2026, 3, 2), ""));
        assertEquals("", review.program("P-8").orElseThrow().planId(), "a program set without a plan has none");
    }

    @Test
    void deviceLinesNameEachRecordedDevice() throws Exception {
        var lines = review.deviceLines(sessionId);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("sim_emg-1: Myofuse sim-emg simulator"), lines.get(0));
        assertTrue(lines.get(0).endsWith("8 channels at 2000 Hz"), lines.get(0));
    }

    /** Records what a consumer is told. */
    private final class Log implements StreamConsumer {
        final List<StreamInfo> opened = new ArrayList<>();
        final List<String> closeReasons = new ArrayList<>();
        final List<String> gaps = new ArrayList<>();
        final List<float[]> values = new ArrayList<>();
        final long[] samplesEnd = new long[devices.size()];
        final StringBuilder trace = new StringBuilder();
        boolean arrivalsNeverGoBack = true;
        private long lastArrival = Long.MIN_VALUE;

        @Override
        public void onStreamOpened(StreamInfo stream) {
            opened.add(stream);
            values.add(new float[(int) ((next[opened.size() - 1] + 1) * stream.channels())]);
            trace.append("open ").append(stream).append('\n');
        }

        @Override
        public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
            int s = opened.indexOf(block.stream());
            trace.append(sequence).append(' ').append(s).append(' ').append(block.kind()).append(' ')
                    .append(block.firstSampleIndex()).append(' ').append(block.frames()).append(' ')
                    .append(block.arrivalNanos()).append('\n');
            arrivalsNeverGoBack &= block.arrivalNanos() >= lastArrival;
            lastArrival = block.arrivalNanos();
            if (block.kind() == BlockKind.GAP) {
                gaps.add(s + ":" + block.firstSampleIndex() + "+" + block.gapSamples() + " " + block.gapCause());
                return;
            }
            int ch = block.channels();
            System.arraycopy(block.samples(), 0, values.get(s), (int) (block.firstSampleIndex() * ch), block.frames() * ch);
            samplesEnd[s] = block.nextSampleIndex();
        }

        @Override
        public void onStreamClosed(StreamInfo stream, String reason) {
            closeReasons.add(reason);
            trace.append("close ").append(stream.deviceId()).append(' ').append(reason).append('\n');
        }
    }
}
