package org.myofuse.simulator.core;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.Quality;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;

/**
 * The driver glue shared by the simulators: one daemon thread per started device that fills the
 * publisher's staging block from a {@link FrameSignal} and publishes it on a real-time schedule.
 *
 * <p>The thread parks until the next block is due ({@link Pacer}); when it wakes late it publishes
 * the due blocks back to back, so the stream keeps its nominal rate with no drift. After a backlog of
 * more than {@link #MAX_LAG_NANOS} (the machine was suspended) it gives the backlog up with a
 * {@link GapCause#OVERFLOW} gap rather than flooding consumers. Sample indices continue across
 * stop and start; sample values depend only on the index (see {@link FrameSignal}).
 *
 * <p>Lifecycle calls come from host threads one at a time (see {@link DeviceConnection}); the
 * streaming thread is the only one touching the signal and the publisher while it runs.
 */
public final class SimulatedConnection implements DeviceConnection {

    /** Backlog after which a late stream skips ahead instead of catching up. */
    public static final long MAX_LAG_NANOS = TimeUnit.SECONDS.toNanos(2);

    private static final long STOP_WAIT_MILLIS = 1000;

    private final DeviceContext<?> context;
    private final SamplePublisher publisher;
    private final FrameSignal signal;
    private final Pacer pacer;
    private final String threadName;
    private final long framesPerSecond;

    private volatile boolean running;
    private Thread thread;
    private boolean closed;
    private Runnable onClose = () -> { };
    /** Next sample index; written by the streaming thread, read by the next one after a join. */
    private long nextIndex;

    /**
     * @param context    the device's context: clock and status reporting
     * @param publisher  the stream opened in {@code connect}
     * @param signal     the generator, channel count matching the stream
     * @param typeId     device type id, the thread name prefix
     * @param blockFrames frames per published block, at most the stream's block capacity
     */
    public SimulatedConnection(DeviceContext<?> context, SamplePublisher publisher, FrameSignal signal, String typeId,
            int blockFrames) {
        if (signal.channels() != publisher.stream().channels()) {
            throw new IllegalArgumentException(typeId + ": signal has " + signal.channels()
                    + " channels but the stream has " + publisher.stream().channels());
        }
        if (blockFrames > publisher.stream().maxFramesPerBlock()) {
            throw new IllegalArgumentException(typeId + ": blocks of " + blockFrames + " frames exceed the stream's "
                    + publisher.stream().maxFramesPerBlock());
        }
        double rate = signal.sampleRateHz();
        if (rate != Math.rint(rate)) {
            throw new IllegalArgumentException(typeId + ": sample rate " + rate + " Hz must be a whole number");
        }
        this.context = context;
        this.publisher = publisher;
        this.signal = signal;
        this.framesPerSecond = (long) rate;
        this.pacer = new Pacer(framesPerSecond, blockFrames, MAX_LAG_NANOS);
        this.threadName = typeId + "-" + context.deviceId();
    }

    @Override
    public DeviceDescriptor descriptor() {
        return publisher.stream().descriptor();
    }

    /** Name of the streaming thread. */
    public String threadName() {
        return threadName;
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
        Thread t = new Thread(this::stream, threadName);
        t.setDaemon(true);
        thread = t;
        t.start();
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

    /** Runs {@code action} once when the connection closes, after streaming stopped (e.g. leaving a script). */
    public synchronized SimulatedConnection whenClosed(Runnable action) {
        this.onClose = action;
        return this;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        stop();
        closed = true;
        onClose.run();
    }

    private void stream() {
        try {
            publishOnSchedule();
        } catch (RuntimeException e) {
            running = false;
            context.reportStatus(DeviceState.DISCONNECTED, threadName + ": simulation failed: " + e);
        }
    }

    private void publishOnSchedule() {
        SampleBlock block = publisher.block();
        long start = System.nanoTime();
        signal.anchor(nextIndex, context.clock().nanos());
        long produced = 0;
        while (running && publisher.isOpen()) {
            long elapsed = System.nanoTime() - start;
            long wait = pacer.nextBlockDue(produced) - elapsed;
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
                continue;
            }
            long skip = pacer.framesToSkip(produced, elapsed);
            if (skip > 0) {
                publisher.publishGap(nextIndex, skip, GapCause.OVERFLOW, context.clock().nanos());
                nextIndex += skip;
                produced += skip;
                continue;
            }
            int frames = pacer.blockFrames();
            int quality = signal.fill(block.samples(), nextIndex, frames);
            block.setSamples(nextIndex, frames, context.clock().nanos(), Quality.SIMULATED | quality)
                    .setDeviceTimeMicros(deviceMicros(nextIndex));
            publisher.publish();
            nextIndex += frames;
            produced += frames;
        }
    }

    /** The simulated device's own clock: its sample counter in microseconds. */
    private long deviceMicros(long index) {
        return index / framesPerSecond * 1_000_000L + index % framesPerSecond * 1_000_000L / framesPerSecond;
    }
}
