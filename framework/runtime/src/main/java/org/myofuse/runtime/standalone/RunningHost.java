package org.myofuse.runtime.standalone;

import java.util.Objects;

import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.DeviceStatusListener;
import org.myofuse.api.runtime.StandaloneHost;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.runtime.device.DeviceManagerCore;
import org.myofuse.runtime.device.Timing;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;

/** A standalone host: the same parts the runtime bundle's components wrap, over in-memory configurations. */
final class RunningHost implements StandaloneHost {

    private final MonotonicSessionClock clock = new MonotonicSessionClock();
    private final RingStreamBus bus = new RingStreamBus(clock);
    private final InMemoryDeviceConfigurations configurations = new InMemoryDeviceConfigurations();
    private final DeviceManagerCore manager = new DeviceManagerCore(bus, clock, configurations, Timing.DEFAULT);

    @Override
    public SessionClock clock() {
        return clock;
    }

    @Override
    public StreamBus bus() {
        return bus;
    }

    @Override
    public DeviceManager deviceManager() {
        return manager;
    }

    @Override
    public void addDriver(DeviceDriver<?> driver) {
        Objects.requireNonNull(driver, "driver");
        Object typeId;
        try {
            typeId = driver.type().id();
        } catch (RuntimeException e) {
            typeId = null; // the manager refuses it and says why
        }
        Package origin = driver.getClass().getPackage();
        String version = origin == null || origin.getImplementationVersion() == null ? "0.0.0"
                : origin.getImplementationVersion();
        String refusal = manager.install(driver, typeId, origin == null ? "(standalone)" : origin.getName(), version);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal);
        }
    }

    @Override
    public void removeDriver(DeviceDriver<?> driver, String reason) {
        manager.removeDriver(driver, reason);
    }

    @Override
    public void addStatusListener(DeviceStatusListener listener) {
        manager.addStatusListener(listener);
    }

    @Override
    public void removeStatusListener(DeviceStatusListener listener) {
        manager.removeStatusListener(listener);
    }

    @Override
    public void close() {
        manager.close();
        bus.close();
        configurations.close();
    }
}
