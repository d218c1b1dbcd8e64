package org.myofuse.store.h2;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.store.testing.Simulated;

/**
 * The size requirement on disk: after a recorded session, closed normally, the H2 file is at
 * most 0.6x the raw float32 size of what was recorded. The full device set (two 8-channel EMG devices
 * at 2 kHz, force at 1 kHz, a 32 x 32 mat at 100 Hz) is published through the real bus into the
 * recorder at 4x real time, so chunks are committed about every 400 ms of data (real time: 100 ms) and
 * H2 accumulates the superseded pages the store has to get rid of. No timing is asserted.
 */
class DiskSizeAfterSessionTest {

    /** The bound; the tolerance is the gap to what is measured (about 0.3: payload 0.27 plus pages). */
    private static final double MAX_FILE_TO_RAW = 0.6;
    private static final int SECONDS_OF_DATA = 40;
    private static final double PACE = 4;
    private static final long ROUND_NANOS = 10_000_000; // each simulator's block is 10 ms of its samples

    @TempDir
    Path home;

    @Test
    void shouldKeepTheFileWithinSixTenthsOfTheRawSizeAfterTheSession() throws Exception {
        var devices = List.of(Simulated.emg("sim_emg-1", 5), Simulated.emg("sim_emg-2", 6),
                Simulated.force("sim_iastm-1"), Simulated.mat("sim_mat-1"));
        var clock = new MonotonicSessionClock();
        long raw = 0;
        try (var bus = new RingStreamBus(clock);
                var store = H2SessionStore.open(new Database(Database.fileUrl(home), "", ""), bus, clock, () -> "[]")) {
            var session = store.beginSession("", "disk-size", "1");
            var publishers = devices.stream()
                    .map(d -> (SamplePublisher) bus.openStream(d.deviceId(), d.descriptor(), d.blockFrames())).toList();
            long[] next = new long[devices.size()];
            long due = System.nanoTime();
            for (int round = 0; round < SECONDS_OF_DATA * 100; round++) {
                for (int i = 0; i < devices.size(); i++) {
                    next[i] = devices.get(i).publish(publishers.get(i), next[i], clock);
                }
                due += (long) (ROUND_NANOS / PACE);
                LockSupport.parkNanos(due - System.nanoTime());
            }
            for (int i = 0; i < devices.size(); i++) {
                raw += next[i] * devices.get(i).descriptor().channels().size() * Float.BYTES;
                bus.closeStream(publishers.get(i), "test ended");
            }
            store.endSession(session.id());
        }
        long file = databaseFileBytes();
        System.out.printf("recorded %.1f MB of float32; database file %.1f MB = %.3f of raw%n", raw / 1e6, file / 1e6,
                (double) file / raw);
        assertTrue(file <= MAX_FILE_TO_RAW * raw, "file " + file + " bytes for " + raw + " raw bytes");
    }

    private long databaseFileBytes() throws Exception {
        try (Stream<Path> files = Files.walk(home)) {
            return files.filter(p -> p.toString().endsWith(".mv.db")).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
