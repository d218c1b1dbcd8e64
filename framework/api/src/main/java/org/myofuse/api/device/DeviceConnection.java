package org.myofuse.api.device;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One open device, returned by {@link DeviceDriver#connect}. Implemented by drivers.
 *
 * <h2>Lifecycle</h2>
 * {@code connect -> start -> stop -> (start -> stop)* -> close}, and {@code close} may come at any point
 * after {@code connect}. The host calls these methods from its worker threads, one at a time for a
 * given connection and in this order, never from a driver thread (see {@link DeviceDriver}).
 *
 * <h2>Threading of the data path</h2>
 * After {@link #start()} the driver publishes from its own thread (one reader thread per port for
 * serial devices) through the {@link org.myofuse.api.stream.SamplePublisher} it opened; that thread
 * is the only one that publishes. It must never block on anything but its own I/O and must not
 * allocate per sample. The publisher never blocks it. The host stops accepting publishes before it
 * calls {@link #stop()} and resumes only after {@link #start()} returned: the methods here need not
 * (and must not) synchronise with the reader thread to keep it from publishing.
 *
 * <h2>Errors while streaming</h2>
 * A lost link is reported with {@link DeviceContext#reportStatus} ({@link DeviceState#DISCONNECTED}
 * with the reason). A driver able to reconnect does so by itself, publishes a gap of cause
 * {@link org.myofuse.api.stream.GapCause#RECONNECT} covering the missing samples, and reports
 * {@link DeviceState#RECONNECTED}. Corrupt input is rejected, counted and skipped; it never ends the
 * stream.
 */
@ConsumerType
public interface DeviceConnection extends AutoCloseable {

    /** The identified device. Constant for the life of the connection. */
    DeviceDescriptor descriptor();

    /**
     * Starts streaming. Returns once the device has been told to start; samples follow on the
     * driver's thread.
     *
     * @throws DeviceException if the device refuses or does not answer
     */
    void start() throws DeviceException;

    /**
     * Stops streaming: tells the device to stop and the driver's thread to stop producing. Returns
     * within one second. Whatever the driver's thread still publishes is dropped by the host. Never
     * throws for a device that has gone away: stopping a gone device is a no-op.
     */
    void stop();

    /**
     * Releases the device (closes the port, ends threads). Stops first if still streaming. Idempotent,
     * bounded (returns within two seconds even if the device hangs), never throws.
     */
    @Override
    void close();
}
