package org.myofuse.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;

/** The kit's own checks must catch what a faulty driver does. */
class StreamLogTest {

    private final RingStreamBus bus = new RingStreamBus(new MonotonicSessionClock());
    private final StreamLog log = new StreamLog();

    @AfterEach
    void close() {
        bus.close();
    }

    private SamplePublisher open() {
        bus.subscribe("log", log, 64);
        var channel = new ChannelDescriptor("Fz", "N", 100, "tool normal force", -10, 10, 0.01);
        return bus.openStream("dev-1", new DeviceDescriptor("faulty", "v", "m", "1", "s", List.of(channel), null), 4);
    }

    private void await(java.util.function.BooleanSupplier c) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!c.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    @Test
    void aValueOutsideTheDeclaredRangeIsAViolation() throws Exception {
        SamplePublisher p = open();
        p.block().samples()[0] = 11.5f;
        p.block().setSamples(0, 1, 10, 0);
        p.publish();
        await(() -> log.device("dev-1").frames() == 1);
        assertEquals(1, log.device("dev-1").violations().size());
        assertTrue(log.device("dev-1").violations().get(0).contains("outside its declared range"));
    }

    @Test
    void anArrivalTimeGoingBackIsAViolation() throws Exception {
        SamplePublisher p = open();
        p.block().setSamples(0, 1, 1_000, 0);
        p.publish();
        p.block().setSamples(1, 1, 500, 0);
        p.publish();
        await(() -> log.device("dev-1").frames() == 2);
        assertTrue(log.device("dev-1").violations().get(0).contains("arrival time went back"));
    }

    @Test
    void aCleanStreamHasNoViolationsAndCountsItsGaps() throws Exception {
        SamplePublisher p = open();
        p.block().setSamples(0, 2, 100, 0);
        p.publish();
        p.block().setSamples(10, 2, 200, 0); // the bus announces the jump as a gap of 8
        p.publish();
        await(() -> log.device("dev-1").frames() == 4);
        assertEquals(List.of(), log.device("dev-1").violations());
        assertEquals(8, log.device("dev-1").gapSamples());
    }
}
