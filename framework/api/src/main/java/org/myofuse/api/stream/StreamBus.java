package org.myofuse.api.stream;

import java.util.List;

import org.myofuse.api.device.DeviceDescriptor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The bounded, preallocated bus from drivers to consumers. Provided by the runtime as an OSGi service.
 *
 * <p>Drivers do not call the bus directly: the device manager opens a stream for them through
 * {@link org.myofuse.api.device.DeviceContext#openStream}. Consumers either register a
 * {@link StreamConsumer} service (whiteboard) or call {@link #subscribe}.
 *
 * <p>Thread-safe. Opening and closing streams and subscriptions allocates; publishing does not.
 */
@ProviderType
public interface StreamBus {

    /** Default ring size per stream and consumer, in blocks. */
    int DEFAULT_RING_SLOTS = 256;

    /**
     * Opens a stream; every current and future consumer gets {@code onStreamOpened}.
     *
     * @param maxFramesPerBlock the largest block the producer will publish, in frames
     */
    SamplePublisher openStream(String deviceId, DeviceDescriptor descriptor, int maxFramesPerBlock);

    /**
     * Closes a stream: each consumer gets the blocks already in its ring, then {@code onStreamClosed}
     * with {@code reason}. Later publishes are ignored. Idempotent.
     */
    void closeStream(SamplePublisher stream, String reason);

    /**
     * Attaches a consumer with its own dispatch thread and a ring of {@code ringSlots} blocks per stream.
     *
     * @throws IllegalArgumentException if {@code ringSlots} is not a power of two between 2 and 65536
     */
    Subscription subscribe(String name, StreamConsumer consumer, int ringSlots);

    /** The streams open now. */
    List<StreamInfo> openStreams();

    /** The subscriptions attached now, whiteboard consumers included. */
    List<Subscription> subscriptions();
}
