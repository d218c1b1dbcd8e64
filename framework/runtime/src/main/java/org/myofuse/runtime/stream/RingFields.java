package org.myofuse.runtime.stream;

/*
 * Field layout of Ring, split over a class hierarchy because HotSpot lays out superclass fields
 * first: the producer's fields, the consumer's field and the read-mostly fields each sit on their own
 * cache lines, so the driver thread and the consumer thread do not invalidate each other's line on
 * every block (false sharing).
 */

/** Padding ahead of the producer's fields. */
@SuppressWarnings("unused")
abstract class RingPadHead {
    private long p01, p02, p03, p04, p05, p06, p07, p08;
}

/** Written by the producer (the driver's thread) only. */
abstract class RingProducerFields extends RingPadHead {
    /** Sequence of the next block to write; released to the consumer after the slot is filled. */
    long producerSequence;
    /** The producer's last look at the consumer's sequence, refreshed only when the ring looks full. */
    long consumerSequenceCache;
    /** Blocks dropped since the last block that made it into the ring. */
    long pendingDrops;
    /** All blocks of this stream dropped for this consumer; written opaque so readers see whole values. */
    long droppedBlocks;
}

/** Padding between producer and consumer fields. */
@SuppressWarnings("unused")
abstract class RingPadMiddle extends RingProducerFields {
    private long p11, p12, p13, p14, p15, p16, p17, p18;
}

/** Written by the consumer thread only. */
abstract class RingConsumerFields extends RingPadMiddle {
    /** Sequence of the next block to deliver; released to the producer after the callback returned. */
    long consumerSequence;
}

/** Padding behind the consumer's field. */
@SuppressWarnings("unused")
abstract class RingPadTail extends RingConsumerFields {
    private long p21, p22, p23, p24, p25, p26, p27, p28;
}
