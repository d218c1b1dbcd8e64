package org.myofuse.api.stream;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The driver's end of one device stream. Obtained from
 * {@link org.myofuse.api.device.DeviceContext#openStream}; implemented by the host.
 *
 * <p><b>Threading:</b> single producer. One thread (the driver's reader or generator thread) calls
 * {@link #block()}, {@link #publish()} and {@link #publishGap}; a driver's control methods
 * ({@code start}, {@code stop}, {@code close}) never do. None of these methods blocks, waits for a
 * consumer, or allocates: a publish copies the staging block into each consumer's preallocated ring and
 * wakes the consumer if it sleeps. A consumer whose ring is full loses the block; the loss is counted
 * for that consumer only.
 *
 * <p><b>Accepting:</b> the host accepts publishes only while the connection is started: it stops
 * accepting before it calls {@code DeviceConnection.stop()} and accepts again once {@code start()}
 * returned. A publish outside that window is dropped (a volatile read, no lock), counts nothing and
 * does not disturb the index continuity check, so a reader thread racing with {@code stop()} needs no
 * synchronisation of its own.
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
