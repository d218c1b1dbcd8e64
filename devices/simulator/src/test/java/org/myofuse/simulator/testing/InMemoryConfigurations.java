package org.myofuse.simulator.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.myofuse.runtime.device.DeviceConfigurations;

/**
 * Device configurations kept in memory and delivered to watchers on one notification thread, the way
 * ConfigAdmin delivers factory configurations: the storage edge of the device manager.
 */
public final class InMemoryConfigurations implements DeviceConfigurations, AutoCloseable {

    private final Map<String, Stored> stored = new LinkedHashMap<>();
    private final List<Watch> watches = new CopyOnWriteArrayList<>();
    private final ExecutorService notifier = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-config-notifier");
        t.setDaemon(true);
        return t;
    });

    private record Watch(String factoryPid, Watcher watcher) {
    }

    @Override
    public synchronized String create(String factoryPid, String name, Map<String, Object> properties) {
        String pid = factoryPid + "~" + name;
        var copy = Map.copyOf(properties);
        stored.put(pid, new Stored(pid, factoryPid, copy));
        for (Watch w : watches) {
            if (w.factoryPid.equals(factoryPid)) {
                notifier.execute(() -> w.watcher.updated(pid, copy));
            }
        }
        return pid;
    }

    @Override
    public synchronized boolean delete(String pid) {
        Stored gone = stored.remove(pid);
        if (gone == null) {
            return false;
        }
        for (Watch w : watches) {
            if (w.factoryPid.equals(gone.factoryPid())) {
                notifier.execute(() -> w.watcher.deleted(pid));
            }
        }
        return true;
    }

    @Override
    public synchronized List<Stored> list() {
        return new ArrayList<>(stored.values());
    }

    @Override
    public synchronized Registration watch(String factoryPid, Watcher watcher) {
        var watch = new Watch(factoryPid, watcher);
        watches.add(watch);
        for (Stored s : stored.values()) {
            if (s.factoryPid().equals(factoryPid)) {
                notifier.execute(() -> watcher.updated(s.pid(), s.properties()));
            }
        }
        return () -> watches.remove(watch);
    }

    @Override
    public void close() throws InterruptedException {
        notifier.shutdown();
        notifier.awaitTermination(5, TimeUnit.SECONDS);
    }
}
