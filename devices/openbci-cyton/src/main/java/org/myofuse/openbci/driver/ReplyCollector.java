package org.myofuse.openbci.driver;

import java.util.concurrent.TimeUnit;

/**
 * Collects the board's text replies between the reader thread, which appends, and a host thread
 * waiting for the end of one reply. Used only while configuring, never while streaming, so
 * allocation here is harmless.
 *
 * <p>A reply ends in one of two ways, depending on the firmware: with "$$$" (every answer of v2 and
 * later, and the banner and 'C' answer of v1), or with a known line (v1 answers 'd', 'c' and channel
 * settings with lines and no "$$$": firmware OpenBCI_32bit.ino getCommand(); changelog of
 * OpenBCI_32bit_Library 2.0.0, "Sending d did not terminate with an EOT ($$$)").
 */
final class ReplyCollector {

    /** Ends every complete reply of firmware v2 and later. */
    static final String END = "$$$";
    /** A reply longer than this without an end is garbage (wrong baud rate, another device). */
    static final int MAX_REPLY_CHARS = 4096;

    private final StringBuilder text = new StringBuilder();

    /** Where a reply ends. */
    interface Terminator {

        /** The index just after the end of the first complete reply in {@code text}, or -1. */
        int end(CharSequence text);
    }

    /** A reply that ends with "$$$". */
    static final Terminator EOT = t -> {
        int at = t.toString().indexOf(END);
        return at < 0 ? -1 : at + END.length();
    };

    /** A reply that ends with the line {@code line} (CR LF or LF), or with "$$$" if that comes first. */
    static Terminator line(String line) {
        return t -> {
            String s = t.toString();
            int eot = s.indexOf(END);
            int from = 0;
            while (true) {
                int nl = s.indexOf('\n', from);
                if (nl < 0) {
                    return eot < 0 ? -1 : eot + END.length();
                }
                if (eot >= 0 && eot < nl) {
                    return eot + END.length();
                }
                String candidate = s.substring(from, nl).strip();
                if (candidate.endsWith(line) || candidate.equals(line)) {
                    return nl + 1;
                }
                from = nl + 1;
            }
        };
    }

    synchronized void append(byte[] bytes, int length) {
        for (int i = 0; i < length && text.length() < 2 * MAX_REPLY_CHARS; i++) {
            text.append((char) (bytes[i] & 0xFF));
        }
        notifyAll();
    }

    synchronized void clear() {
        text.setLength(0);
    }

    /** The outcome of a wait: the reply up to and including its end, or what came instead. */
    record Reply(boolean complete, String text) {
    }

    /**
     * Waits for a reply ending as {@code terminator} says, consuming it. A line starting with
     * "Failure" that is not part of a reply ending in "$$$" (the dongle's own answer when the board is
     * unreachable) also ends the wait.
     *
     * @return the reply; {@code complete} is false on timeout, with whatever text arrived
     */
    synchronized Reply await(Terminator terminator, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (true) {
            int end = terminator.end(text);
            if (end >= 0) {
                String reply = text.substring(0, end);
                text.delete(0, end);
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
