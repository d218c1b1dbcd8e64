package org.myofuse.runtime.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.myofuse.runtime.stream.TestStreams.descriptor;
import static org.myofuse.runtime.stream.TestStreams.publish;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.Subscription;
import org.myofuse.runtime.stream.Gate;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RecordingConsumer;

/** The whiteboard side of the bus component, driven the way SCR drives it. */
class StreamBusComponentTest {

    private final StreamBusComponent component = new StreamBusComponent(new MonotonicSessionClock());

    @AfterEach
    void deactivate() {
        component.deactivate();
    }

    @Test
    void shouldSubscribeAConsumerServiceUnderItsNameWithItsRingSize() throws Exception {
        var consumer = new RecordingConsumer();
        var gate = new Gate();
        consumer.afterBlock(gate);
        component.addConsumer(consumer, Map.of(StreamConsumer.NAME_PROPERTY, "recorder",
                StreamConsumer.RING_SLOTS_PROPERTY, 4));

        Subscription subscription = component.subscriptions().get(0);
        assertEquals("recorder", subscription.name());
        SamplePublisher publisher = component.openStream("d", descriptor("t", 1), 1);
        publish(publisher, 0, 1);
        gate.awaitEntered();
        for (int i = 1; i < 10; i++) {
            publish(publisher, i, 1);
        }
        // four slots: the one in the callback and three more; six of nine are dropped
        assertEquals(6, subscription.droppedBlocks());
        gate.open();

        component.removeConsumer(consumer);
        assertEquals(List.of(), component.subscriptions());
    }

    @Test
    void shouldNameAnUnnamedConsumerAfterItsClass() {
        var consumer = new RecordingConsumer();
        component.addConsumer(consumer, Map.of());
        assertEquals(RecordingConsumer.class.getName(), component.subscriptions().get(0).name());
    }

    @Test
    void shouldFallBackToTheDefaultRingSizeForAnInvalidProperty() {
        assertEquals(StreamBus.DEFAULT_RING_SLOTS, StreamBusComponent.ringSlots("c", "300"));
        assertEquals(StreamBus.DEFAULT_RING_SLOTS, StreamBusComponent.ringSlots("c", "many"));
        assertEquals(StreamBus.DEFAULT_RING_SLOTS, StreamBusComponent.ringSlots("c", null));
        assertEquals(1024, StreamBusComponent.ringSlots("c", "1024"));
        assertEquals(64, StreamBusComponent.ringSlots("c", 64L));
    }

    @Test
    void shouldEscapeConfigurationPidsInFilters() {
        assertEquals("org.myofuse.device.sim_emg~a\\(b\\)\\*\\\\", ConfigAdminDeviceConfigurations.escape("org.myofuse.device.sim_emg~a(b)*\\"));
    }
}
