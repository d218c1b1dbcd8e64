package org.myofuse.api.device;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One open device, returned by {@link DeviceDriver#connect}. Implemented by drivers.
 *
 * <h2>Lifecycle</h2>
 * {@code connect -> start -> stop -> (start -> stop)* -> close}. The host calls these methods from
 * its worker threads, one at a time for a given connection, never from a driver thread.
 *
 * <h2>Threading of the data path</h2>
 * After {@link #start()} the driver publishes from its own thread (one reader thread per port for
 * serial devices) through the {@link org.myofuse.api.stream.SamplePublisher} it opened. That thread
 * must never block on anything but its own I/O and must not allocate per sample. The publisher never
 * blocks it.
 *
 * <h2>Errors while streaming</h2>
 * A lost link is reported with {@link DeviceContext#reportStatus} ({@link DeviceState#DISCONNECTED}
 * with the reason). A driver able to reconnect does so by itself and then reports
 * {@link DeviceState#RECONNECTED} and publishes a gap of cause
 * {@link org.myofuse.api.stream.GapCause#RECONNECT} covering the missing samples. Corrupt input is
 * rejected, counted and skipped; it never ends the stream.
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
     * Stops streaming. Returns within one second; after it returns the driver publishes nothing more.
     * Never throws for a device that has gone away: stopping a gone device is a no-op.
     */
    void stop();

    /**
     * Releases the device (closes the port, ends threads). Stops first if still streaming. Idempotent,
     * bounded (returns within two seconds even if the device hangs), never throws.
     */
    @Override
    void close();
}
