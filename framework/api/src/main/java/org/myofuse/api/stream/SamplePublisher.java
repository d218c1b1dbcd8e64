package org.myofuse.api.stream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The driver's end of one device stream. Obtained from
 * {@link org.myofuse.api.device.DeviceContext#openStream}; implemented by the host.
 *
 * <p><b>Threading:</b> single producer. Exactly one thread at a time (normally the driver's reader
 * thread) may call {@link #block()}, {@link #publish()} and {@link #publishGap}. None of these methods
 * blocks, waits for a consumer, or allocates: a publish copies the staging block into each consumer's
 * preallocated ring and wakes the consumer if it sleeps. A consumer whose ring is full loses the
 * block; the loss is counted for that consumer only.
 *
 * <p><b>Lifecycle:</b> valid from {@code openStream} until the host closes the stream (when the
 * connection is closed, the device is removed or the driver goes away). After that, publishes are
 * ignored and {@link #isOpen()} is false.
 */
@ProviderType
public interface SamplePublisher {

    /** The stream this publisher feeds. */
    StreamInfo stream();

    /** The staging block to fill before {@link #publish()}. Always the same instance. */
    SampleBlock block();

    /**
     * Publishes the staging block to every consumer. Sample indices must increase: a block must start
     * at or after the previous block's {@link SampleBlock#nextSampleIndex()}; a jump forward without
     * a gap block in between is recorded by the host as a gap of cause {@link GapCause#COUNTER_JUMP}.
     */
    void publish();

    /** Publishes an explicit gap record (convenience for filling the staging block with a gap and publishing it). */
    void publishGap(long firstMissingIndex, long missingSamples, GapCause cause, long arrivalNanos);

    /** False once the host has closed the stream. */
    boolean isOpen();
}
