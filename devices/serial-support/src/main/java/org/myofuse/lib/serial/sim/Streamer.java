package org.myofuse.lib.serial.sim;

import java.util.concurrent.locks.LockSupport;

import org.myofuse.api.device.DeviceException;

/**
 * The streaming thread of a simulated device: started by the device's start command, ended by its
 * stop command, by closing the simulator or by an unplugged link. The simulator's {@code run} (called
 * on the new thread at every start) sets up what one run needs and calls {@link #pace}, which sends
 * frames when they are due by the thread's own clock. Thread-safe.
 */
public final class Streamer {

    /** Sends what is due, on the streaming thread. */
    @FunctionalInterface
    public interface Frames {

        /**
         * Sends frame {@code next} and, if the simulator batches, more of those before {@code due} (the
         * number of the first frame not yet due).
         *
         * @return the number of the next frame to send; beyond the last one sent when frames are skipped
         * @throws DeviceException if the link is gone: streaming ends
         */
        long send(long next, long due) throws DeviceException;
    }

    private final String threadName;
    private final Runnable run;
    private volatile boolean running;
    private Thread thread;

    /**
     * @param threadName the streaming thread's name
     * @param run        one run of streaming, on the streaming thread; normally ends in {@link #pace}
     */
    public Streamer(String threadName, Runnable run) {
        this.threadName = threadName;
        this.run = run;
    }

    /** True from {@link #start} until {@link #stop} (or the link was found gone). */
    public boolean running() {
        return running;
    }

    /** Starts a run; false (and nothing happens) if one is running. */
    public synchronized boolean start() {
        if (running) {
            return false;
        }
        running = true;
        thread = new Thread(run, threadName);
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    /**
     * Ends the run and waits for its thread (at most a second), unless called on it.
     *
     * @return whether a run was going on
     */
    public synchronized boolean stop() {
        boolean was = running;
        running = false;
        Thread t = thread;
        thread = null;
        if (t != null && t != Thread.currentThread()) {
            LockSupport.unpark(t);
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return was;
    }

    /**
     * Streaming thread: sends frames from {@code first} on, frame {@code first + i} when {@code i}
     * periods have passed, until stopped or the link is gone. A thread that fell behind sends what is
     * due at once (as far as {@code frames} takes it) rather than drifting.
     */
    public void pace(long periodNanos, long first, Frames frames) {
        long start = System.nanoTime();
        long next = first;
        while (running) {
            long due = first + (System.nanoTime() - start) / periodNanos + 1;
            if (due <= next) {
                LockSupport.parkNanos(this, start + (next - first) * periodNanos - System.nanoTime());
                continue;
            }
            try {
                next = frames.send(next, due);
            } catch (DeviceException e) {
                return; // unplugged
            }
        }
    }
}
