package org.myofuse.runtime.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.api.stream.Subscription;

/**
 * The stream bus: one single-producer/single-consumer ring per open stream and subscription, one
 * dispatch thread per subscription.
 *
 * <p>Usable without OSGi: {@code new RingStreamBus(new MonotonicSessionClock())}, then
 * {@link #close()} when done. In OSGi the {@code StreamBusComponent} wraps one instance.
 *
 * <p>Structural changes (streams opening and closing, consumers attaching and leaving) take one
 * lock and allocate; publishing takes no lock and allocates nothing (see {@link BusStream}).
 */
public final class RingStreamBus implements StreamBus, AutoCloseable {

    /** Largest ring a consumer may ask for, in blocks. */
    public static final int MAX_RING_SLOTS = 65536;
    /** How long closing a subscription waits for the callback in progress. */
    static final long STOP_TIMEOUT_MILLIS = 5_000;

    private static final BusSubscription[] NO_SUBSCRIPTIONS = new BusSubscription[0];
    private static final Ring[] NO_RINGS = new Ring[0];

    private final SessionClock clock;
    private final Object lock = new Object();
    private final Map<Integer, BusStream> streams = new LinkedHashMap<>();
    private volatile BusSubscription[] subscriptions = NO_SUBSCRIPTIONS;
    private int nextStreamId;
    private boolean stopped;

    public RingStreamBus(SessionClock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Checks a ring size.
     *
     * @throws IllegalArgumentException unless {@code ringSlots} is a power of two between 2 and 65536
     */
    public static void checkRingSlots(int ringSlots) {
        if (ringSlots < 2 || ringSlots > MAX_RING_SLOTS || Integer.bitCount(ringSlots) != 1) {
            throw new IllegalArgumentException("ring slots must be a power of two between 2 and " + MAX_RING_SLOTS
                    + ", was " + ringSlots);
        }
    }

    @Override
    public SamplePublisher openStream(String deviceId, DeviceDescriptor descriptor, int maxFramesPerBlock) {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(descriptor, "descriptor");
        synchronized (lock) {
            checkRunning();
            var info = new StreamInfo(nextStreamId, deviceId, descriptor, maxFramesPerBlock, clock.nanos());
            nextStreamId++;
            BusSubscription[] subs = subscriptions;
            Ring[] rings = new Ring[subs.length];
            for (int i = 0; i < subs.length; i++) {
                rings[i] = subs[i].newRing(info);
            }
            var stream = new BusStream(this, info, rings);
            streams.put(info.streamId(), stream);
            for (Ring ring : rings) {
                ring.owner.rings = append(ring.owner.rings, ring);
                ring.owner.wake();
            }
            return stream;
        }
    }

    @Override
    public void closeStream(SamplePublisher publisher, String reason) {
        Objects.requireNonNull(reason, "reason");
        if (!(publisher instanceof BusStream stream) || stream.bus != this) {
            throw new IllegalArgumentException("not a stream of this bus: " + publisher);
        }
        synchronized (lock) {
            if (streams.remove(stream.stream().streamId()) == null) {
                return;
            }
        }
        // Outside the lock: waiting out a publish in progress must not hold up other streams.
        stream.closeAndQuiesce();
        for (Ring ring : stream.rings) {
            ring.close(reason);
            ring.owner.wake();
        }
    }

    @Override
    public Subscription subscribe(String name, StreamConsumer consumer, int ringSlots) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(consumer, "consumer");
        checkRingSlots(ringSlots);
        if (name.isBlank()) {
            throw new IllegalArgumentException("consumer name must not be blank");
        }
        synchronized (lock) {
            checkRunning();
            var subscription = new BusSubscription(this, name, consumer, ringSlots);
            Ring[] rings = new Ring[streams.size()];
            int i = 0;
            for (BusStream stream : streams.values()) {
                rings[i] = subscription.newRing(stream.stream());
                stream.rings = append(stream.rings, rings[i]);
                i++;
            }
            subscription.rings = rings;
            subscriptions = append(subscriptions, subscription);
            subscription.start();
            return subscription;
        }
    }

    @Override
    public List<StreamInfo> openStreams() {
        synchronized (lock) {
            var result = new ArrayList<StreamInfo>(streams.size());
            for (BusStream stream : streams.values()) {
                result.add(stream.stream());
            }
            return List.copyOf(result);
        }
    }

    @Override
    public List<Subscription> subscriptions() {
        return List.of(subscriptions);
    }

    /**
     * Stops the bus: closes every open stream with the reason "stream bus stopped", lets each consumer
     * deliver what is left (bounded), and stops the consumer threads. Later calls do nothing.
     */
    @Override
    public void close() {
        List<BusStream> open;
        synchronized (lock) {
            if (stopped) {
                return;
            }
            stopped = true;
            open = new ArrayList<>(streams.values());
        }
        for (BusStream stream : open) {
            closeStream(stream, "stream bus stopped");
        }
        BusSubscription[] subs;
        synchronized (lock) {
            subs = subscriptions;
            subscriptions = NO_SUBSCRIPTIONS;
        }
        for (BusSubscription subscription : subs) {
            subscription.finish(STOP_TIMEOUT_MILLIS);
        }
    }

    // ---- called by subscriptions

    void unsubscribe(BusSubscription subscription) {
        synchronized (lock) {
            BusSubscription[] subs = subscriptions;
            int index = Arrays.asList(subs).indexOf(subscription);
            if (index < 0) {
                return;
            }
            subscriptions = remove(subs, index);
            for (BusStream stream : streams.values()) {
                stream.rings = without(stream.rings, subscription);
            }
        }
    }

    /** The consumer delivered onStreamClosed: forget the ring, keep its drop count. */
    void retire(BusSubscription subscription, Ring ring) {
        synchronized (lock) {
            subscription.rings = withoutRing(subscription.rings, ring);
            long dropped = ring.droppedBlocks();
            if (dropped > 0) {
                subscription.retiredDrops.merge(ring.stream.streamId(), dropped, Long::sum);
                subscription.retiredDropTotal += dropped;
            }
        }
    }

    long droppedBlocks(BusSubscription subscription) {
        synchronized (lock) {
            long total = subscription.retiredDropTotal;
            for (Ring ring : subscription.rings) {
                total += ring.droppedBlocks();
            }
            return total;
        }
    }

    long droppedBlocks(BusSubscription subscription, int streamId) {
        synchronized (lock) {
            for (Ring ring : subscription.rings) {
                if (ring.stream.streamId() == streamId) {
                    return ring.droppedBlocks();
                }
            }
            return subscription.retiredDrops.getOrDefault(streamId, 0L);
        }
    }

    private void checkRunning() {
        if (stopped) {
            throw new IllegalStateException("the stream bus is stopped");
        }
    }

    // ---- copy-on-write array helpers

    private static <T> T[] append(T[] array, T element) {
        T[] copy = Arrays.copyOf(array, array.length + 1);
        copy[array.length] = element;
        return copy;
    }

    private static BusSubscription[] remove(BusSubscription[] array, int index) {
        var copy = new BusSubscription[array.length - 1];
        System.arraycopy(array, 0, copy, 0, index);
        System.arraycopy(array, index + 1, copy, index, array.length - index - 1);
        return copy;
    }

    private static Ring[] without(Ring[] rings, BusSubscription owner) {
        return Arrays.stream(rings).filter(r -> r.owner != owner).toArray(n -> n == 0 ? NO_RINGS : new Ring[n]);
    }

    private static Ring[] withoutRing(Ring[] rings, Ring ring) {
        return Arrays.stream(rings).filter(r -> r != ring).toArray(n -> n == 0 ? NO_RINGS : new Ring[n]);
    }
}
