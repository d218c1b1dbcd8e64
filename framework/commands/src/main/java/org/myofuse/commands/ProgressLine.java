package org.myofuse.commands;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * A percentage line on stderr for long transfers, at most once a second and only once a transfer has
 * taken a second, so short ones stay quiet. On a terminal the line is rewritten in place; in a log
 * each update is a line of its own.
 */
final class ProgressLine {

    static final long PERIOD_MILLIS = 1_000;

    private final PrintStream err;
    private final String what;
    private final boolean inPlace;
    private final LongSupplier millis;
    private final long startMillis;
    private long lastMillis;
    private int lastPercent = -1;
    private boolean shown;

    /**
     * @param what    the transfer, e.g. "exporting session 12"
     * @param inPlace rewrite the line with a carriage return (stderr is a terminal)
     * @param millis  the clock
     */
    ProgressLine(PrintStream err, String what, boolean inPlace, LongSupplier millis) {
        this.err = err;
        this.what = what;
        this.inPlace = inPlace;
        this.millis = millis;
        this.startMillis = millis.getAsLong();
        this.lastMillis = startMillis;
    }

    /** {@code done} of {@code total} frames. */
    void update(long done, long total) {
        long now = millis.getAsLong();
        if (now - lastMillis < PERIOD_MILLIS || total <= 0) {
            return;
        }
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent == lastPercent) {
            return;
        }
        lastMillis = now;
        lastPercent = percent;
        shown = true;
        err.print((inPlace ? "\r" : "") + what + ": " + percent + "%" + (inPlace ? "" : "\n"));
        err.flush();
    }

    /** Ends the line in place, if one was shown, so the next output starts on a line of its own. */
    void finish() {
        if (shown && inPlace) {
            err.println();
            err.flush();
        }
    }
}
