package org.myofuse.runtime.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;

import org.junit.jupiter.api.Test;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.Subscription;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.runtime.stream.TestStreams;

/**
 * The hot path allocates nothing per block once warm: the driver's publish through the device
 * manager's counting publisher and the bus (gap synthesis included), and the consumer's dispatch.
 * Measured with the JVM's per-thread allocation counters, not with time.
 */
class PublishPathAllocationTest {

    private static final int WARMUP_BLOCKS = 60_000;
    private static final int MEASURED_BLOCKS = 20_000;
    /** Slack for the measurement itself; 20 000 blocks at even one byte each would exceed it 20 times. */
    private static final long TOLERANCE_BYTES = 1024;

    /** Does what a light consumer does, allocation-free. */
    private static final class Summing implements StreamConsumer {
        volatile double sink;
        private double sum;

        @Override
        public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
            for (int i = 0; i < block.frames() * block.channels(); i++) {
                sum += block.samples()[i];
            }
            if (endOfBatch) {
                sink = sum;
            }
        }
    }

    @Test
    void publishingAndDispatchingAllocateNothingPerBlock() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        var clock = new MonotonicSessionClock();
        try (var bus = new RingStreamBus(clock)) {
            Subscription subscription = bus.subscribe("zero", new Summing(), 1024);
            SamplePublisher raw = bus.openStream("dev", TestStreams.descriptor("t", 16), 20);
            var publisher = new CountingPublisher(raw, clock, () -> { });
            publisher.accepting(true); // as the host does just before it starts a connection
            long consumerThread = threadId("myofuse-consumer-zero");

            long index = publishPaced(publisher, subscription, 0, WARMUP_BLOCKS);
            long producerBefore = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            long consumerBefore = threads.getThreadAllocatedBytes(consumerThread);
            publishPaced(publisher, subscription, index, MEASURED_BLOCKS);
            long producerAllocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - producerBefore;
            long consumerAllocated = threads.getThreadAllocatedBytes(consumerThread) - consumerBefore;

            assertEquals(0, subscription.droppedBlocks(), "paced: nothing dropped");
            assertTrue(publisher.gaps() > 0, "the gap path was exercised");
            assertTrue(producerAllocated < TOLERANCE_BYTES, "driver thread allocated " + producerAllocated + " bytes");
            assertTrue(consumerAllocated < TOLERANCE_BYTES, "consumer thread allocated " + consumerAllocated + " bytes");
        }
    }

    /** Publishes {@code count} blocks of 20 frames, every 100th after a jump, keeping the consumer close. */
    private static long publishPaced(SamplePublisher publisher, Subscription subscription, long index, int count) {
        SampleBlock block = publisher.block();
        long target = subscription.deliveredBlocks();
        long deadline = System.nanoTime() + 60_000_000_000L;
        for (int n = 0; n < count; n++) {
            if (n % 100 == 99) {
                index += 5; // a counter jump: the bus inserts a gap block
                target++;
            }
            block.setSamples(index, 20, 0, 0);
            publisher.publish();
            index += 20;
            target++;
            while (target - subscription.deliveredBlocks() > 512) {
                assertTrue(System.nanoTime() - deadline < 0, "the consumer fell behind and did not catch up");
                Thread.yield();
            }
        }
        // Not Awaitility: this thread's allocations are what is measured, and Awaitility allocates here.
        while (subscription.deliveredBlocks() != target) {
            assertTrue(System.nanoTime() - deadline < 0, "the consumer did not catch up within 10 s");
            Thread.yield();
        }
        return index;
    }

    private static long threadId(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name)).findFirst()
                .orElseThrow().getId();
    }
}
