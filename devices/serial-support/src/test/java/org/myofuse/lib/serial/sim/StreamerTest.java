package org.myofuse.lib.serial.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceException;

class StreamerTest {

    @Test
    void framesFollowTheirPeriodFromTheFirstNumberUntilStop() throws Exception {
        List<Long> sent = new CopyOnWriteArrayList<>();
        var streamer = new AtomicReference<Streamer>();
        streamer.set(new Streamer("test-stream", () -> streamer.get().pace(10_000_000, 100, (next, due) -> {
            sent.add(next);
            return next + 1;
        })));
        long t0 = System.nanoTime();
        assertTrue(streamer.get().start());
        assertFalse(streamer.get().start(), "a second start while running does nothing");
        Thread.sleep(300);
        assertTrue(streamer.get().stop());
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(100, sent.get(0));
        for (int i = 1; i < sent.size(); i++) {
            assertEquals(sent.get(i - 1) + 1, sent.get(i));
        }
        // 100 frames per second: never ahead of the clock, and not far behind on a loaded machine
        assertTrue(sent.size() <= seconds * 100 + 1 && sent.size() >= 20, "frames sent: " + sent.size());
        int after = sent.size();
        Thread.sleep(50);
        assertEquals(after, sent.size(), "nothing after stop");
        assertFalse(streamer.get().stop());
    }

    @Test
    void aGoneLinkEndsTheRunAndABatchingSenderIsToldWhatIsDue() throws Exception {
        List<long[]> calls = new CopyOnWriteArrayList<>();
        var streamer = new AtomicReference<Streamer>();
        streamer.set(new Streamer("test-stream", () -> streamer.get().pace(1_000_000, 0, (next, due) -> {
            calls.add(new long[] {next, due});
            if (calls.size() == 5) {
                throw new DeviceException("unplugged");
            }
            return due;
        })));
        streamer.get().start();
        Thread.sleep(100);
        assertEquals(5, calls.size(), "the run ended at the failed write");
        for (long[] c : calls) {
            assertTrue(c[1] > c[0], "sent only when due");
        }
        streamer.get().stop();
    }
}
