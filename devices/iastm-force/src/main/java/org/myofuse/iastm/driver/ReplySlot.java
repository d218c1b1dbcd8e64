package org.myofuse.iastm.driver;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Hands the tool's replies (identify reply, acknowledgements) from the reader thread to a host thread
 * waiting for one. Replies are rare (one per command), so copying them is harmless.
 */
final class ReplySlot {

    /** Replies kept at most; older ones (late acknowledgements nobody waits for) are dropped. */
    private static final int MAX_KEPT = 8;

    /** A reply: its type and payload. */
    record Reply(int type, byte[] payload) {
    }

    private final ArrayDeque<Reply> replies = new ArrayDeque<>();

    synchronized void offer(int type, byte[] bytes, int offset, int length) {
        if (replies.size() == MAX_KEPT) {
            replies.removeFirst();
        }
        replies.addLast(new Reply(type, Arrays.copyOfRange(bytes, offset, offset + length)));
        notifyAll();
    }

    synchronized void clear() {
        replies.clear();
    }

    /**
     * Waits for the identify reply ({@code command} is identify) or the acknowledgement of
     * {@code command}, dropping other replies; null on timeout.
     */
    synchronized Reply await(int replyType, int command, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            while (!replies.isEmpty()) {
                Reply r = replies.removeFirst();
                if (r.type() == replyType && (command < 0 || (r.payload().length > 0 && (r.payload()[0] & 0xFF) == command))) {
                    return r;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
