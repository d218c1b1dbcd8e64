package org.myofuse.store.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.store.SessionStatus;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.store.recorder.Recorder;
import org.myofuse.store.testing.Simulated;

/**
 * A database that refuses writes (as on a full disk) pauses recording with an alarm; streaming goes
 * on; what was stored stays intact; once writes succeed again recording resumes with a gap record.
 */
class DatabaseErrorTest {

    @TempDir
    Path home;

    private final MonotonicSessionClock clock = new MonotonicSessionClock();
    private final RingStreamBus bus = new RingStreamBus(clock);
    private final Simulated.Device force = Simulated.force("sim_iastm-1");
    private H2SessionStore store;
    private SamplePublisher publisher;
    private long next;

    @BeforeEach
    void open() throws Exception {
        store = H2SessionStore.open(new Database(Database.fileUrl(home), "", ""), bus, clock, () -> "[]");
    }

    @AfterEach
    void close() {
        store.close();
        bus.close();
    }

    /** Publishes one block every 10 ms (real time) until {@code done} or {@code seconds} have passed. */
    private boolean stream(double seconds, BooleanSupplier done) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            next = force.publish(publisher, next, clock);
            if (done.getAsBoolean()) {
                return true;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        return done.getAsBoolean();
    }

    private static long single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void shouldPauseWithAnAlarmKeepWhatWasWrittenAndResumeWithAGap() throws Exception {
        var session = store.beginSession("", "", "");
        publisher = bus.openStream(force.deviceId(), force.descriptor(), force.blockFrames());
        stream(0.5, () -> false);
        List<StoredStreams.Chunk> before;
        try (Connection admin = store.newConnection(); Statement s = admin.createStatement()) {
            var stored = new StoredStreams(admin);
            var stream = stored.streams(Long.parseLong(session.id())).get(0);
            before = stored.chunks(stream);
            assertFalse(before.isEmpty());
            // From now on no chunk can be inserted: the database refuses the write like a full disk.
            s.execute("ALTER TABLE chunks ADD CONSTRAINT refuse_new CHECK (id <= " + single(admin,
                    "SELECT MAX(id) FROM chunks") + ")");

            assertTrue(stream(3, () -> !store.recordingHealthy()), "recording pauses");
            String alarm = store.recordingAlarm().orElseThrow();
            assertTrue(alarm.startsWith("recording of session " + session.id() + " paused: database error while "
                    + "writing a chunk of sim_iastm-1"), alarm);
            assertTrue(alarm.indexOf('\n') < 0, "one line");
            var recorder = bus.subscriptions().stream()
                    .filter(x -> x.name().startsWith(H2SessionStore.RECORDER_NAME)).findFirst().orElseThrow();
            long delivered = recorder.deliveredBlocks();
            stream(0.5, () -> false);
            assertTrue(recorder.deliveredBlocks() >= delivered + 40, "streaming goes on");
            assertEquals(0, recorder.droppedBlocks(), "a paused recorder keeps up with the bus");

            s.execute("ALTER TABLE chunks DROP CONSTRAINT refuse_new");
        }
        assertTrue(stream(3, store::recordingHealthy), "recording resumes once writes succeed");
        assertEquals(java.util.Optional.empty(), store.recordingAlarm());
        stream(0.3, () -> false);
        bus.closeStream(publisher, "test ended");
        assertEquals(SessionStatus.COMPLETE, store.endSession(session.id()).status());

        try (Connection c = store.newConnection()) {
            var stored = new StoredStreams(c);
            var stream = stored.streams(Long.parseLong(session.id())).get(0);
            var after = stored.chunks(stream);
            for (int i = 0; i < before.size(); i++) { // untouched
                assertEquals(before.get(i).firstIndex(), after.get(i).firstIndex());
                assertTrue(java.util.Arrays.equals(before.get(i).samples(), after.get(i).samples()));
            }
            var gaps = stored.gaps(stream);
            assertEquals(1, gaps.size(), gaps.toString());
            assertEquals(Recorder.CAUSE_PAUSED, gaps.get(0).cause());
            // Chunks and the pause gap tile everything published.
            List<long[]> ranges = new ArrayList<>();
            after.forEach(ch -> ranges.add(new long[] { ch.firstIndex(), ch.frames() }));
            ranges.add(new long[] { gaps.get(0).firstIndex(), gaps.get(0).samples() });
            ranges.sort((a, b) -> Long.compare(a[0], b[0]));
            long index = 0;
            for (long[] r : ranges) {
                assertEquals(index, r[0]);
                index += r[1];
            }
            assertEquals(next, index);
        }
    }
}
