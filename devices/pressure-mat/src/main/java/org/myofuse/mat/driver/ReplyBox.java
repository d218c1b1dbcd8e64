package org.myofuse.mat.driver;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Hands reply frames (identity, ack) from the reader thread to a host thread waiting for one. Replies
 * are rare, so copying their payload is harmless; a few are kept so that one reply never hides another.
 */
final class ReplyBox {

    private static final int MAX_PENDING = 8;

    private record Reply(int type, byte[] payload) {
    }

    private final ArrayDeque<Reply> pending = new ArrayDeque<>();

    synchronized void offer(int type, byte[] payload) {
        if (pending.size() == MAX_PENDING) {
            pending.removeFirst();
        }
        pending.addLast(new Reply(type, payload));
        notifyAll();
    }

    synchronized void clear() {
        pending.clear();
    }

    /**
     * Waits for a reply of {@code wanted} type for which {@code accept} holds, consuming it.
     *
     * @return its payload, or null on timeout
     */
    synchronized byte[] await(int wanted, Predicate<byte[]> accept, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            for (Iterator<Reply> it = pending.iterator(); it.hasNext();) {
                Reply r = it.next();
                if (r.type() == wanted && accept.test(r.payload())) {
                    it.remove();
                    return r.payload();
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
