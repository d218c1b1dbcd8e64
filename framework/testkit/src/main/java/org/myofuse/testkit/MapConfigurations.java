package org.myofuse.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.runtime.device.DeviceConfigurations;

/**
 * Device configurations kept in a map and delivered to watchers on one thread, asynchronously, as
 * ConfigAdmin does: the storage edge of the host replaced, everything else real.
 */
final class MapConfigurations implements DeviceConfigurations, AutoCloseable {

    private record Watch(String factoryPid, Watcher watcher) {
    }

    private final Map<String, Stored> stored = new ConcurrentHashMap<>();
    private final List<Watch> watches = new CopyOnWriteArrayList<>();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "testkit-configurations");
        t.setDaemon(true);
        return t;
    });

    @Override
    public String create(String factoryPid, String name, Map<String, Object> properties) {
        String pid = factoryPid + "~" + name;
        stored.put(pid, new Stored(pid, factoryPid, Map.copyOf(properties)));
        for (Watch w : watches) {
            if (w.factoryPid().equals(factoryPid)) {
                delivery.execute(() -> w.watcher().updated(pid, Map.copyOf(properties)));
            }
        }
        return pid;
    }

    @Override
    public boolean delete(String pid) {
        Stored removed = stored.remove(pid);
        if (removed == null) {
            return false;
        }
        for (Watch w : watches) {
            if (w.factoryPid().equals(removed.factoryPid())) {
                delivery.execute(() -> w.watcher().deleted(pid));
            }
        }
        return true;
    }

    @Override
    public List<Stored> list() {
        return new ArrayList<>(stored.values().stream()
                .filter(s -> s.factoryPid().startsWith(DeviceDriver.FACTORY_PID_PREFIX)).toList());
    }

    @Override
    public Registration watch(String factoryPid, Watcher watcher) {
        Watch watch = new Watch(factoryPid, watcher);
        watches.add(watch);
        for (Stored s : stored.values()) {
            if (s.factoryPid().equals(factoryPid)) {
                delivery.execute(() -> watcher.updated(s.pid(), s.properties()));
            }
        }
        return () -> watches.remove(watch);
    }

    @Override
    public void close() {
        delivery.shutdownNow();
    }
}
