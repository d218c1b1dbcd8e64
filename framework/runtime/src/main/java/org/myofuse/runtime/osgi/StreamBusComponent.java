package org.myofuse.runtime.osgi;

import java.lang.System.Logger.Level;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.api.stream.Subscription;
import org.myofuse.runtime.stream.RingStreamBus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The stream bus as an OSGi service, plus the {@link StreamConsumer} whiteboard: every consumer
 * service gets its own subscription, named by {@link StreamConsumer#NAME_PROPERTY} (default: its class
 * name) with {@link StreamConsumer#RING_SLOTS_PROPERTY} slots per stream (default 256).
 */
@Component(service = StreamBus.class, immediate = true)
public final class StreamBusComponent implements StreamBus {

    private static final System.Logger LOG = System.getLogger(StreamBusComponent.class.getName());

    private final RingStreamBus bus;
    private final Map<StreamConsumer, Subscription> whiteboard = new IdentityHashMap<>();

    @Activate
    public StreamBusComponent(@Reference(name = "clock") SessionClock clock) {
        this.bus = new RingStreamBus(clock);
    }

    @Deactivate
    void deactivate() {
        bus.close();
        synchronized (whiteboard) {
            whiteboard.clear();
        }
    }

    @Reference(service = StreamConsumer.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addConsumer(StreamConsumer consumer, Map<String, Object> properties) {
        String name = consumerName(consumer, properties.get(StreamConsumer.NAME_PROPERTY));
        int slots = ringSlots(name, properties.get(StreamConsumer.RING_SLOTS_PROPERTY));
        Subscription subscription;
        try {
            subscription = bus.subscribe(name, consumer, slots);
        } catch (IllegalStateException stopped) {
            return;
        }
        synchronized (whiteboard) {
            whiteboard.put(consumer, subscription);
        }
    }

    void removeConsumer(StreamConsumer consumer) {
        Subscription subscription;
        synchronized (whiteboard) {
            subscription = whiteboard.remove(consumer);
        }
        if (subscription != null) {
            subscription.close();
        }
    }

    static String consumerName(StreamConsumer consumer, Object property) {
        if (property instanceof String s && !s.isBlank()) {
            return s.strip();
        }
        return consumer.getClass().getName();
    }

    static int ringSlots(String consumerName, Object property) {
        if (property == null) {
            return StreamBus.DEFAULT_RING_SLOTS;
        }
        try {
            int slots = property instanceof Number n ? Math.toIntExact(n.longValue())
                    : Integer.parseInt(property.toString().strip());
            RingStreamBus.checkRingSlots(slots);
            return slots;
        } catch (IllegalArgumentException | ArithmeticException e) {
            LOG.log(Level.ERROR, "consumer " + consumerName + ": invalid " + StreamConsumer.RING_SLOTS_PROPERTY
                    + " '" + property + "' (a power of two between 2 and " + RingStreamBus.MAX_RING_SLOTS
                    + " is needed); using " + StreamBus.DEFAULT_RING_SLOTS);
            return StreamBus.DEFAULT_RING_SLOTS;
        }
    }

    @Override
    public SamplePublisher openStream(String deviceId, DeviceDescriptor descriptor, int maxFramesPerBlock) {
        return bus.openStream(deviceId, descriptor, maxFramesPerBlock);
    }

    @Override
    public void closeStream(SamplePublisher stream, String reason) {
        bus.closeStream(stream, reason);
    }

    @Override
    public Subscription subscribe(String name, StreamConsumer consumer, int ringSlots) {
        return bus.subscribe(name, consumer, ringSlots);
    }

    @Override
    public List<StreamInfo> openStreams() {
        return bus.openStreams();
    }

    @Override
    public List<Subscription> subscriptions() {
        return bus.subscriptions();
    }
}
