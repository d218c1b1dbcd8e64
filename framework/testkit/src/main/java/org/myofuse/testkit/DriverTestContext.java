package org.myofuse.testkit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.api.stream.StreamInfo;

/**
 * The host's side of one device for a driver's own tests, without the device manager: a real bus
 * and clock; status reports are recorded in order.
 *
 * <p>Publishes are accepted as the host accepts them when the test starts and stops the connection
 * through {@link #start(DeviceConnection)} and {@link #stop(DeviceConnection)}: from just before
 * {@code start()} until just before {@code stop()}, dropped (without a trace) outside. Until the first
 * of those calls every publish is accepted.
 */
public final class DriverTestContext<C> implements DeviceContext<C> {

    private final StreamBus bus;
    private final String deviceId;
    private final SessionClock clock;
    private final String port;
    private final C configuration;
    private final List<String> reports = new CopyOnWriteArrayList<>();
    private volatile SamplePublisher publisher;
    private volatile boolean accepting = true;

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
        publisher = new Gate(bus.openStream(deviceId(), descriptor, maxFramesPerBlock));
        return publisher;
    }

    /** Starts {@code connection} as the host does: its publishes are accepted from just before the call. */
    public void start(DeviceConnection connection) throws DeviceException {
        accepting = true;
        connection.start();
    }

    /** Ends the stream on the bus with {@code reason}, as the host does when it ends a device. */
    public void closeStream(String reason) {
        bus.closeStream(((Gate) publisher).onBus, reason);
    }

    /** Stops {@code connection} as the host does: its publishes are dropped from just before the call. */
    public void stop(DeviceConnection connection) {
        accepting = false;
        connection.stop();
    }

    @Override
    public void reportStatus(DeviceState state, String reason) {
        reports.add(state + ": " + reason);
    }

    /** The stream's publisher on the bus, behind the host's gate (null before {@code openStream}). */
    public SamplePublisher publisher() {
        return publisher;
    }

    /** "STATE: reason" in order. */
    public List<String> reports() {
        return List.copyOf(reports);
    }

    /** The bus's publisher behind the host's accepting window; a volatile read per publish, no lock. */
    private final class Gate implements SamplePublisher {
        private final SamplePublisher onBus;

        Gate(SamplePublisher onBus) {
            this.onBus = onBus;
        }

        @Override
        public StreamInfo stream() {
            return onBus.stream();
        }

        @Override
        public SampleBlock block() {
            return onBus.block();
        }

        @Override
        public void publish() {
            if (accepting) {
                onBus.publish();
            }
        }

        @Override
        public void publishGap(long firstMissingIndex, long missingSamples, GapCause cause, long arrivalNanos) {
            onBus.block().setGap(firstMissingIndex, missingSamples, cause, arrivalNanos);
            publish();
        }

        @Override
        public boolean isOpen() {
            return onBus.isOpen();
        }
    }
}
