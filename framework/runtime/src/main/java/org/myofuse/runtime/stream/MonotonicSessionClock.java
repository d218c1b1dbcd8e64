package org.myofuse.runtime.stream;

import org.myofuse.api.stream.SessionClock;
import org.osgi.service.component.annotations.Component;

/**
 * The session clock: {@link System#nanoTime()} relative to the moment this clock was created.
 *
 * <p>As a DS component it is immediate, so SCR creates it (and fixes the origin) when the runtime
 * bundle activates. Outside OSGi, {@code new MonotonicSessionClock()} does the same.
 */
@Component(service = SessionClock.class, immediate = true)
public final class MonotonicSessionClock implements SessionClock {

    private final long originEpochMillis;
    private final long originNanos;

    public MonotonicSessionClock() {
        // Wall clock read between two monotonic reads and the origin put in the middle, so the two
        // origins describe the same instant to within one System.nanoTime() call.
        long before = System.nanoTime();
        this.originEpochMillis = System.currentTimeMillis();
        long after = System.nanoTime();
        this.originNanos = before + (after - before) / 2;
    }

    @Override
    public long nanos() {
        // nanoTime is monotonic; max() only guards the half-call before the midpoint origin.
        return Math.max(0L, System.nanoTime() - originNanos);
    }

    @Override
    public long originEpochMillis() {
        return originEpochMillis;
    }

    @Override
    public String toString() {
        return "SessionClock[origin=" + java.time.Instant.ofEpochMilli(originEpochMillis) + "]";
    }
}
