package org.myofuse.protocols.run;

import java.util.concurrent.locks.LockSupport;

import org.myofuse.api.fusion.FusedFrame;
import org.myofuse.api.fusion.TherapyEvent;

/**
 * The hand-over from the fusion's dispatch thread to the engine's thread: a preallocated
 * single-producer/single-consumer ring of slots, each holding either the few numbers of one fused frame
 * the engine reads, or one fusion event (a reference to the event record the fusion made).
 *
 * <p>The producer ({@link #offer(FusedFrame)}, {@link #offer(TherapyEvent)}) never blocks and allocates
 * nothing: a full ring drops the frame (counted, {@link #dropped()}) and returns. The fusion calls its
 * listeners one at a time (one run at a time), so there is one producer at a time. The consumer is the
 * engine thread; the producer unparks it when it sleeps.
 */
final class FrameInbox {

    /** EMG channels copied per frame; the fusion's own limit. */
    static final int MAX_EMG = 64;
    static final byte FRAME = 1;
    static final byte EVENT = 2;

    private final int mask;
    final byte[] kind;
    final long[] nanos;
    final double[] normal;
    final double[] shear;
    final double[] copX;
    final double[] copY;
    final int[] emgCount;
    final double[] emg;
    final String[] emgSource;
    final boolean[] emgPct;
    final TherapyEvent[] event;

    private volatile long published;
    private volatile long consumed;
    private volatile Thread consumer;
    private volatile boolean sleeping;
    private volatile long dropped;
    /** Session time of the last frame offered (any thread may read it). */
    private volatile long lastFrameNanos = Long.MIN_VALUE;

    /** @param capacity slots, a power of two */
    FrameInbox(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two, was " + capacity);
        }
        mask = capacity - 1;
        kind = new byte[capacity];
        nanos = new long[capacity];
        normal = new double[capacity];
        shear = new double[capacity];
        copX = new double[capacity];
        copY = new double[capacity];
        emgCount = new int[capacity];
        emg = new double[capacity * MAX_EMG];
        emgSource = new String[capacity * MAX_EMG];
        emgPct = new boolean[capacity * MAX_EMG];
        event = new TherapyEvent[capacity];
    }

    /** The thread that consumes; unparked when something arrives while it sleeps. */
    void consumer(Thread thread) {
        consumer = thread;
    }

    /** Copies a frame; producer thread only. Allocates nothing, never blocks. */
    void offer(FusedFrame f) {
        long p = published;
        if (p - consumed > mask) {
            dropped = dropped + 1;
            return;
        }
        int s = (int) (p & mask);
        kind[s] = FRAME;
        long t = f.sessionNanos();
        nanos[s] = t;
        normal[s] = f.normalForceN();
        shear[s] = f.shearForceN();
        copX[s] = f.copXmm();
        copY[s] = f.copYmm();
        int n = Math.min(MAX_EMG, f.emgChannels());
        emgCount[s] = n;
        int base = s * MAX_EMG;
        for (int c = 0; c < n; c++) {
            emg[base + c] = f.emgEnvelope(c);
            emgSource[base + c] = f.emgSource(c);
            emgPct[base + c] = "%MVC".equals(f.emgUnit(c));
        }
        event[s] = null;
        lastFrameNanos = t;
        published = p + 1;
        wake();
    }

    /** Queues an event; producer thread only. Never blocks; a full ring drops it (counted). */
    void offer(TherapyEvent e) {
        long p = published;
        if (p - consumed > mask) {
            dropped = dropped + 1;
            return;
        }
        int s = (int) (p & mask);
        kind[s] = EVENT;
        nanos[s] = e.sessionNanos();
        event[s] = e;
        published = p + 1;
        wake();
    }

    private void wake() {
        if (sleeping) {
            Thread t = consumer;
            if (t != null) {
                LockSupport.unpark(t);
            }
        }
    }

    /** The next slot to read, or -1 when empty; consumer only. */
    int peek() {
        long c = consumed;
        return c == published ? -1 : (int) (c & mask);
    }

    /** Frees the slot {@link #peek} returned; consumer only. */
    void release() {
        int s = (int) (consumed & mask);
        event[s] = null;
        consumed = consumed + 1;
    }

    /** Parks the consumer up to {@code nanos} unless something is waiting; consumer only. */
    void await(long nanos) {
        sleeping = true;
        if (peek() < 0) {
            LockSupport.parkNanos(this, nanos);
        }
        sleeping = false;
    }

    /** Unparks the consumer (a control was queued). */
    void nudge() {
        Thread t = consumer;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** Frames and events dropped because the engine thread was behind. */
    long dropped() {
        return dropped;
    }

    long lastFrameNanos() {
        return lastFrameNanos;
    }
}
