package org.myofuse.openbci.driver;

import java.util.concurrent.TimeUnit;

/**
 * Collects the board's text replies (banner, "Success: ...$$$") between the reader thread, which
 * appends, and a host thread waiting for the end marker. Used only while configuring, never while
 * streaming, so allocation here is harmless.
 */
final class ReplyCollector {

    /** Ends every complete reply of the Cyton firmware. */
    static final String END = "$$$";
    /** A banner longer than this without an end is garbage (wrong baud rate, another device). */
    static final int MAX_REPLY_CHARS = 4096;

    private final StringBuilder text = new StringBuilder();

    synchronized void append(byte[] bytes, int length) {
        for (int i = 0; i < length && text.length() < 2 * MAX_REPLY_CHARS; i++) {
            text.append((char) (bytes[i] & 0xFF));
        }
        notifyAll();
    }

    synchronized void clear() {
        text.setLength(0);
    }

    /** The outcome of a wait: the reply up to and including the end marker, or what came instead. */
    record Reply(boolean complete, String text) {
    }

    /**
     * Waits for a reply ending in "$$$" (or starting with "Failure"), consuming it.
     *
     * @return the reply; {@code complete} is false on timeout, with whatever text arrived
     */
    synchronized Reply await(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            int end = text.indexOf(END);
            if (end >= 0) {
                String reply = text.substring(0, end + END.length());
                text.delete(0, end + END.length());
                return new Reply(true, reply);
            }
            int failure = text.indexOf("Failure");
            if (failure >= 0 && text.indexOf("\n", failure) >= 0) {
                String reply = text.substring(failure, text.indexOf("\n", failure)).strip();
                text.setLength(0);
                return new Reply(true, reply);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return new Reply(false, text.toString());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
