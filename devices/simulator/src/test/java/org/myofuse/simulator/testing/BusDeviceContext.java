package org.myofuse.simulator.testing;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.myofuse.api.device.DeviceContext;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.api.stream.StreamInfo;

/**
 * The host's side of one device, reduced to what a driver test needs: it opens the stream on a real
 * bus with the real clock, and counts what the driver publishes (so a test can tell a block
 * published after {@code stop()} from one still queued for the consumer).
 */
public final class BusDeviceContext<C> implements DeviceContext<C> {

    private final StreamBus bus;
    private final SessionClock clock;
    private final String deviceId;
    private final C configuration;
    private final List<String> statusReports = new CopyOnWriteArrayList<>();
    private final AtomicLong published = new AtomicLong();
    private volatile CountingPublisher publisher;

    public BusDeviceContext(StreamBus bus, SessionClock clock, String deviceId, C configuration) {
        this.bus = bus;
        this.clock = clock;
        this.deviceId = deviceId;
        this.configuration = configuration;
    }

    @Override
    public String deviceId() {
        return deviceId;
    }

    @Override
    public String name() {
        return deviceId;
    }

    @Override
    public String port() {
        return "";
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
            throw new IllegalStateException(deviceId + ": stream already opened");
        }
        publisher = new CountingPublisher(bus.openStream(deviceId, descriptor, maxFramesPerBlock), published);
        return publisher;
    }

    @Override
    public void reportStatus(DeviceState state, String reason) {
        statusReports.add(state + ": " + reason);
    }

    /** The stream as opened on the bus. */
    public SamplePublisher publisher() {
        return Objects.requireNonNull(publisher, "no stream opened").delegate;
    }

    /** Blocks and gaps the driver has published so far. */
    public long published() {
        return published.get();
    }

    /** What the driver reported, as "STATE: reason". */
    public List<String> statusReports() {
        return List.copyOf(statusReports);
    }

    private static final class CountingPublisher implements SamplePublisher {

        final SamplePublisher delegate;
        private final AtomicLong count;

        CountingPublisher(SamplePublisher delegate, AtomicLong count) {
            this.delegate = delegate;
            this.count = count;
        }

        @Override
        public StreamInfo stream() {
            return delegate.stream();
        }

        @Override
        public SampleBlock block() {
            return delegate.block();
        }

        @Override
        public void publish() {
            delegate.publish();
            count.incrementAndGet();
        }

        @Override
        public void publishGap(long firstMissingIndex, long missingSamples, GapCause cause, long arrivalNanos) {
            delegate.publishGap(firstMissingIndex, missingSamples, cause, arrivalNanos);
            count.incrementAndGet();
        }

        @Override
        public boolean isOpen() {
            return delegate.isOpen();
        }
    }
}
