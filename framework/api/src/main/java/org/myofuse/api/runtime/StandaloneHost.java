package org.myofuse.api.runtime;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.DeviceStatusListener;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One running host outside OSGi, started by {@link StandaloneRuntime#startHost()}: the real session
 * clock, stream bus and device manager, with device configurations kept in memory and delivered to the
 * manager asynchronously, as ConfigAdmin delivers them. What OSGi does with whiteboard services is
 * done here by calls: {@link #addDriver} for a {@link DeviceDriver} service, {@link #addStatusListener}
 * for a {@link DeviceStatusListener} service; consumers subscribe on {@link #bus()}.
 *
 * <p>Thread-safe. Devices connect on the manager's own threads, as in OSGi.
 */
@ProviderType
public interface StandaloneHost extends AutoCloseable {

    /** The host's session clock. */
    SessionClock clock();

    /** The host's stream bus. */
    StreamBus bus();

    /** The host's device manager. */
    DeviceManager deviceManager();

    /**
     * Installs a driver, as registering its service does in OSGi: its type becomes installed and devices
     * of that type can be added.
     *
     * @throws IllegalArgumentException if the manager refuses it: its type id is taken, {@code type()}
     *                                  fails, or its configuration interface has no metatype; one line
     */
    void addDriver(DeviceDriver<?> driver);

    /**
     * Takes a driver away, as its service going away does in OSGi: its devices' connections are closed
     * and their streams end with {@code reason}; returns once they are closed (bounded by the manager's
     * close timeout). The devices stay configured.
     */
    void removeDriver(DeviceDriver<?> driver, String reason);

    /** Adds a listener; it gets every later status event on the manager's event thread, in order. */
    void addStatusListener(DeviceStatusListener listener);

    /** Removes a listener. */
    void removeStatusListener(DeviceStatusListener listener);

    /**
     * Stops every device (streams end with "device manager stopped"), then the manager and the bus.
     * Bounded; idempotent.
     */
    @Override
    void close();
}
