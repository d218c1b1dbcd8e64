package org.myofuse.runtime.standalone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.runtime.device.DeviceConfigurations;

/**
 * Device configurations kept in memory and delivered to watchers on one thread of their own,
 * asynchronously and in order, as ConfigAdmin delivers factory configurations: the storage edge of a
 * standalone host. Thread-safe.
 */
final class InMemoryDeviceConfigurations implements DeviceConfigurations, AutoCloseable {

    private record Watch(String factoryPid, Watcher watcher) {
    }

    /** Guarded by this, so that a watch started while a configuration is created sees it once. */
    private final Map<String, Stored> stored = new LinkedHashMap<>();
    private final List<Watch> watches = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "myofuse-standalone-configurations");
        t.setDaemon(true);
        return t;
    });

    @Override
    public synchronized String create(String factoryPid, String name, Map<String, Object> properties) {
        String pid = factoryPid + "~" + name;
        Map<String, Object> copy = Map.copyOf(properties);
        stored.put(pid, new Stored(pid, factoryPid, copy));
        for (Watch w : watches) {
            if (w.factoryPid().equals(factoryPid)) {
                deliver(() -> w.watcher().updated(pid, copy));
            }
        }
        return pid;
    }

    @Override
    public synchronized boolean delete(String pid) {
        Stored removed = stored.remove(pid);
        if (removed == null) {
            return false;
        }
        for (Watch w : watches) {
            if (w.factoryPid().equals(removed.factoryPid())) {
                deliver(() -> w.watcher().deleted(pid));
            }
        }
        return true;
    }

    @Override
    public synchronized List<Stored> list() {
        return new ArrayList<>(stored.values().stream()
                .filter(s -> s.factoryPid().startsWith(DeviceDriver.FACTORY_PID_PREFIX)).toList());
    }

    @Override
    public synchronized Registration watch(String factoryPid, Watcher watcher) {
        Watch watch = new Watch(factoryPid, watcher);
        watches.add(watch);
        for (Stored s : stored.values()) {
            if (s.factoryPid().equals(factoryPid)) {
                deliver(() -> watcher.updated(s.pid(), s.properties()));
            }
        }
        return () -> watches.remove(watch);
    }

    private void deliver(Runnable notification) {
        if (!delivery.isShutdown()) {
            delivery.execute(notification);
        }
    }

    /** Stops delivering; notifications already queued are delivered first (bounded). */
    @Override
    public void close() {
        delivery.shutdown();
        try {
            if (!delivery.awaitTermination(5, TimeUnit.SECONDS)) {
                delivery.shutdownNow();
            }
        } catch (InterruptedException e) {
            delivery.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
