package org.myofuse.store.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.Subscription;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.store.testing.Simulated;

/**
 * Measurement program, not a test: records the full simulated device set (two 8-channel EMG devices at
 * 2 kHz, force 3 channels at 1 kHz, a 32 x 32 mat at 100 Hz) into a file database and prints the
 * payload bytes, the float32 bytes and the database file size while recording, after the session ends
 * and after the store is closed.
 *
 * <p>Arguments: {@code DIR SECONDS_OF_DATA PACE [URL_SETTINGS]}; PACE is the speed relative to real time
 * ({@code 1} = real time, {@code 0} = as fast as the recorder keeps up). Run with the test class path,
 * e.g. {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.myofuse.store.h2.DiskUsageProbe
 * /tmp/probe 180 1}.
 */
public final class DiskUsageProbe {

    private static final long ROUND_NANOS = 10_000_000; // every device publishes 10 ms of samples per round
    private static final int MAX_BEHIND = 192;

    private DiskUsageProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int seconds = Integer.parseInt(args[1]);
        double pace = Double.parseDouble(args[2]);
        var clock = new MonotonicSessionClock();
        var bus = new RingStreamBus(clock);
        String settings = args.length > 3 ? args[3] : ""; // e.g. ";MAX_COMPACT_TIME=2000", to compare settings
        var store = H2SessionStore.open(new Database(Database.fileUrl(dir) + settings, "", ""), bus, clock, () -> "[]");
        String session = store.beginSession("", "disk-probe", "1").id();
        Subscription recorder = bus.subscriptions().stream()
                .filter(s -> s.name().startsWith(H2SessionStore.RECORDER_NAME)).findFirst().orElseThrow();
        var devices = List.of(Simulated.emg("sim_emg-1", 5), Simulated.emg("sim_emg-2", 6),
                Simulated.force("sim_iastm-1"), Simulated.mat("sim_mat-1"));
        var publishers = devices.stream()
                .map(d -> (SamplePublisher) bus.openStream(d.deviceId(), d.descriptor(), d.blockFrames())).toList();
        long[] next = new long[devices.size()];
        long published = 0;
        long start = System.nanoTime();
        long due = start;
        int rounds = seconds * 100;
        for (int round = 1; round <= rounds; round++) {
            for (int i = 0; i < devices.size(); i++) {
                // each simulator's block is 10 ms of its samples
                next[i] = devices.get(i).publish(publishers.get(i), next[i], clock);
                published++;
            }
            if (pace > 0) {
                due += (long) (ROUND_NANOS / pace);
                LockSupport.parkNanos(due - System.nanoTime());
            } else {
                while (published - recorder.deliveredBlocks() - recorder.droppedBlocks() > MAX_BEHIND) {
                    LockSupport.parkNanos(20_000);
                }
            }
            if (round % (pace > 0 && pace < 5 ? 1000 : 3000) == 0) {
                report(store, dir, "data " + round / 100 + " s, wall " + (System.nanoTime() - start) / 1_000_000
                        + " ms");
            }
        }
        for (var p : publishers) {
            bus.closeStream(p, "probe ended");
        }
        report(store, dir, "streams closed");
        store.endSession(session);
        long wall = (System.nanoTime() - start) / 1_000_000;
        report(store, dir, "session ended, wall " + wall + " ms, dropped blocks " + recorder.droppedBlocks());
        long[] sizes = payload(store);
        int linger = Integer.getInteger("linger", 0); // seconds to watch the idle database after the session
        for (int i = 1; i <= linger; i++) {
            Thread.sleep(1000);
            System.out.printf("idle %d s: file %.1f MB (%.3f of raw)%n", i, fileBytes(dir) / 1e6,
                    (double) fileBytes(dir) / sizes[0]);
        }
        long closing = System.nanoTime();
        store.close();
        System.out.printf("store.close() took %d ms%n", (System.nanoTime() - closing) / 1_000_000);
        bus.close();
        System.out.printf("closed: file %.1f MB = %.3f of raw (payload %.3f of raw; raw %.1f MB)%n",
                fileBytes(dir) / 1e6, (double) fileBytes(dir) / sizes[0], (double) sizes[1] / sizes[0], sizes[0] / 1e6);
    }

    private static void report(H2SessionStore store, Path dir, String when) throws Exception {
        var r = store.activeRecorder();
        long raw = r.map(x -> x.rawBytes()).orElse(0L);
        long payload = r.map(x -> x.storedBytes()).orElse(0L);
        long file = fileBytes(dir);
        if (raw == 0) {
            long[] sizes = payload(store);
            raw = sizes[0];
            payload = sizes[1];
        }
        System.out.printf("%s: raw %.1f MB, payload %.1f MB (%.3f), file %.1f MB (%.3f of raw)%n", when, raw / 1e6,
                payload / 1e6, (double) payload / raw, file / 1e6, (double) file / raw);
    }

    /** Raw float32 bytes and payload bytes of every stored chunk. */
    private static long[] payload(H2SessionStore store) throws Exception {
        try (Connection c = store.newConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT SUM(CAST(c.frames AS BIGINT) * st.channels * 4), "
                        + "SUM(OCTET_LENGTH(c.payload)) FROM chunks c JOIN streams st ON st.id = c.stream_id")) {
            rs.next();
            return new long[] { rs.getLong(1), rs.getLong(2) };
        }
    }

    private static long fileBytes(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".mv.db")).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
