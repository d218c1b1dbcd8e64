package org.myofuse.store.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.store.SessionStatus;
import org.myofuse.api.store.StoredEvent;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;

/**
 * {@code kill -9} during a recording: after the restart the session is INTERRUPTED and the stored data
 * and journal entries reach to within 200 ms of what had been published and journaled when the process
 * was killed.
 */
class KillDuringRecordingTest {

    /** Samples in 200 ms: EMG at 2 kHz, force at 1 kHz, mat at 100 Hz. */
    private static final long[] ALLOWED_LOSS = { 400, 200, 20 };

    @TempDir
    Path home;

    @Test
    void shouldMarkTheSessionInterruptedAndKeepAllButTheLast200Milliseconds() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), RecordingChild.class.getName(), home.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        AtomicReference<String> session = new AtomicReference<>();
        AtomicReference<String> lastProgress = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            try (var in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("session ")) {
                        session.set(line.substring(8));
                    } else if (line.startsWith("published ")) {
                        lastProgress.set(line);
                    }
                }
            } catch (java.io.IOException e) {
                // The child was killed.
            }
        }, "child stdout");
        reader.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (progress(lastProgress)[0] < 2 * 2000 && System.nanoTime() < deadline) { // 2 s recorded
                Thread.sleep(20);
            }
            assertTrue(progress(lastProgress)[0] >= 4000, "the child records; last output " + lastProgress.get());
        } finally {
            // The last line read is what the child had published at the latest when it is killed.
            long[] published = progress(lastProgress);
            child.destroyForcibly(); // SIGKILL
            assertTrue(child.waitFor(10, TimeUnit.SECONDS));
            reader.join(5_000);
            lastKnown = published;
        }
        assertNotNull(session.get());

        var clock = new MonotonicSessionClock();
        clock0 = clock;
        try (var bus = new RingStreamBus(clock);
                var store = H2SessionStore.open(new Database(Database.fileUrl(home), "", ""), bus, clock, () -> "[]");
                Connection c = store.newConnection()) {
            var info = store.session(session.get()).orElseThrow();
            assertEquals(SessionStatus.INTERRUPTED, info.status());
            assertTrue(info.endEpochMillis() >= info.startEpochMillis(), info.toString());

            var stored = new StoredStreams(c);
            List<StoredStreams.Stream> streams = stored.streams(Long.parseLong(session.get()));
            assertEquals(3, streams.size());
            for (int i = 0; i < 3; i++) {
                long end = 0;
                for (var chunk : stored.chunks(streams.get(i))) { // decodes every chunk (zlib checksum)
                    assertEquals(end, chunk.firstIndex(), streams.get(i).deviceId() + " is contiguous");
                    end = chunk.firstIndex() + chunk.frames();
                }
                System.out.printf("%s: published %d before the kill, stored %d (%.0f ms lost)%n",
                        streams.get(i).deviceId(), lastKnown[i], end,
                        (lastKnown[i] - end) * 1000 / streams.get(i).sampleRateHz());
                assertTrue(end >= lastKnown[i] - ALLOWED_LOSS[i], streams.get(i).deviceId() + ": stored up to " + end
                        + ", published " + lastKnown[i] + " before the kill");
            }
        }
        // Journal entries are as durable as the raw data: a prefix of what was journaled, missing at most 200 ms.
        try (var bus = new RingStreamBus(clock0); var store = H2SessionStore.open(new Database(Database.fileUrl(home),
                "", ""), bus, clock0, () -> "[]")) {
            List<StoredEvent> entries = new H2SessionReview(new Database(Database.fileUrl(home), "", ""))
                    .events(session.get());
            for (int n = 0; n < entries.size(); n++) {
                assertEquals("round " + n, entries.get(n).detail(), "entries are a prefix of what was journaled");
                assertEquals("protocol", entries.get(n).origin());
            }
            System.out.printf("journal: %d entries before the kill, %d stored%n", lastKnown[3], entries.size());
            assertTrue(entries.size() >= lastKnown[3] - 20, "stored " + entries.size() + " of " + lastKnown[3]
                    + " journal entries (one per 10 ms round)");
        }
        // Reopening again changes nothing: the session stays interrupted.
        var clock2 = new MonotonicSessionClock();
        try (var bus = new RingStreamBus(clock2);
                var store = H2SessionStore.open(new Database(Database.fileUrl(home), "", ""), bus, clock2, () -> "[]")) {
            assertEquals(SessionStatus.INTERRUPTED, store.session(session.get()).orElseThrow().status());
        }
    }

    private long[] lastKnown;
    private MonotonicSessionClock clock0;

    private static long[] progress(AtomicReference<String> line) {
        String text = line.get();
        if (text == null) {
            return new long[4];
        }
        String[] parts = text.split(" ");
        return new long[] { Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3]),
                Long.parseLong(parts[4]) };
    }
}
