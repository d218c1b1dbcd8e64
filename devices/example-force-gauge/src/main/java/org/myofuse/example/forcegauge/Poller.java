package org.myofuse.example.forcegauge;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.myofuse.api.device.DeviceException;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.example.forcegauge.gcl.Gcl;

/**
 * Asks the gauge for its current reading at a fixed rate, on a thread of its own: a polled device has no
 * clock of its own, so this thread's ticks are the stream's sample clock. Tick {@code k} (counted over
 * the connection's life) is poll number {@code k}; the reader thread {@linkplain #claim() claims} the
 * number of the poll a response answers and turns it into a sample index.
 *
 * <p>At most one poll is outstanding, so that every response belongs to exactly one poll even when
 * responses are lost or damaged: a tick that comes while the previous poll is unanswered sends nothing
 * (its sample is missing, and becomes part of a gap), unless the poll has waited {@link #giveUpNanos},
 * when it is given up and a new one sent. Ticks are deadlines counted from the start, so the rate does
 * not drift; a tick the thread wakes up late for is still counted.
 *
 * <p>Started and stopped by the host's worker thread (through the connection), one thread at a time.
 * The poll loop allocates nothing; it stops on a flag and {@link LockSupport#unpark}, never an interrupt.
 */
final class Poller {

    /**
     * The shortest wait for a response before a poll is given up: far beyond a healthy answer (about a
     * millisecond plus the adapter's latency), so that a late answer is rarely taken for the next poll's
     * (which then finds no poll outstanding and is skipped), and short enough that a lost answer costs
     * only a fraction of a second of samples.
     */
    static final long MIN_GIVE_UP_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    private static final long JOIN_MILLIS = 500;
    private static final byte[] POLL = Gcl.command(Gcl.CURRENT_READING);

    private final SerialLink link;
    private final long periodNanos;
    private final long giveUpNanos;
    /** The number of the outstanding poll, or -1. Set by the poll thread, claimed by the reader thread. */
    private final AtomicLong awaiting = new AtomicLong(-1);
    /** The next tick's number; only the (single) poll thread advances it. */
    private final AtomicLong nextTick = new AtomicLong();
    private volatile boolean running;
    private Thread thread;

    Poller(SerialLink link, int rateHz) {
        this.link = link;
        this.periodNanos = TimeUnit.SECONDS.toNanos(1) / rateHz;
        this.giveUpNanos = Math.max(MIN_GIVE_UP_NANOS, 2 * periodNanos);
    }

    /** Nominal time between polls. */
    long periodNanos() {
        return periodNanos;
    }

    /** Starts polling on a daemon thread named {@code threadName}. */
    void start(String threadName) {
        awaiting.set(-1); // a poll left over from before a stop is not answered into the new run
        running = true;
        thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops polling; returns within about half a second (a write in progress may hold the thread). */
    void stop() {
        running = false;
        Thread t = thread;
        thread = null;
        if (t == null) {
            return;
        }
        LockSupport.unpark(t);
        try {
            t.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Called by the reader thread for each response line: the number of the poll it answers, or -1 if
     * no poll is outstanding (the line is unsolicited). The poll is answered either way.
     */
    long claim() {
        return awaiting.getAndSet(-1);
    }

    private void run() {
        long start = System.nanoTime();
        long issuedAt = start;
        for (long k = 0; running; k++) {
            long due = start + k * periodNanos;
            for (long wait = due - System.nanoTime(); wait > 0 && running; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(this, wait);
            }
            if (!running) {
                return;
            }
            long tick = nextTick.getAndIncrement();
            long now = System.nanoTime();
            if (awaiting.get() >= 0 && now - issuedAt < giveUpNanos) {
                continue; // still waiting for the last answer: this tick's sample is missing
            }
            awaiting.set(tick); // before the write: the answer may come back before write() returns
            issuedAt = now;
            try {
                link.write(POLL);
            } catch (DeviceException e) {
                awaiting.compareAndSet(tick, -1); // link down: nothing was asked; the transport reports the loss
            }
        }
    }
}
