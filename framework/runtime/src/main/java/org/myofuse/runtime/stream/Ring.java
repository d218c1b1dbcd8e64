package org.myofuse.runtime.stream;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamInfo;

/**
 * A single-producer/single-consumer ring of preallocated blocks: one per stream and subscription.
 *
 * <p>The producer (the stream's driver thread) copies into the next free slot and releases it by an
 * ordered write of its sequence; the consumer reads up to that sequence and releases the slots it has
 * delivered the same way. No locks, no allocation after construction. A full ring drops the block and
 * counts it, and the next block that fits carries the count in {@link SampleBlock#droppedBefore()}.
 */
final class Ring extends RingPadTail {

    private static final VarHandle PRODUCER_SEQUENCE;
    private static final VarHandle CONSUMER_SEQUENCE;
    private static final VarHandle DROPPED_BLOCKS;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            PRODUCER_SEQUENCE = lookup.findVarHandle(RingProducerFields.class, "producerSequence", long.class);
            DROPPED_BLOCKS = lookup.findVarHandle(RingProducerFields.class, "droppedBlocks", long.class);
            CONSUMER_SEQUENCE = lookup.findVarHandle(RingConsumerFields.class, "consumerSequence", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final StreamInfo stream;
    final BusSubscription owner;
    private final SampleBlock[] slots;
    private final int mask;

    /** Written once before {@link #closed}; read after it. */
    private String closeReason = "";
    private volatile boolean closed;

    /** Consumer thread only: whether onStreamOpened was delivered. */
    boolean openDelivered;

    Ring(StreamInfo stream, BusSubscription owner, int size) {
        this.stream = stream;
        this.owner = owner;
        this.slots = new SampleBlock[size];
        for (int i = 0; i < size; i++) {
            slots[i] = new SampleBlock(stream);
        }
        this.mask = size - 1;
    }

    // ---- producer side (the stream's single publishing thread)

    /** Copies {@code source} into the next free slot; false (and counted) if the ring is full. */
    boolean offer(SampleBlock source) {
        long sequence = producerSequence;
        if (sequence - consumerSequenceCache >= slots.length) {
            consumerSequenceCache = (long) CONSUMER_SEQUENCE.getAcquire(this);
            if (sequence - consumerSequenceCache >= slots.length) {
                pendingDrops++;
                DROPPED_BLOCKS.setOpaque(this, droppedBlocks + 1);
                return false;
            }
        }
        slots[(int) (sequence & mask)].copyFrom(source, pendingDrops);
        pendingDrops = 0;
        PRODUCER_SEQUENCE.setRelease(this, sequence + 1);
        return true;
    }

    // ---- consumer side (the owner's dispatch thread)

    /** One past the last block the producer has released. */
    long published() {
        return (long) PRODUCER_SEQUENCE.getAcquire(this);
    }

    /** The next sequence to deliver. */
    long consumed() {
        return consumerSequence;
    }

    SampleBlock slot(long sequence) {
        return slots[(int) (sequence & mask)];
    }

    /** Hands the slots below {@code nextSequence} back to the producer. */
    void releaseUpTo(long nextSequence) {
        CONSUMER_SEQUENCE.setRelease(this, nextSequence);
    }

    boolean hasAvailable() {
        return published() > consumerSequence;
    }

    /**
     * Like {@link #hasAvailable()} but with a volatile read: before parking, the consumer's volatile
     * store of its sleeping flag must be ordered before this load (store-load), which an acquire
     * load does not promise.
     */
    boolean hasAvailableBeforeSleep() {
        return (long) PRODUCER_SEQUENCE.getVolatile(this) > consumerSequence;
    }

    // ---- any thread

    long droppedBlocks() {
        return (long) DROPPED_BLOCKS.getOpaque(this);
    }

    /** Marks the stream closed; called after the producer can no longer publish. */
    void close(String reason) {
        closeReason = reason;
        closed = true;
    }

    boolean isClosed() {
        return closed;
    }

    String closeReason() {
        return closeReason;
    }

    int capacity() {
        return slots.length;
    }
}
