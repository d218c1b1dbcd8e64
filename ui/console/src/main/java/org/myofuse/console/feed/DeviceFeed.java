package org.myofuse.console.feed;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;

import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.device.DeviceStatusEvent;
import org.myofuse.api.device.DeviceStatusListener;

/**
 * The devices as the console shows them: state changes as the device manager reports them (queued for
 * the UI, which also shows the newest one per device) and a snapshot of every configured device and
 * its counters, which the console's worker takes once a second ({@link #snapshot}).
 */
public final class DeviceFeed implements DeviceStatusListener {

    private static final int EVENT_SLOTS = 256;

    /** Devices at one moment, on the session clock. */
    public record Snapshot(long atNanos, List<DeviceInfo> devices) {
        public Snapshot {
            devices = List.copyOf(devices);
        }
    }

    private final ArrayBlockingQueue<DeviceStatusEvent> events = new ArrayBlockingQueue<>(EVENT_SLOTS);
    private volatile Snapshot snapshot = new Snapshot(0, List.of());

    @Override
    public void deviceStatusChanged(DeviceStatusEvent event) {
        if (!events.offer(event)) {
            events.poll();
            events.offer(event);
        }
    }

    /** The next state change not yet shown, or null. UI thread. */
    public DeviceStatusEvent pollEvent() {
        return events.poll();
    }

    /** Replaces the snapshot. Worker thread. */
    public void snapshot(Snapshot next) {
        snapshot = next;
    }

    public Snapshot snapshot() {
        return snapshot;
    }
}
