package org.myofuse.runtime.stream;

import java.lang.System.Logger.Level;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.api.stream.Subscription;

/**
 * One consumer on the bus, with its own dispatch thread and one {@link Ring} per open stream.
 *
 * <p>The thread drains the rings round-robin and parks when all are empty. Producers wake it only
 * when its {@link #sleeping} flag is up, so a busy consumer costs a publish nothing but the copy.
 * It is never interrupted (consumers may be in the middle of database I/O): stopping sets
 * {@link #running} to false and unparks.
 */
final class BusSubscription implements Subscription, Runnable {

    private static final System.Logger LOG = System.getLogger(BusSubscription.class.getName());
    private static final VarHandle DELIVERED;
    private static final Ring[] NO_RINGS = new Ring[0];
    /** Safety net only: every state change that matters unparks the thread explicitly. */
    private static final long PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long FAILURE_LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    static {
        try {
            DELIVERED = MethodHandles.lookup().findVarHandle(BusSubscription.class, "deliveredBlocks", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final RingStreamBus bus;
    private final String name;
    private final StreamConsumer consumer;
    private final int ringSlots;
    private final Thread thread;

    /** This consumer's rings; replaced (copy-on-write) under the bus lock. */
    volatile Ring[] rings = NO_RINGS;
    /** Drops of streams whose rings were retired; guarded by the bus lock. */
    final Map<Integer, Long> retiredDrops = new HashMap<>();
    long retiredDropTotal;

    private volatile boolean running = true;
    private volatile boolean draining;
    private volatile boolean sleeping;
    private long deliveredBlocks;

    // dispatch thread only
    private long nextSequence;
    private int cursor;
    private long failures;
    private long lastFailureLogNanos;

    BusSubscription(RingStreamBus bus, String name, StreamConsumer consumer, int ringSlots) {
        this.bus = bus;
        this.name = name;
        this.consumer = consumer;
        this.ringSlots = ringSlots;
        this.thread = new Thread(this, "myofuse-consumer-" + name);
        thread.setDaemon(true);
    }

    Ring newRing(StreamInfo stream) {
        return new Ring(stream, this, ringSlots);
    }

    void start() {
        thread.start();
    }

    @Override
    public String name() {
        return name;
    }

    int ringSlots() {
        return ringSlots;
    }

    @Override
    public long deliveredBlocks() {
        return (long) DELIVERED.getOpaque(this);
    }

    @Override
    public long droppedBlocks() {
        return bus.droppedBlocks(this);
    }

    @Override
    public long droppedBlocks(int streamId) {
        return bus.droppedBlocks(this, streamId);
    }

    @Override
    public void close() {
        // Stop first: no callback starts once close() has begun, even before the bus lets go of us.
        running = false;
        bus.unsubscribe(this);
        stop(RingStreamBus.STOP_TIMEOUT_MILLIS);
    }

    /** Whether the dispatch thread is still alive (for tests and shutdown reports). */
    boolean isAlive() {
        return thread.isAlive();
    }

    // ---- waking

    /** Called by producers after a publish; cheap when the consumer is busy. */
    void wakeIfSleeping() {
        if (sleeping) {
            LockSupport.unpark(thread);
        }
    }

    /** Called on control changes (stream opened or closed, stop). */
    void wake() {
        LockSupport.unpark(thread);
    }

    // ---- stopping

    /** Stops after the callback in progress, without draining. Never interrupts. */
    void stop(long timeoutMillis) {
        running = false;
        wake();
        awaitExit(timeoutMillis);
    }

    /** Lets the thread deliver what is left in its (closed) rings, then stops; bounded. */
    void finish(long timeoutMillis) {
        draining = true;
        wake();
        awaitExit(timeoutMillis);
        if (thread.isAlive()) {
            stop(0);
        }
    }

    private void awaitExit(long timeoutMillis) {
        if (Thread.currentThread() == thread || timeoutMillis <= 0) {
            return;
        }
        try {
            thread.join(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (thread.isAlive()) {
            LOG.log(Level.WARNING, "consumer " + name + " is still inside a callback after " + timeoutMillis
                    + " ms; its thread stops when the callback returns");
        }
    }

    // ---- dispatch thread

    @Override
    public void run() {
        while (running) {
            if (draining && rings.length == 0) {
                break;
            }
            if (!dispatchRound()) {
                idle();
            }
        }
    }

    /** One pass over all rings, starting one further each pass; true if anything was delivered. */
    private boolean dispatchRound() {
        Ring[] current = rings;
        int n = current.length;
        if (n == 0) {
            return false;
        }
        boolean worked = false;
        int start = cursor < n ? cursor : 0;
        for (int i = 0; i < n && running; i++) {
            int index = start + i;
            worked |= service(current[index < n ? index : index - n], current);
        }
        cursor = start + 1;
        return worked;
    }

    private boolean service(Ring ring, Ring[] all) {
        boolean worked = false;
        if (!ring.openDelivered) {
            ring.openDelivered = true;
            opened(ring.stream);
            worked = true;
        }
        // Read closed before the producer sequence: once closed is seen, the sequence is final.
        boolean closed = ring.isClosed();
        long available = ring.published();
        long sequence = ring.consumed();
        if (sequence < available) {
            deliver(ring, sequence, available, all);
            return true;
        }
        if (closed) {
            closedStream(ring.stream, ring.closeReason());
            bus.retire(this, ring);
            return true;
        }
        return worked;
    }

    private void deliver(Ring ring, long from, long available, Ring[] all) {
        long delivered = deliveredBlocks;
        for (long sequence = from; sequence < available && running; sequence++) {
            boolean endOfBatch = sequence + 1 == available && nothingElseAvailable(ring, available, all);
            event(ring.slot(sequence), endOfBatch);
            ring.releaseUpTo(sequence + 1);
            DELIVERED.setOpaque(this, ++delivered);
        }
    }

    private static boolean nothingElseAvailable(Ring ring, long available, Ring[] all) {
        if (ring.published() != available) {
            return false;
        }
        for (Ring other : all) {
            if (other != ring && other.hasAvailable()) {
                return false;
            }
        }
        return true;
    }

    private void idle() {
        sleeping = true;
        // Mirror of BusStream.wakeSleepers(): the volatile store above is ordered before the reads of
        // the producer sequences in hasWork(), so either the producer sees sleeping or we see its block.
        if (!hasWork()) {
            LockSupport.parkNanos(this, PARK_NANOS);
        }
        sleeping = false;
    }

    private boolean hasWork() {
        if (!running || (draining && rings.length == 0)) {
            return true;
        }
        for (Ring ring : rings) {
            if (!ring.openDelivered || ring.isClosed() || ring.hasAvailableBeforeSleep()) {
                return true;
            }
        }
        return false;
    }

    private void opened(StreamInfo stream) {
        try {
            consumer.onStreamOpened(stream);
        } catch (Throwable t) {
            failed("onStreamOpened", t);
        }
    }

    private void event(SampleBlock block, boolean endOfBatch) {
        try {
            consumer.onEvent(block, nextSequence, endOfBatch);
        } catch (Throwable t) {
            failed("onEvent", t);
        }
        nextSequence++;
    }

    private void closedStream(StreamInfo stream, String reason) {
        try {
            consumer.onStreamClosed(stream, reason);
        } catch (Throwable t) {
            failed("onStreamClosed", t);
        }
    }

    private void failed(String callback, Throwable t) {
        if (t instanceof VirtualMachineError error) {
            // Out of memory or a stack overflow: nothing sensible to continue with on this thread.
            LOG.log(Level.ERROR, "consumer " + name + ": " + callback + " failed fatally", error);
            throw error;
        }
        failures++;
        long now = System.nanoTime();
        // Log the first failure and then at most one every ten seconds: a consumer that fails on every
        // block would otherwise write hundreds of stack traces per second.
        if (failures == 1 || now - lastFailureLogNanos > FAILURE_LOG_INTERVAL_NANOS) {
            lastFailureLogNanos = now;
            LOG.log(Level.ERROR, "consumer " + name + ": " + callback + " threw " + t + " (" + failures
                    + " callback failure(s) so far; the consumer keeps receiving)", t);
        }
    }

    @Override
    public String toString() {
        return "subscription " + name + " (" + ringSlots + " slots per stream)";
    }
}
