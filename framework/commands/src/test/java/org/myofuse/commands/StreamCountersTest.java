package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.api.stream.Subscription;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;

/** The run's counting consumer on the real bus, with its own dispatch thread. */
class StreamCountersTest {

    private final MonotonicSessionClock clock = new MonotonicSessionClock();
    private final RingStreamBus bus = new RingStreamBus(clock);
    private final StreamCounters counters = new StreamCounters();

    @AfterEach
    void closeBus() {
        bus.close();
    }

    private static DeviceDescriptor twoChannels(String type) {
        return new DeviceDescriptor(type, "Myofuse", "test", "1", "42", List.of(
                new ChannelDescriptor("a", "uV", 1000, "", -1, 1, 0.001),
                new ChannelDescriptor("b", "uV", 1000, "", -1, 1, 0.001)), null);
    }

    private long index;

    private void publishFrames(SamplePublisher publisher, int frames) {
        SampleBlock block = publisher.block();
        block.setSamples(index, frames, clock.nanos(), 0);
        index += frames;
        publisher.publish();
    }

    @Test
    void shouldCountSamplesGapsAndTheEndOfEachDevicesStream() throws InterruptedException {
        try (Subscription sub = bus.subscribe("test", counters, 256)) {
            SamplePublisher emg = bus.openStream("dev-emg", twoChannels("sim-emg"), 8);
            for (int i = 0; i < 10; i++) {
                publishFrames(emg, 5);
            }
            emg.publishGap(index, 7, GapCause.COUNTER_JUMP, clock.nanos());
            index += 7;
            publishFrames(emg, 3);
            bus.closeStream(emg, "device removed");

            assertTrue(counters.awaitClosed(List.of(emg.stream().streamId()), 5_000));
            StreamCounters.DeviceCounter c = counters.device("dev-emg");
            assertEquals(53, c.samples());
            assertEquals(1, c.gaps());
            assertEquals(7, c.gapSamples());
            assertEquals(0, counters.dropped("dev-emg", sub));
            assertEquals("device removed", c.endReason());
        }
    }

    @Test
    void aReconnectedDevicesStreamsShouldAddUp() throws InterruptedException {
        try (Subscription sub = bus.subscribe("test", counters, 256)) {
            SamplePublisher first = bus.openStream("dev-mat", twoChannels("sim-mat"), 8);
            publishFrames(first, 4);
            bus.closeStream(first, "link lost");
            SamplePublisher second = bus.openStream("dev-mat", twoChannels("sim-mat"), 8);
            publishFrames(second, 6);
            SamplePublisher other = bus.openStream("dev-other", twoChannels("sim-emg"), 8);
            publishFrames(other, 2);
            bus.closeStream(second, "stopped");
            bus.closeStream(other, "stopped");

            assertTrue(counters.awaitClosed(List.of(first.stream().streamId(), second.stream().streamId(),
                    other.stream().streamId()), 5_000));
            assertEquals(10, counters.device("dev-mat").samples());
            assertEquals("stopped", counters.device("dev-mat").endReason());
            assertEquals(2, counters.device("dev-other").samples());
        }
    }

    @Test
    void blocksLostByThisConsumerShouldBeCountedAsDropsOfTheirDevice() throws InterruptedException {
        var held = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        // Holds the dispatch thread on the first block so that the 2-slot ring overflows.
        StreamConsumer slow = new StreamConsumer() {
            @Override
            public void onStreamOpened(StreamInfo stream) {
                counters.onStreamOpened(stream);
            }

            @Override
            public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
                counters.onEvent(block, sequence, endOfBatch);
                if (sequence == 0) {
                    held.countDown();
                    awaitQuietly(release);
                }
            }

            @Override
            public void onStreamClosed(StreamInfo stream, String reason) {
                counters.onStreamClosed(stream, reason);
            }
        };
        try (Subscription sub = bus.subscribe("slow", slow, 2)) {
            SamplePublisher emg = bus.openStream("dev-emg", twoChannels("sim-emg"), 8);
            SamplePublisher mat = bus.openStream("dev-mat", twoChannels("sim-mat"), 8);
            publishFrames(emg, 1);
            assertTrue(held.await(5, TimeUnit.SECONDS));
            for (int i = 0; i < 10; i++) {
                publishFrames(emg, 1);
            }
            publishFrames(mat, 1);
            release.countDown();
            bus.closeStream(emg, "stopped");
            bus.closeStream(mat, "stopped");
            assertTrue(counters.awaitClosed(List.of(emg.stream().streamId(), mat.stream().streamId()), 5_000));

            long emgDrops = counters.dropped("dev-emg", sub);
            assertEquals(11, counters.device("dev-emg").samples() + emgDrops, "each block delivered or dropped");
            assertTrue(emgDrops >= 7, "a 2-slot ring cannot keep the 10 published while the consumer was held: " + emgDrops);
            assertEquals(1, counters.device("dev-mat").samples());
            assertEquals(0, counters.dropped("dev-mat", sub));
            assertEquals(0, counters.dropped("never-seen", sub));
        }
    }

    @Test
    void awaitClosedShouldGiveUpOnAStreamThatStaysOpen() throws InterruptedException {
        try (Subscription sub = bus.subscribe("test", counters, 256)) {
            SamplePublisher emg = bus.openStream("dev-emg", twoChannels("sim-emg"), 8);
            publishFrames(emg, 1);
            long start = System.nanoTime();
            assertFalse(counters.awaitClosed(List.of(emg.stream().streamId()), 100));
            assertTrue(System.nanoTime() - start >= 100_000_000L, "waited the whole time");
            assertTrue(counters.awaitClosed(List.of(), 100), "nothing to wait for");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
