package org.myofuse.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.runtime.StandaloneHost;
import org.myofuse.api.runtime.StandaloneRuntime;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.StreamBus;

/** The kit's own checks must catch what a faulty driver does. */
class StreamLogTest {

    private final StandaloneHost host = StandaloneRuntime.load().startHost();
    private final StreamBus bus = host.bus();
    private final StreamLog log = new StreamLog();

    @AfterEach
    void close() {
        host.close();
    }

    private SamplePublisher open() {
        bus.subscribe("log", log, 64);
        var channel = new ChannelDescriptor("Fz", "N", 100, "tool normal force", -10, 10, 0.01);
        return bus.openStream("dev-1", new DeviceDescriptor("faulty", "v", "m", "1", "s", List.of(channel), null), 4);
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(5)).until(condition);
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

    @Test
    void theFrameRateIsTheSlopeOverArrivalTimesSoABurstAfterAStallDoesNotInflateIt() throws Exception {
        SamplePublisher p = open();
        // 100 frames/s in blocks of 2 every 20 ms, but blocks 10-14 arrive together at block 14's time
        // (a reader that was held up reads its backlog at once).
        for (int b = 0; b < 50; b++) {
            long arrival = (b >= 10 && b < 14 ? 14 : b) * 20_000_000L;
            p.block().setSamples(b * 2L, 2, arrival, 0);
            p.publish();
        }
        await(() -> log.device("dev-1").frames() == 100);
        assertEquals(100.0, log.device("dev-1").frameRateSince(0), 5.0);
        assertEquals(100.0, log.device("dev-1").frameRateSince(30), 1e-6);
        assertTrue(Double.isNaN(log.device("dev-1").frameRateSince(49)), "one block has no rate");
    }
}
