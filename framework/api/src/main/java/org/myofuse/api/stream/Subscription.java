package org.myofuse.api.stream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A consumer's attachment to the bus, with its loss accounting. Thread-safe.
 */
@ProviderType
public interface Subscription extends AutoCloseable {

    /** The consumer's name, as shown in drop reports. */
    String name();

    /** Blocks delivered so far, all streams. */
    long deliveredBlocks();

    /** Blocks dropped so far because this consumer fell behind, all streams. */
    long droppedBlocks();

    /** Blocks of one stream dropped for this consumer so far. */
    long droppedBlocks(int streamId);

    /** Detaches the consumer: its thread finishes the callback in progress and stops. Idempotent. */
    @Override
    void close();
}
