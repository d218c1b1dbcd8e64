package org.myofuse.testkit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;

/**
 * The host's side of one device for a driver's own tests, without the device manager: a real bus
 * and clock; status reports are recorded in order.
 */
public final class DriverTestContext<C> implements DeviceContext<C> {

    private final StreamBus bus;
    private final String deviceId;
    private final SessionClock clock;
    private final String port;
    private final C configuration;
    private final List<String> reports = new CopyOnWriteArrayList<>();
    private volatile SamplePublisher publisher;

    public DriverTestContext(String deviceId, StreamBus bus, SessionClock clock, String port, C configuration) {
        this.deviceId = deviceId;
        this.bus = bus;
        this.clock = clock;
        this.port = port;
        this.configuration = configuration;
    }

    @Override
    public String deviceId() {
        return deviceId;
    }

    @Override
    public String name() {
        return "test";
    }

    @Override
    public String port() {
        return port;
    }

    @Override
    public C configuration() {
        return configuration;
    }

    @Override
    public SessionClock clock() {
        return clock;
    }

    @Override
    public SamplePublisher openStream(DeviceDescriptor descriptor, int maxFramesPerBlock) {
        if (publisher != null) {
            throw new IllegalStateException("stream already opened");
        }
        publisher = bus.openStream(deviceId(), descriptor, maxFramesPerBlock);
        return publisher;
    }

    @Override
    public void reportStatus(DeviceState state, String reason) {
        reports.add(state + ": " + reason);
    }

    public SamplePublisher publisher() {
        return publisher;
    }

    /** "STATE: reason" in order. */
    public List<String> reports() {
        return List.copyOf(reports);
    }
}
