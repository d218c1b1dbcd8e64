package org.myofuse.testkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.device.DeviceStatusEvent;
import org.myofuse.runtime.device.DeviceManagerCore;
import org.myofuse.runtime.device.Timing;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;

/**
 * The host's real device manager, stream bus and session clock without OSGi: only the configuration
 * storage is a map. A {@link StreamLog} consumer is subscribed.
 */
public final class TestHost implements AutoCloseable {

    private final MonotonicSessionClock clock = new MonotonicSessionClock();
    private final RingStreamBus bus = new RingStreamBus(clock);
    private final MapConfigurations configurations = new MapConfigurations();
    private final DeviceManagerCore manager = new DeviceManagerCore(bus, clock, configurations, Timing.DEFAULT);
    private final StreamLog log = new StreamLog();
    private final List<DeviceStatusEvent> events = new CopyOnWriteArrayList<>();

    public TestHost(DeviceDriver<?> driver) {
        bus.subscribe("conformance-log", log, 4096);
        manager.addStatusListener(events::add);
        if (!manager.addDriver(driver, driver.type().id(), "conformance.driver.bundle", "0.0.0")) {
            throw new IllegalStateException("the device manager refused driver " + driver.type().id());
        }
    }

    public DeviceManagerCore manager() {
        return manager;
    }

    public StreamLog log() {
        return log;
    }

    public List<DeviceStatusEvent> events() {
        return List.copyOf(events);
    }

    /** Configures a device from a spec and waits until it streams. */
    public String addStreaming(String spec, Duration timeout) throws DeviceException, InterruptedException {
        String id = manager.addDevice(DeviceRequest.parse(spec));
        await(id + " streaming (last state: see events)", timeout,
                () -> state(id) == DeviceState.STREAMING && log.device(id).frames() > 0);
        return id;
    }

    public DeviceState state(String deviceId) {
        return manager.device(deviceId).map(DeviceInfo::state).orElse(null);
    }

    public boolean sawState(String deviceId, DeviceState state) {
        return events.stream().anyMatch(e -> e.deviceId().equals(deviceId) && e.state() == state);
    }

    /** Polls until the condition holds; fails naming what was awaited and the device events seen. */
    public void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what
                        + "; device events: " + events);
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() {
        manager.close();
        bus.close();
        configurations.close();
    }
}
