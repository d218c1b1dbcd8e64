package org.myofuse.lib.serial;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.myofuse.api.device.DeviceException;

/**
 * Hands a binary device's replies (identity, acknowledgements) from the reader thread, which offers
 * them, to a host thread waiting for one. Replies are rare (one per command), so copying them is
 * harmless; a few are kept, so that one reply never hides another, and older ones (late answers
 * nobody waits for) are dropped. Thread-safe.
 */
public final class Replies {

    /** Replies kept at most. */
    private static final int MAX_KEPT = 8;

    private record Reply(int type, byte[] payload) {
    }

    private final ArrayDeque<Reply> kept = new ArrayDeque<>();

    /** Reader thread: a reply of {@code type} arrived; {@code payload} is the caller's copy, kept as it is. */
    public synchronized void offer(int type, byte[] payload) {
        if (kept.size() == MAX_KEPT) {
            kept.removeFirst();
        }
        kept.addLast(new Reply(type, payload));
        notifyAll();
    }

    /** Forgets every reply kept (before a command whose answer must be new). */
    public synchronized void clear() {
        kept.clear();
    }

    /**
     * Waits for a reply of type {@code type} whose payload {@code accept} takes, and consumes it.
     *
     * @param port where the device is, for the message
     * @param what the command answered, for the message
     * @return its payload, or null if none came within {@code timeoutMillis}
     * @throws DeviceException naming the port and the command if the waiting thread is interrupted
     */
    public synchronized byte[] await(int type, Predicate<byte[]> accept, long timeoutMillis, String port, String what)
            throws DeviceException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            for (Iterator<Reply> it = kept.iterator(); it.hasNext();) {
                Reply r = it.next();
                if (r.type() == type && accept.test(r.payload())) {
                    it.remove();
                    return r.payload();
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            try {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeviceException(port + ": interrupted while waiting for the answer to " + what);
            }
        }
    }
}
