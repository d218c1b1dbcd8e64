package org.myofuse.runtime.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.myofuse.runtime.stream.TestStreams.descriptor;
import static org.myofuse.runtime.stream.TestStreams.publish;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.Subscription;
import org.myofuse.runtime.stream.RecordingConsumer.Block;
import org.myofuse.runtime.stream.RecordingConsumer.Closed;
import org.myofuse.runtime.stream.RecordingConsumer.Event;
import org.myofuse.runtime.stream.RecordingConsumer.Opened;

class RingStreamBusTest {

    /** Waits for other threads: polls every 5 ms, fails naming what was awaited after 10 s. */
    private static final ConditionFactory WAIT = Awaitility.with().pollInterval(Duration.ofMillis(5))
            .atMost(Duration.ofSeconds(10));

    private final RingStreamBus bus = new RingStreamBus(new MonotonicSessionClock());

    @AfterEach
    void stopBus() {
        bus.close();
    }

    @Test
    void shouldDeliverOpenedThenBlocksInPublishOrderThenClosedExactlyOnce() {
        var consumer = new RecordingConsumer();
        bus.subscribe("recorder", consumer, 64);
        SamplePublisher publisher = bus.openStream("dev-1", descriptor("t", 3), 10);
        int id = publisher.stream().streamId();
        for (int i = 0; i < 20; i++) {
            publish(publisher, i * 10L, 10);
        }
        bus.closeStream(publisher, "stopped");
        bus.closeStream(publisher, "stopped again");
        WAIT.alias("the stream closed").until(() -> consumer.closed(id));

        List<Event> events = consumer.events(id);
        assertEquals(new Opened(id), events.get(0));
        assertEquals(new Closed(id, "stopped"), events.get(events.size() - 1));
        assertEquals(22, events.size(), "opened + 20 blocks + closed");
        for (int i = 0; i < 20; i++) {
            Block block = (Block) events.get(i + 1);
            assertEquals(i * 10L, block.first());
            assertEquals(10, block.frames());
            assertEquals(0, block.droppedBefore());
            assertTrue(block.payloadIntact(), "samples of block " + i + " arrived intact");
            assertEquals("myofuse-consumer-recorder", block.thread());
        }
    }

    @Test
    void shouldNumberDeliveriesConsecutivelyAcrossStreams() {
        var consumer = new RecordingConsumer();
        Subscription subscription = bus.subscribe("seq", consumer, 64);
        SamplePublisher a = bus.openStream("a", descriptor("t", 1), 4);
        SamplePublisher b = bus.openStream("b", descriptor("t", 2), 4);
        for (int i = 0; i < 30; i++) {
            publish(a, i * 4L, 4);
            publish(b, i * 2L, 2);
        }
        WAIT.alias("60 blocks delivered").until(() -> consumer.blockCount() == 60);

        List<Block> blocks = consumer.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            assertEquals(i, blocks.get(i).sequence());
        }
        assertEquals(60, subscription.deliveredBlocks());
        assertEquals(0, subscription.droppedBlocks());
        assertEquals(List.of(a.stream(), b.stream()), bus.openStreams());
    }

    @Test
    void shouldFlagEndOfBatchOnlyOnTheLastBlockWaiting() throws Exception {
        var consumer = new RecordingConsumer();
        var gate = new Gate();
        consumer.afterBlock(gate);
        bus.subscribe("batch", consumer, 16);
        SamplePublisher publisher = bus.openStream("d", descriptor("t", 1), 1);
        publish(publisher, 0, 1);
        gate.awaitEntered();
        publish(publisher, 1, 1);
        publish(publisher, 2, 1);
        publish(publisher, 3, 1);
        gate.open();
        WAIT.alias("4 blocks delivered").until(() -> consumer.blockCount() == 4);

        List<Boolean> endOfBatch = consumer.blocks().stream().map(Block::endOfBatch).toList();
        assertEquals(List.of(true, false, false, true), endOfBatch);
    }

    @Test
    void shouldSayOpenedToALateSubscriberBeforeItsFirstBlock() {
        SamplePublisher publisher = bus.openStream("d", descriptor("t", 2), 5);
        publish(publisher, 0, 5);
        publish(publisher, 5, 5);
        var late = new RecordingConsumer();
        bus.subscribe("late", late, 8);
        publish(publisher, 10, 5);
        bus.closeStream(publisher, "done");
        int id = publisher.stream().streamId();
        WAIT.alias("the stream closed").until(() -> late.closed(id));

        List<Event> events = late.events();
        assertEquals(3, events.size(), events.toString());
        assertEquals(new Opened(id), events.get(0));
        assertEquals(10L, ((Block) events.get(1)).first());
        assertEquals(new Closed(id, "done"), events.get(2));
    }

    @Test
    void shouldSayOpenedAndClosedForAStreamWithoutBlocks() {
        var consumer = new RecordingConsumer();
        bus.subscribe("c", consumer, 4);
        SamplePublisher publisher = bus.openStream("d", descriptor("t", 1), 1);
        bus.closeStream(publisher, "device removed");
        int id = publisher.stream().streamId();
        WAIT.alias("the stream closed").until(() -> consumer.closed(id));
        assertEquals(List.of(new Opened(id), new Closed(id, "device removed")), consumer.events());
    }

    @Test
    void slowConsumerLosesExactlyTheBlocksThatDidNotFitWhileAFastOneLosesNothing() throws Exception {
        var slow = new RecordingConsumer();
        var gate = new Gate();
        slow.afterBlock(gate);
        var fast = new RecordingConsumer();
        Subscription slowSub = bus.subscribe("slow", slow, 4);
        Subscription fastSub = bus.subscribe("fast", fast, 64);
        SamplePublisher publisher = bus.openStream("d", descriptor("t", 2), 1);
        int id = publisher.stream().streamId();

        publish(publisher, 0, 1);
        gate.awaitEntered();
        // Block 0 still occupies its slot (the callback has not returned): 1..3 fit, 4..19 are dropped.
        for (int i = 1; i < 20; i++) {
            publish(publisher, i, 1);
        }
        assertEquals(16, slowSub.droppedBlocks(id));
        gate.open();
        WAIT.alias("slow got 4 blocks").until(() -> slow.blockCount() == 4);
        publish(publisher, 20, 1);
        bus.closeStream(publisher, "end");
        WAIT.alias("both closed").until(() -> slow.closed(id) && fast.closed(id));

        List<Long> slowFirsts = slow.blocks().stream().map(Block::first).toList();
        assertEquals(List.of(0L, 1L, 2L, 3L, 20L), slowFirsts);
        assertEquals(16, slow.blocks().get(4).droppedBefore());
        assertEquals(0, slow.blocks().subList(0, 4).stream().mapToLong(Block::droppedBefore).sum());
        assertEquals(16, slowSub.droppedBlocks(id), "kept after the stream closed");
        assertEquals(16, slowSub.droppedBlocks());
        assertEquals(5, slowSub.deliveredBlocks());

        assertEquals(21, fast.blockCount());
        assertEquals(0, fastSub.droppedBlocks());
        assertEquals(21, fastSub.deliveredBlocks());
        assertTrue(fast.blocks().stream().allMatch(b -> b.droppedBefore() == 0));
    }

    @Test
    void shouldInsertACounterJumpGapBeforeABlockThatSkipsAhead() {
        var consumer = new RecordingConsumer();
        bus.subscribe("c", consumer, 16);
        SamplePublisher publisher = bus.openStream("d", descriptor("t", 1), 10);
        publish(publisher, 0, 10);
        publish(publisher, 15, 10);
        WAIT.alias("3 blocks").until(() -> consumer.blockCount() == 3);

        List<Block> blocks = consumer.blocks();
        assertEquals(BlockKind.SAMPLES, blocks.get(0).kind());
        Block gap = blocks.get(1);
        assertEquals(BlockKind.GAP, gap.kind());
        assertEquals(10, gap.first());
        assertEquals(5, gap.gapSamples());
        assertEquals(GapCause.COUNTER_JUMP, gap.cause());
        assertEquals(0, gap.frames());
        assertEquals(15, blocks.get(2).first());
        assertTrue(blocks.get(2).payloadIntact());
    }

    @Test
    void shouldNotInsertAGapWhenTheDriverPublishedOne() {
        var consumer = new RecordingConsumer();
        bus.subscribe("c", consumer, 16);
        SamplePublisher publisher = bus.openStream("d", descriptor("t", 1), 10);
        publish(publisher, 0, 10);
        publisher.publishGap(10, 5, GapCause.REJECTED_FRAME, 123);
        publish(publisher, 15, 10);
        WAIT.alias("3 blocks").until(() -> consumer.blockCount() == 3);

        List<Block> blocks = consumer.blocks();
        assertEquals(GapCause.REJECTED_FRAME, blocks.get(1).cause());
        assertEquals(BlockKind.SAMPLES, blocks.get(2).kind());
    }

    @Test
    void shouldDropABlockThatStartsBeforeThePreviousOneEnded() {
        var consumer = new RecordingConsumer();
        bus.subscribe("c", consumer, 16);
        BusStream publisher = (BusStream) bus.openStream("d", descriptor("t", 1), 10);
        publish(publisher, 0, 10);
        publish(publisher, 5, 10);
        publish(publisher, 9, 1);
        publish(publisher, 10, 10);
        WAIT.alias("2 blocks").until(() -> consumer.blockCount() == 2);
        bus.closeStream(publisher, "end");
        WAIT.alias("closed").until(() -> consumer.closed(publisher.stream().streamId()));

        assertEquals(List.of(0L, 10L), consumer.blocks().stream().map(Block::first).toList());
        assertEquals(2, publisher.rejectedBlocks());
    }

    @Test
    void shouldIgnorePublishesAfterClose() {
        var consumer = new RecordingConsumer();
        Subscription subscription = bus.subscribe("c", consumer, 16);
        SamplePublisher publisher = bus.openStream("d", descriptor("t", 1), 10);
        publish(publisher, 0, 10);
        assertTrue(publisher.isOpen());
        bus.closeStream(publisher, "stopped");
        assertFalse(publisher.isOpen());
        publish(publisher, 10, 10);
        publisher.publishGap(20, 3, GapCause.STALL, 0);
        int id = publisher.stream().streamId();
        WAIT.alias("closed").until(() -> consumer.closed(id));

        assertEquals(1, consumer.blockCount());
        assertEquals(1, subscription.deliveredBlocks());
        assertEquals(0, subscription.droppedBlocks(id));
        assertEquals(List.of(), bus.openStreams());
    }

    @Test
    void shouldDeliverWhatIsLeftInTheRingBeforeSayingClosed() throws Exception {
        var consumer = new RecordingConsumer();
        var gate = new Gate();
        consumer.afterBlock(gate);
        bus.subscribe("c", consumer, 8);
        SamplePublisher publisher = bus.openStream("d", descriptor("t", 1), 1);
        int id = publisher.stream().streamId();
        publish(publisher, 0, 1);
        gate.awaitEntered();
        for (int i = 1; i < 6; i++) {
            publish(publisher, i, 1);
        }
        bus.closeStream(publisher, "device removed");
        gate.open();
        WAIT.alias("closed").until(() -> consumer.closed(id));

        List<Event> events = consumer.events();
        assertEquals(8, events.size());
        assertEquals(new Closed(id, "device removed"), events.get(7));
        assertEquals(5L, ((Block) events.get(6)).first());
    }

    @Test
    void shouldKeepDeliveringAfterACallbackThrows() {
        var failures = new AtomicInteger();
        var consumer = new RecordingConsumer() {
            @Override
            public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
                super.onEvent(block, sequence, endOfBatch);
                if (block.firstSampleIndex() % 2 == 0) {
                    failures.incrementAndGet();
                    throw new IllegalStateException("consumer bug on block " + block.firstSampleIndex());
                }
            }

            @Override
            public void onStreamOpened(org.myofuse.api.stream.StreamInfo stream) {
                super.onStreamOpened(stream);
                throw new IllegalStateException("consumer bug on open");
            }
        };
        bus.subscribe("faulty", consumer, 16);
        SamplePublisher publisher = bus.openStream("d", descriptor("t", 1), 1);
        for (int i = 0; i < 10; i++) {
            publish(publisher, i, 1);
        }
        bus.closeStream(publisher, "end");
        WAIT.alias("closed").until(() -> consumer.closed(publisher.stream().streamId()));

        assertEquals(10, consumer.blockCount());
        assertEquals(5, failures.get());
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L),
                consumer.blocks().stream().map(Block::sequence).toList());
    }

    @Test
    void closingASubscriptionLetsTheCallbackFinishWithoutInterruptingIt() throws Exception {
        var consumer = new RecordingConsumer();
        var gate = new Gate();
        consumer.afterBlock(gate);
        Subscription subscription = bus.subscribe("h2-writer", consumer, 8);
        SamplePublisher publisher = bus.openStream("d", descriptor("t", 1), 1);
        publish(publisher, 0, 1);
        gate.awaitEntered();
        publish(publisher, 1, 1);

        Thread closer = new Thread(subscription::close, "closer");
        closer.start();
        WAIT.alias("the subscription left the bus").until(() -> bus.subscriptions().isEmpty());
        assertTrue(closer.isAlive(), "close() waits for the callback in progress");
        gate.open();
        closer.join(10_000);

        assertFalse(closer.isAlive());
        assertFalse(gate.wasInterrupted(), "the consumer thread was never interrupted");
        assertFalse(((BusSubscription) subscription).isAlive(), "the consumer thread ended");
        publish(publisher, 2, 1);
        assertEquals(1, consumer.blockCount(), "nothing delivered after close");
        subscription.close();
    }

    @Test
    void aClosedSubscriptionNoLongerTakesBlocks() {
        var consumer = new RecordingConsumer();
        Subscription subscription = bus.subscribe("c", consumer, 2);
        var other = new RecordingConsumer();
        Subscription stays = bus.subscribe("other", other, 2);
        subscription.close();
        assertEquals(List.of(stays), bus.subscriptions());
        SamplePublisher publisher = bus.openStream("d", descriptor("t", 1), 1);
        for (int i = 0; i < 10; i++) {
            publish(publisher, i, 1);
        }
        assertEquals(0, subscription.droppedBlocks());
        assertEquals(List.of(), consumer.events());
    }

    @ParameterizedTest
    @ValueSource(ints = {-4, 0, 1, 3, 100, 131072})
    void shouldRefuseRingSizesThatAreNotAPowerOfTwoFromTwoTo65536(int slots) {
        var e = assertThrows(IllegalArgumentException.class, () -> bus.subscribe("c", new RecordingConsumer(), slots));
        assertEquals("ring slots must be a power of two between 2 and 65536, was " + slots, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 256, 65536})
    void shouldAcceptRingSizesThatArePowersOfTwoFromTwoTo65536(int slots) {
        Subscription subscription = bus.subscribe("c", new RecordingConsumer(), slots);
        assertEquals("c", subscription.name());
    }

    @Test
    void stoppingTheBusClosesEveryStreamAndStopsEveryConsumer() {
        var consumer = new RecordingConsumer();
        var subscription = (BusSubscription) bus.subscribe("c", consumer, 8);
        SamplePublisher publisher = bus.openStream("d", descriptor("t", 1), 1);
        publish(publisher, 0, 1);
        bus.close();

        assertFalse(subscription.isAlive());
        assertEquals(new Closed(publisher.stream().streamId(), "stream bus stopped"),
                consumer.events().get(consumer.events().size() - 1));
        assertFalse(publisher.isOpen());
        assertEquals(List.of(), bus.subscriptions());
        assertThrows(IllegalStateException.class, () -> bus.openStream("x", descriptor("t", 1), 1));
        assertThrows(IllegalStateException.class, () -> bus.subscribe("x", new RecordingConsumer(), 2));
    }

    @Test
    void shouldRefuseToCloseAStreamOfAnotherBus() {
        try (var other = new RingStreamBus(new MonotonicSessionClock())) {
            SamplePublisher foreign = other.openStream("d", descriptor("t", 1), 1);
            assertThrows(IllegalArgumentException.class, () -> bus.closeStream(foreign, "x"));
        }
    }

    @Test
    void shouldNumberStreamsFromZeroWithoutReuse() {
        SamplePublisher first = bus.openStream("a", descriptor("t", 1), 1);
        bus.closeStream(first, "x");
        SamplePublisher second = bus.openStream("a", descriptor("t", 1), 1);
        assertEquals(0, first.stream().streamId());
        assertEquals(1, second.stream().streamId());
    }
}
