package org.myofuse.runtime.device;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Where device configurations live: ConfigAdmin in OSGi, a map in tests. The device manager's only
 * window on configuration storage.
 */
public interface DeviceConfigurations {

    /** One stored device configuration (a factory configuration under a device factory PID). */
    record Stored(String pid, String factoryPid, Map<String, Object> properties) {
    }

    /** Receives the configurations of one factory PID, like a ManagedServiceFactory. */
    interface Watcher {

        /** A configuration was created or changed (also called for every existing one when watching starts). */
        void updated(String pid, Map<String, Object> properties);

        /** A configuration was deleted. */
        void deleted(String pid);
    }

    /** Ends a {@link #watch}. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Creates a named factory configuration with these properties.
     *
     * @return its PID
     * @throws IOException if it cannot be stored
     */
    String create(String factoryPid, String name, Map<String, Object> properties) throws IOException;

    /** Deletes a configuration; false if there is none with this PID. */
    boolean delete(String pid) throws IOException;

    /** Every stored configuration whose factory PID starts with {@code org.myofuse.device.}. */
    List<Stored> list() throws IOException;

    /** Starts delivering the configurations of {@code factoryPid} to {@code watcher}, asynchronously. */
    Registration watch(String factoryPid, Watcher watcher);
}
