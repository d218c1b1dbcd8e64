package org.myofuse.api.stream;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives every device stream on the bus: implemented by fusion, recorders, displays, and registered
 * either as an OSGi service (whiteboard; the service property {@link #NAME_PROPERTY} names it in drop
 * reports) or with {@link StreamBus#subscribe}.
 *
 * <p><b>Threading:</b> all callbacks of one consumer come from that consumer's own dispatch thread,
 * one at a time, in order per stream; never from a driver thread. A slow callback only delays this
 * consumer, which then loses blocks (counted in {@link SampleBlock#droppedBefore()} and
 * {@link Subscription#droppedBlocks()}); it never delays a driver or another consumer.
 *
 * <p><b>Order per stream:</b> {@link #onStreamOpened}, then blocks in publish order, then
 * {@link #onStreamClosed} exactly once (also when the consumer is subscribed after the stream opened:
 * it first gets {@code onStreamOpened}). An exception thrown by a callback is logged with the
 * consumer's name and the consumer keeps receiving.
 */
@ConsumerType
public interface StreamConsumer {

    /** Service property naming a whiteboard consumer (a String). */
    String NAME_PROPERTY = "myofuse.consumer.name";

    /** Service property: ring slots per stream for a whiteboard consumer (an Integer, default 256). */
    String RING_SLOTS_PROPERTY = "myofuse.consumer.ringSlots";

    /** A stream opened; blocks of it follow. */
    default void onStreamOpened(StreamInfo stream) {
    }

    /**
     * One block in Disruptor style. The block is valid only during the call.
     *
     * @param block      samples or a gap record
     * @param sequence   this consumer's delivery sequence, increasing by one per delivered block across all streams
     * @param endOfBatch true when no further block is waiting right now: flush batched work here
     */
    void onEvent(SampleBlock block, long sequence, boolean endOfBatch);

    /**
     * The stream ended; no more blocks of it follow.
     *
     * @param reason why, in one line (e.g. "stopped", "device removed", "driver bundle stopped")
     */
    default void onStreamClosed(StreamInfo stream, String reason) {
    }
}
