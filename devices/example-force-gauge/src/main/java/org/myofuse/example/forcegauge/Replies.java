package org.myofuse.example.forcegauge;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Hands response lines from the reader thread to the host thread identifying the gauge. Only used while
 * connecting, so copying each line is harmless.
 */
final class Replies {

    /** Lines kept at most; older ones (answers nobody waits for any more) are dropped. */
    private static final int MAX_KEPT = 8;

    private final ArrayDeque<byte[]> lines = new ArrayDeque<>();

    /** Reader thread: one line arrived. */
    synchronized void offer(byte[] line, int length) {
        if (lines.size() == MAX_KEPT) {
            lines.removeFirst();
        }
        lines.addLast(Arrays.copyOf(line, length));
        notifyAll();
    }

    /** Drops what arrived before the next command was sent. */
    synchronized void clear() {
        lines.clear();
    }

    /** The next line, waiting until {@code deadlineNanos} (System.nanoTime); null if none came. */
    synchronized byte[] next(long deadlineNanos) throws InterruptedException {
        while (lines.isEmpty()) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return lines.removeFirst();
    }
}
