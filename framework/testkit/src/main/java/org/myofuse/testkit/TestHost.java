package org.myofuse.testkit;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.DeviceManager;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.device.DeviceStatusEvent;
import org.myofuse.api.runtime.StandaloneHost;
import org.myofuse.api.runtime.StandaloneRuntime;

/**
 * The host's real device manager, stream bus and session clock without OSGi (a
 * {@link StandaloneHost}); only the configuration storage is in memory. A {@link StreamLog} consumer
 * is subscribed and every status event is kept.
 */
public final class TestHost implements AutoCloseable {

    private final StandaloneHost host = StandaloneRuntime.load().startHost();
    private final StreamLog log = new StreamLog();
    private final List<DeviceStatusEvent> events = new CopyOnWriteArrayList<>();

    /**
     * Starts a host with this driver installed.
     *
     * @throws IllegalArgumentException if the device manager refuses the driver (e.g. its configuration
     *                                  interface has no metatype); one line
     */
    public TestHost(DeviceDriver<?> driver) {
        host.bus().subscribe("conformance-log", log, 4096);
        host.addStatusListener(events::add);
        try {
            host.addDriver(driver);
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
    }

    public DeviceManager manager() {
        return host.deviceManager();
    }

    /** The standalone host, for what {@link #manager()} does not reach (bus, clock, more drivers). */
    public StandaloneHost host() {
        return host;
    }

    public StreamLog log() {
        return log;
    }

    public List<DeviceStatusEvent> events() {
        return List.copyOf(events);
    }

    /** Configures a device from a spec and waits until it streams. */
    public String addStreaming(String spec, Duration timeout) throws DeviceException, InterruptedException {
        String id = host.deviceManager().addDevice(DeviceRequest.parse(spec));
        await(id + " streaming (last state: see events)", timeout,
                () -> state(id) == DeviceState.STREAMING && log.device(id).frames() > 0);
        return id;
    }

    public DeviceState state(String deviceId) {
        return host.deviceManager().device(deviceId).map(DeviceInfo::state).orElse(null);
    }

    public boolean sawState(String deviceId, DeviceState state) {
        return events.stream().anyMatch(e -> e.deviceId().equals(deviceId) && e.state() == state);
    }

    /** Polls until the condition holds; fails naming what was awaited and the device events seen. */
    public void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        try {
            Awaitility.await(what).atMost(timeout).pollInterval(Duration.ofMillis(10)).until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what
                    + "; device events: " + events, e);
        }
    }

    @Override
    public void close() {
        host.close();
    }
}
