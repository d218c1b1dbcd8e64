package org.myofuse.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.myofuse.runtime.stream.TestStreams.descriptor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.api.stream.Subscription;

/**
 * Several driver threads and several consumers at once, fast and slow: every block is either
 * delivered in order or counted as dropped, exactly.
 */
class ConcurrentBusTest {

    private static final int PRODUCERS = 3;
    private static final int BLOCKS_PER_PRODUCER = 20_000;
    private static final int FRAMES = 4;

    /** Checks each stream's blocks as they arrive and keeps per-stream tallies. */
    private static final class CheckingConsumer implements StreamConsumer {
        private final int slowEvery;
        private final Map<Integer, long[]> perStream = new HashMap<>(); // {delivered, reportedDrops, lastBlock}
        private final List<String> problems = new ArrayList<>();
        private long expectedSequence;
        private final CountDownLatch closed = new CountDownLatch(PRODUCERS);

        CheckingConsumer(int slowEvery) {
            this.slowEvery = slowEvery;
        }

        @Override
        public void onStreamOpened(StreamInfo stream) {
            perStream.put(stream.streamId(), new long[] {0, 0, -1});
        }

        @Override
        public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
            if (sequence != expectedSequence++) {
                problems.add("sequence " + sequence + ", expected " + (expectedSequence - 1));
            }
            long[] tally = perStream.get(block.stream().streamId());
            if (tally == null) {
                problems.add("block before onStreamOpened on stream " + block.stream().streamId());
                return;
            }
            long index = block.firstSampleIndex() / FRAMES;
            if (index != tally[2] + 1 + block.droppedBefore()) {
                problems.add("stream " + block.stream().streamId() + ": block " + index + " after " + tally[2]
                        + " with droppedBefore " + block.droppedBefore());
            }
            if (block.sample(FRAMES - 1, 0) != block.firstSampleIndex() + FRAMES - 1) {
                problems.add("stream " + block.stream().streamId() + ": corrupt payload in block " + index);
            }
            tally[0]++;
            tally[1] += block.droppedBefore();
            tally[2] = index;
            if (slowEvery > 0 && tally[0] % slowEvery == 0) {
                LockSupport.parkNanos(200_000);
            }
        }

        @Override
        public void onStreamClosed(StreamInfo stream, String reason) {
            closed.countDown();
        }
    }

    @Test
    void everyBlockIsEitherDeliveredInOrderOrCountedAsDroppedWithManyProducersAndConsumers() throws Exception {
        try (var bus = new RingStreamBus(new MonotonicSessionClock())) {
            var consumers = List.of(new CheckingConsumer(0), new CheckingConsumer(50), new CheckingConsumer(5));
            var subscriptions = List.of(bus.subscribe("fast", consumers.get(0), 1024),
                    bus.subscribe("medium", consumers.get(1), 16), bus.subscribe("slow", consumers.get(2), 4));
            var publishers = new ArrayList<SamplePublisher>();
            var threads = new ArrayList<Thread>();
            for (int p = 0; p < PRODUCERS; p++) {
                SamplePublisher publisher = bus.openStream("dev-" + p, descriptor("t", 2 + p), FRAMES);
                publishers.add(publisher);
                threads.add(new Thread(() -> produce(publisher), "producer-" + p));
            }
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }
            publishers.forEach(p -> bus.closeStream(p, "done"));
            for (CheckingConsumer consumer : consumers) {
                assertTrue(consumer.closed.await(30, java.util.concurrent.TimeUnit.SECONDS));
            }

            long totalDropped = 0;
            for (int c = 0; c < consumers.size(); c++) {
                CheckingConsumer consumer = consumers.get(c);
                Subscription subscription = subscriptions.get(c);
                assertEquals(List.of(), consumer.problems, subscription.name());
                long delivered = 0;
                for (SamplePublisher publisher : publishers) {
                    int id = publisher.stream().streamId();
                    long[] tally = consumer.perStream.get(id);
                    long dropped = subscription.droppedBlocks(id);
                    assertEquals(BLOCKS_PER_PRODUCER, tally[0] + dropped,
                            subscription.name() + " stream " + id + ": delivered + dropped == published");
                    long trailing = BLOCKS_PER_PRODUCER - 1 - tally[2];
                    assertEquals(dropped, tally[1] + trailing,
                            subscription.name() + " stream " + id + ": drops reported in droppedBefore, plus those after the last delivery");
                    delivered += tally[0];
                }
                assertEquals(delivered, subscription.deliveredBlocks());
                assertEquals((long) PRODUCERS * BLOCKS_PER_PRODUCER, delivered + subscription.droppedBlocks());
                totalDropped += subscription.droppedBlocks();
            }
            // The slow consumer with four slots cannot keep up with three unthrottled producers.
            assertTrue(subscriptions.get(2).droppedBlocks() > 0, "the slow consumer dropped blocks");
            assertTrue(totalDropped < 3L * PRODUCERS * BLOCKS_PER_PRODUCER);
        }
    }

    private static void produce(SamplePublisher publisher) {
        SampleBlock block = publisher.block();
        int channels = block.channels();
        for (int i = 0; i < BLOCKS_PER_PRODUCER; i++) {
            long first = (long) i * FRAMES;
            for (int f = 0; f < FRAMES; f++) {
                block.samples()[f * channels] = first + f;
            }
            block.setSamples(first, FRAMES, System.nanoTime(), 0);
            publisher.publish();
            if (i % 64 == 0) {
                Thread.yield();
            }
        }
    }
}
