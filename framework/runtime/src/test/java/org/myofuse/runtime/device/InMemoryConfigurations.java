package org.myofuse.runtime.device;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * ConfigAdmin stand-in (the edge of the device manager): stores configurations and delivers them to
 * watchers asynchronously on its own thread, in order, as ConfigAdmin does to ManagedServiceFactories.
 */
final class InMemoryConfigurations implements DeviceConfigurations, AutoCloseable {

    private final Map<String, Stored> stored = new LinkedHashMap<>();
    private final Map<String, Watcher> watchers = new LinkedHashMap<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-config-admin");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean failWrites;

    @Override
    public synchronized String create(String factoryPid, String name, Map<String, Object> properties) throws IOException {
        if (failWrites) {
            throw new IOException("disk full");
        }
        String pid = factoryPid + "~" + name;
        if (stored.containsKey(pid)) {
            throw new IOException("configuration " + pid + " already exists");
        }
        put(pid, factoryPid, properties);
        return pid;
    }

    /** Stores or replaces a configuration, as FileInstall does when a .cfg file appears or changes. */
    synchronized void put(String pid, String factoryPid, Map<String, Object> properties) {
        var copy = new LinkedHashMap<>(properties);
        copy.put("service.pid", pid);
        copy.put("service.factoryPid", factoryPid);
        stored.put(pid, new Stored(pid, factoryPid, copy));
        Watcher watcher = watchers.get(factoryPid);
        if (watcher != null) {
            var delivered = new LinkedHashMap<String, Object>(copy);
            delivery.execute(() -> watcher.updated(pid, delivered));
        }
    }

    @Override
    public synchronized boolean delete(String pid) throws IOException {
        if (failWrites) {
            throw new IOException("disk full");
        }
        Stored gone = stored.remove(pid);
        if (gone == null) {
            return false;
        }
        Watcher watcher = watchers.get(gone.factoryPid());
        if (watcher != null) {
            delivery.execute(() -> watcher.deleted(pid));
        }
        return true;
    }

    @Override
    public synchronized List<Stored> list() {
        return new ArrayList<>(stored.values());
    }

    synchronized Map<String, Object> properties(String pid) {
        Stored s = stored.get(pid);
        return s == null ? null : s.properties();
    }

    @Override
    public synchronized Registration watch(String factoryPid, Watcher watcher) {
        watchers.put(factoryPid, watcher);
        for (Stored s : stored.values()) {
            if (s.factoryPid().equals(factoryPid)) {
                var delivered = new LinkedHashMap<>(s.properties());
                delivery.execute(() -> watcher.updated(s.pid(), delivered));
            }
        }
        return () -> {
            synchronized (this) {
                watchers.remove(factoryPid, watcher);
            }
        };
    }

    void failWrites(boolean fail) {
        this.failWrites = fail;
    }

    @Override
    public void close() throws InterruptedException {
        delivery.shutdown();
        delivery.awaitTermination(5, TimeUnit.SECONDS);
    }
}
