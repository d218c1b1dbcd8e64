package org.myofuse.runtime.stream;

import java.lang.System.Logger.Level;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.StreamInfo;

/**
 * One open stream: the driver's publisher. Copies the staging block into every subscriber's ring,
 * never waits and never allocates.
 *
 * <p>Closing races with a driver thread that may still be publishing (a hung driver is abandoned, not
 * joined). A Dekker-style handshake settles it: {@code publish} raises {@link #publishing} and then
 * checks {@link #closed}; {@code close} raises {@link #closed} and then waits for {@link #publishing}
 * to drop. After that no block can enter a ring, so consumers can drain and see onStreamClosed last.
 */
final class BusStream implements SamplePublisher {

    private static final System.Logger LOG = System.getLogger(BusStream.class.getName());
    private static final VarHandle REJECTED;
    private static final VarHandle PUBLISHING;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            REJECTED = lookup.findVarHandle(BusStream.class, "rejectedBlocks", long.class);
            PUBLISHING = lookup.findVarHandle(BusStream.class, "publishing", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final RingStreamBus bus;
    private final StreamInfo info;
    private final SampleBlock staging;
    /** Second staging slot for the gap the bus synthesizes before a block that jumps ahead. */
    private final SampleBlock synthesizedGap;
    private final IndexContinuity continuity = new IndexContinuity();

    /** One ring per subscription; replaced (copy-on-write) under the bus lock. */
    volatile Ring[] rings;
    private volatile boolean publishing;
    private volatile boolean closed;
    private long rejectedBlocks;

    BusStream(RingStreamBus bus, StreamInfo info, Ring[] rings) {
        this.bus = bus;
        this.info = info;
        this.staging = new SampleBlock(info);
        this.synthesizedGap = new SampleBlock(info);
        this.rings = rings;
    }

    @Override
    public StreamInfo stream() {
        return info;
    }

    @Override
    public SampleBlock block() {
        return staging;
    }

    @Override
    public void publish() {
        publishing = true;
        try {
            if (closed) {
                return;
            }
            int verdict = continuity.accept(staging);
            if (verdict == IndexContinuity.OVERLAP) {
                reject();
                return;
            }
            Ring[] targets = rings;
            if (verdict == IndexContinuity.JUMP) {
                synthesizedGap.setGap(continuity.missingFrom(), continuity.missingSamples(), GapCause.COUNTER_JUMP,
                        staging.arrivalNanos());
                offerAll(targets, synthesizedGap);
            }
            offerAll(targets, staging);
            wakeSleepers(targets);
        } finally {
            // A release store is enough here: closeAndQuiesce() only needs to see it eventually.
            PUBLISHING.setRelease(this, false);
        }
    }

    @Override
    public void publishGap(long firstMissingIndex, long missingSamples, GapCause cause, long arrivalNanos) {
        staging.setGap(firstMissingIndex, missingSamples, cause, arrivalNanos);
        publish();
    }

    @Override
    public boolean isOpen() {
        return !closed;
    }

    /** Blocks refused because they started before the previous block's end. */
    public long rejectedBlocks() {
        return (long) REJECTED.getOpaque(this);
    }

    private static void offerAll(Ring[] targets, SampleBlock block) {
        for (Ring ring : targets) {
            ring.offer(block);
        }
    }

    private static void wakeSleepers(Ring[] targets) {
        if (targets.length == 0) {
            return;
        }
        // The sequence writes above are release stores; the full fence orders them before the reads of
        // each consumer's sleeping flag (its mirror image is in BusSubscription.idle()).
        VarHandle.fullFence();
        for (Ring ring : targets) {
            ring.owner.wakeIfSleeping();
        }
    }

    private void reject() {
        long count = rejectedBlocks + 1;
        REJECTED.setOpaque(this, count);
        if (count == 1) {
            // Logged once per stream: a driver with this bug would otherwise flood the log (and allocate).
            LOG.log(Level.WARNING, "stream " + info.streamId() + " of device " + info.deviceId() + ": dropped a "
                    + staging.kind() + " block starting at sample " + staging.firstSampleIndex()
                    + " (frames " + staging.frames() + "), expected a block starting at or after sample "
                    + continuity.expected() + " (driver bug; further such blocks are dropped silently)");
        }
    }

    /** Stops publishing: after this returns no publish is in progress and none will reach a ring. */
    void closeAndQuiesce() {
        closed = true;
        int spins = 0;
        while (publishing) {
            // A publish is a handful of array copies; wait it out without burning a core.
            if (++spins < 100) {
                Thread.onSpinWait();
            } else {
                java.util.concurrent.locks.LockSupport.parkNanos(20_000L);
            }
        }
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public String toString() {
        return "stream " + info.streamId() + " (" + info.deviceId() + ")";
    }
}
