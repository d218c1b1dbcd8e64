package org.myofuse.lib.serial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The skeleton under a small protocol of its own: a frame is {@code 0x7E}, one value byte and their
 * sum; a candidate whose sum is wrong is rejected and the search goes on one byte after its start.
 */
class FrameScannerTest {

    private static final int SYNC = 0x7E;

    /** Records what the scanner reports, in order. */
    private static final class Events implements ScanSink {
        final List<String> seen = new ArrayList<>();

        @Override
        public void rejected() {
            seen.add("rejected");
        }

        @Override
        public void skipped(int bytes) {
            if (bytes > 0) {
                seen.add("skipped " + bytes);
            }
        }

        @Override
        public void resynced() {
            seen.add("resynced");
        }
    }

    private static final class SumScanner extends FrameScanner {
        private final Events events;

        SumScanner(Events events) {
            super(events, 3);
            this.events = events;
        }

        @Override
        protected void parse(long arrivalNanos) {
            while (pos < have) {
                if (!mayStartFrame(pos)) {
                    skipToFrameStart();
                    continue;
                }
                if (have - pos < 3) {
                    return;
                }
                if (((buf[pos] + buf[pos + 1]) & 0xFF) != (buf[pos + 2] & 0xFF)) {
                    events.rejected();
                    loseAlignment();
                    pos++;
                    continue;
                }
                frameFound();
                events.seen.add("frame " + buf[pos + 1] + " at " + arrivalNanos);
                pos += 3;
            }
        }

        @Override
        protected boolean mayStartFrame(int at) {
            return (buf[at] & 0xFF) == SYNC;
        }
    }

    private static byte[] frames(int... values) {
        var out = new ByteArrayOutputStream();
        for (int v : values) {
            out.write(SYNC);
            out.write(v);
            out.write((SYNC + v) & 0xFF);
        }
        return out.toByteArray();
    }

    @Test
    void aFrameCutAcrossReadsIsFoundWhenItsLastByteArrives() {
        var events = new Events();
        var scanner = new SumScanner(events);
        byte[] f = frames(5, 6);
        scanner.accept(f, 0, 4, 1);
        scanner.accept(f, 4, 2, 2);
        assertEquals(List.of("frame 5 at 1", "frame 6 at 2"), events.seen);
    }

    @Test
    void garbageIsSkippedAndTheFirstFrameAfterItIsReportedAsAResync() {
        var events = new Events();
        var scanner = new SumScanner(events);
        var wire = new ByteArrayOutputStream();
        wire.writeBytes(new byte[] {1, 2, 3});
        wire.writeBytes(frames(10));
        wire.writeBytes(new byte[] {SYNC, 9, 0, 4});
        wire.writeBytes(frames(11));
        byte[] bytes = wire.toByteArray();
        scanner.accept(bytes, 0, bytes.length, 0);
        assertEquals(List.of("skipped 3", "frame 10 at 0", "rejected", "skipped 3", "resynced", "frame 11 at 0"),
                events.seen);
    }

    @Test
    void inputLargerThanTheBufferIsFedInChunksWithoutLosingAFrame() {
        var events = new Events();
        var scanner = new SumScanner(events);
        int[] values = new int[3000]; // 9000 bytes: more than two chunks, frames cut at the chunk borders
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 100;
        }
        byte[] bytes = frames(values);
        scanner.accept(bytes, 0, bytes.length, 7);
        assertEquals(3000, events.seen.stream().filter(s -> s.startsWith("frame")).count());
        assertEquals(List.of(), events.seen.stream().filter(s -> !s.startsWith("frame")).toList());
    }

    @Test
    void resetForgetsAPartialFrameAndTheAlignment() {
        var events = new Events();
        var scanner = new SumScanner(events);
        byte[] f = frames(1, 2);
        scanner.accept(f, 0, 5, 0);
        scanner.reset();
        scanner.accept(new byte[] {9}, 0, 1, 0);
        scanner.accept(frames(3), 0, 3, 0);
        assertEquals(List.of("frame 1 at 0", "skipped 1", "frame 3 at 0"), events.seen);
    }
}
