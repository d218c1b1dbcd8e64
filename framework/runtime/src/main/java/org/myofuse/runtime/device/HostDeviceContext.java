package org.myofuse.runtime.device;

import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.SessionClock;

/** What a driver gets for one connection attempt of one configured device. */
final class HostDeviceContext<C> implements DeviceContext<C> {

    private final DeviceManagerCore manager;
    private final ManagedDevice device;
    private final Attempt attempt;
    private final C configuration;
    private final String name;
    private final String port;

    HostDeviceContext(DeviceManagerCore manager, ManagedDevice device, Attempt attempt, C configuration, String name,
            String port) {
        this.manager = manager;
        this.device = device;
        this.attempt = attempt;
        this.configuration = configuration;
        this.name = name;
        this.port = port;
    }

    @Override
    public String deviceId() {
        return device.pid;
    }

    @Override
    public String name() {
        return name;
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
        return manager.clock();
    }

    @Override
    public synchronized SamplePublisher openStream(DeviceDescriptor descriptor, int maxFramesPerBlock) {
        if (attempt.publisher != null) {
            throw new IllegalStateException("device " + device.pid + ": openStream called a second time");
        }
        if (!device.isLive(attempt)) {
            throw new IllegalStateException("device " + device.pid + ": this connection attempt is over");
        }
        return manager.openStream(device, attempt, descriptor, maxFramesPerBlock);
    }

    @Override
    public void reportStatus(DeviceState state, String reason) {
        manager.reportFromDriver(device, attempt, state, reason == null ? "" : reason);
    }

    @Override
    public String toString() {
        return "context of device " + device.pid + " (" + attempt + ")";
    }
}
