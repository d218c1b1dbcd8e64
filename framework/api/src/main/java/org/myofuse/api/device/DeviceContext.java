package org.myofuse.api.device;

import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.SessionClock;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the host gives a driver for one configured device. Implemented by the device manager.
 *
 * <p>Thread-safe. {@link #reportStatus} may be called from any thread, including a driver's reader
 * thread: it never blocks and hands the event to the manager's event thread.
 *
 * @param <C> the driver's typed configuration
 */
@ProviderType
public interface DeviceContext<C> {

    /** The configured device's id (its ConfigAdmin PID). */
    String deviceId();

    /** Display name chosen by the user, or the type id. */
    String name();

    /** The port path or address from the configuration, or "" if none was given. */
    String port();

    /** The validated, typed configuration. */
    C configuration();

    /** The session clock to stamp arrival times with. */
    SessionClock clock();

    /**
     * Opens this device's stream on the bus. Call exactly once, from {@link DeviceDriver#connect}.
     *
     * @param maxFramesPerBlock the largest number of frames the driver will publish in one block
     * @throws IllegalStateException if called a second time
     */
    SamplePublisher openStream(DeviceDescriptor descriptor, int maxFramesPerBlock);

    /**
     * Reports what only the driver can see: {@link DeviceState#DISCONNECTED} with the reason when the
     * link is lost, {@link DeviceState#RECONNECTED} when the driver restored it and samples flow again.
     * The host owns every other state and ignores (and logs) a driver reporting one. Never blocks; any
     * thread, including the reader thread.
     */
    void reportStatus(DeviceState state, String reason);
}
