package org.myofuse.store.h2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.store.SessionStatus;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.Subscription;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.store.recorder.Recorder;
import org.myofuse.store.testing.Simulated;

/** The recorder on the real bus, fed with the simulators' data shapes, read back from the H2 file. */
class RecorderRoundTripTest {

    @TempDir
    Path home;

    private final MonotonicSessionClock clock = new MonotonicSessionClock();
    private final RingStreamBus bus = new RingStreamBus(clock);
    private H2SessionStore store;

    @BeforeEach
    void open() throws Exception {
        store = H2SessionStore.open(new Database(Database.fileUrl(home), "", ""), bus, clock, () -> "[]");
    }

    @AfterEach
    void close() {
        store.close();
        bus.close();
    }

    /** Waits until the recorder has taken all but a few of the blocks published, so none is dropped. */
    private void pace(long published) {
        Subscription recorder = bus.subscriptions().stream()
                .filter(s -> s.name().startsWith(H2SessionStore.RECORDER_NAME)).findFirst().orElseThrow();
        while (recorder.deliveredBlocks() + recorder.droppedBlocks() < published - 64) {
            LockSupport.parkNanos(1_000_000);
        }
    }

    @Test
    void shouldStoreEverySampleBitExactWithGapsAndContiguousChunks() throws Exception {
        var session = store.beginSession("", "iastm-lumbar", "1.0");
        var devices = List.of(Simulated.emg("sim_emg-1", 11), Simulated.force("sim_iastm-1"), Simulated.mat("sim_mat-1"));
        List<SamplePublisher> publishers = new ArrayList<>();
        for (var d : devices) {
            publishers.add(bus.openStream(d.deviceId(), d.descriptor(), d.blockFrames()));
        }
        long[] next = new long[devices.size()];
        long published = 0;
        for (int round = 0; round < 300; round++) { // 3 s of the EMG, 3 s of force, 3 s of the mat
            if (round == 100) { // the amplifier reports 100 lost samples
                publishers.get(0).publishGap(next[0], 100, GapCause.REJECTED_FRAME, clock.nanos());
                next[0] += 100;
                published++;
            }
            if (round == 200) {
                next[1] += 37; // the tool's counter jumps: the bus turns it into a gap record
            }
            for (int i = 0; i < devices.size(); i++) {
                next[i] = devices.get(i).publish(publishers.get(i), next[i], clock);
                published++;
            }
            pace(published);
        }
        for (SamplePublisher p : publishers) {
            bus.closeStream(p, "test ended");
        }
        var ended = store.endSession(session.id());
        assertEquals(SessionStatus.COMPLETE, ended.status());

        try (Connection c = store.newConnection()) {
            var stored = new StoredStreams(c);
            var streams = stored.streams(Long.parseLong(session.id()));
            assertEquals(3, streams.size());
            for (int i = 0; i < streams.size(); i++) {
                var stream = streams.get(i);
                assertEquals(devices.get(i).deviceId(), stream.deviceId());
                assertEquals("test ended", stream.closeReason());
                assertTrue(stream.descriptorJson().contains("\"unit\":"), stream.descriptorJson());
                assertStoredExactly(stored, stream, devices.get(i), next[i]);
            }
            var emgGaps = stored.gaps(streams.get(0));
            assertEquals(List.of(new StoredStreams.Gap(2000, 100, "REJECTED_FRAME", emgGaps.get(0).arrivalNanos())),
                    emgGaps);
            var forceGaps = stored.gaps(streams.get(1));
            assertEquals(1, forceGaps.size());
            assertEquals(2000, forceGaps.get(0).firstIndex());
            assertEquals(37, forceGaps.get(0).samples());
            assertEquals("COUNTER_JUMP", forceGaps.get(0).cause());
        }
    }

    /** Chunks and gaps tile 0..end without overlap or hole, and every value is the generator's. */
    private static void assertStoredExactly(StoredStreams stored, StoredStreams.Stream stream, Simulated.Device device,
            long end) throws Exception {
        var chunks = stored.chunks(stream);
        var gaps = stored.gaps(stream);
        long index = 0;
        int g = 0;
        int channels = stream.channels();
        float[] expected = new float[(int) Math.ceil(stream.sampleRateHz()) * channels];
        for (var chunk : chunks) {
            while (g < gaps.size() && gaps.get(g).firstIndex() == index) {
                index += gaps.get(g++).samples();
            }
            assertEquals(index, chunk.firstIndex(), stream.deviceId() + ": chunks and gaps must be contiguous");
            assertTrue(chunk.frames() <= stream.sampleRateHz(), "a chunk holds at most 1 s");
            assertTrue(chunk.lastArrivalNanos() >= chunk.firstArrivalNanos());
            device.signal().fill(expected, chunk.firstIndex(), chunk.frames());
            int values = chunk.frames() * channels;
            assertArrayEquals(bits(expected, values), bits(chunk.samples(), values),
                    stream.deviceId() + " chunk at " + chunk.firstIndex());
            index += chunk.frames();
        }
        assertEquals(gaps.size(), g, "every gap lies between chunks");
        assertEquals(end, index, stream.deviceId() + ": everything published is stored");
    }

    private static int[] bits(float[] values, int count) {
        int[] bits = new int[count];
        for (int i = 0; i < count; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }

    @Test
    void shouldRecordWhatTheRecorderMissedAsAGapOfItsOwnCause() throws Exception {
        var session = store.beginSession("", "", "");
        var force = Simulated.force("sim_iastm-1");
        var publisher = bus.openStream(force.deviceId(), force.descriptor(), force.blockFrames());
        Recorder recorder = store.activeRecorder().orElseThrow();
        long next = force.publish(publisher, 0, clock);
        pace(64 + 1); // the recorder has the stream and its first block
        // Publish far more than the recorder's ring holds without letting it catch up: hold its lock.
        synchronized (recorder) {
            for (int i = 0; i < H2SessionStore.RECORDER_RING_SLOTS * 3; i++) { // ring full, then drops
                next = force.publish(publisher, next, clock);
            }
        }
        // A loss is seen by the next block the recorder gets: let it drain, then publish more.
        pace(1 + H2SessionStore.RECORDER_RING_SLOTS * 3 + 64);
        for (int i = 0; i < 10; i++) {
            next = force.publish(publisher, next, clock);
        }
        pace(1 + H2SessionStore.RECORDER_RING_SLOTS * 3 + 10 + 64);
        Subscription subscription = bus.subscriptions().stream()
                .filter(s -> s.name().startsWith(H2SessionStore.RECORDER_NAME)).findFirst().orElseThrow();
        long droppedByBus = subscription.droppedBlocks();
        bus.closeStream(publisher, "test ended");
        store.endSession(session.id());

        try (Connection c = store.newConnection()) {
            var stored = new StoredStreams(c);
            var stream = stored.streams(Long.parseLong(session.id())).get(0);
            var gaps = stored.gaps(stream);
            assertTrue(droppedByBus > 0, "the bus dropped blocks for the recorder");
            assertTrue(gaps.stream().allMatch(gap -> gap.cause().equals(Recorder.CAUSE_DROPPED)), gaps.toString());
            assertTrue(!gaps.isEmpty(), "gaps " + gaps + ", lost " + recorder.lostFrames() + ", dropped " + droppedByBus);
            assertStoredExactly(stored, stream, force, next);
            assertEquals(gaps.stream().mapToLong(StoredStreams.Gap::samples).sum(), recorder.lostFrames());
        }
    }
}
