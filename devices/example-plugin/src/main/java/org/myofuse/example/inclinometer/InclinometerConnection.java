package org.myofuse.example.inclinometer;

import java.util.concurrent.locks.LockSupport;

import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.stream.Quality;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;

/**
 * One connected example inclinometer.
 *
 * <h2>Threads</h2>
 * The host calls {@link #start}, {@link #stop} and {@link #close} from its own worker threads, one
 * at a time. {@code start} launches a daemon thread named {@code example-inclinometer-<device id>}
 * that is the only thread touching the publisher. A real driver's thread would block reading its
 * port; this one sleeps until the next block is due, with {@link LockSupport#parkNanos} towards
 * deadlines counted from the start, so late wake-ups are caught up and the rate never drifts.
 *
 * <h2>Stopping</h2>
 * A volatile flag tells the thread to finish; {@link LockSupport#unpark} wakes it at once, so
 * {@code stop} returns in well under its one-second limit. (Interrupting is avoided: a real driver's
 * serial library may treat an interrupt as a broken port.)
 */
public final class InclinometerConnection implements DeviceConnection {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long STOP_WAIT_MILLIS = 1000;

    private final DeviceContext<?> context;
    private final SamplePublisher publisher;
    private final InclinometerMotion motion;
    private final String threadName;

    private volatile boolean running;
    private Thread thread;
    private boolean closed;
    /** Next sample index. Only the streaming thread writes it; a new thread starts after the old one ended. */
    private long nextIndex;

    InclinometerConnection(DeviceContext<?> context, SamplePublisher publisher, InclinometerMotion motion) {
        this.context = context;
        this.publisher = publisher;
        this.motion = motion;
        this.threadName = InclinometerDriver.TYPE_ID + "-" + context.deviceId();
    }

    @Override
    public DeviceDescriptor descriptor() {
        return publisher.stream().descriptor();
    }

    @Override
    public synchronized void start() throws DeviceException {
        if (closed) {
            throw new DeviceException(threadName + ": cannot start, the connection is closed");
        }
        if (thread != null && thread.isAlive()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        Thread t = thread;
        if (t == null) {
            return;
        }
        running = false;
        LockSupport.unpark(t);
        try {
            t.join(STOP_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            stop();
            closed = true;
        }
    }

    private void run() {
        try {
            publishUntilStopped();
        } catch (RuntimeException e) {
            // never let the thread die silently: the host shows this line to the user
            context.reportStatus(DeviceState.DISCONNECTED, threadName + ": stopped by an error: " + e);
        }
    }

    /** The hot loop: no allocation, no blocking except the park until the next block is due. */
    private void publishUntilStopped() {
        SampleBlock block = publisher.block();
        int frames = InclinometerDriver.BLOCK_FRAMES;
        long start = System.nanoTime();
        long produced = 0;
        while (running && publisher.isOpen()) {
            long due = start + nanosFor(produced + frames);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
                continue; // woken early (unpark, spurious): check the flag and the time again
            }
            motion.fill(block.samples(), nextIndex, frames);
            block.setSamples(nextIndex, frames, context.clock().nanos(), Quality.SIMULATED);
            publisher.publish();
            nextIndex += frames;
            produced += frames;
        }
    }

    /** Time after the start at which {@code frames} samples are due; integer maths, so no drift. */
    private static long nanosFor(long frames) {
        long rate = InclinometerMotion.SAMPLE_RATE_HZ;
        return frames / rate * NANOS_PER_SECOND + frames % rate * NANOS_PER_SECOND / rate;
    }
}
