package org.myofuse.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.myofuse.api.stream.Subscription;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bus throughput: three driver threads (EMG 16 ch x 20 frames, force 3 ch x 10 frames, pressure mat
 * 1024 ch x 1 frame) publish as fast as they can into three consumers (fusion-, recorder- and
 * display-like), each on its own dispatch thread with 256 slots per stream. Scores are blocks per
 * second per producer; each real device needs 100.
 *
 * <ul>
 * <li>{@code sustained}: the harness (not the bus) holds each producer back while its slowest
 * consumer is more than 192 blocks behind, so nothing is dropped: the score is end-to-end throughput,
 * every block copied into three rings and delivered three times.</li>
 * <li>{@code overload}: producers unthrottled. On two cores the consumers fall behind and the bus drops
 * (and counts) instead of blocking the drivers; the score is mostly the cost of the drop path.</li>
 * </ul>
 * The auxiliary counters report blocks delivered to and dropped by the consumers, all three summed.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Group)
public class BusThroughputBenchmark {

    private static final int MAX_BEHIND = 192;

    RingStreamBus bus;
    Streams.Producer emg;
    Streams.Producer force;
    Streams.Producer mat;
    List<Consumers.Counted> consumers;
    List<Subscription> subscriptions;

    @Setup(Level.Trial)
    public void open() {
        bus = new RingStreamBus(new MonotonicSessionClock());
        consumers = List.of(new Consumers.Fusion(), new Consumers.Recorder(), new Consumers.Display());
        subscriptions = List.of(bus.subscribe("fusion", consumers.get(0), 256),
                bus.subscribe("recorder", consumers.get(1), 256), bus.subscribe("display", consumers.get(2), 256));
        emg = Streams.EMG.open(bus);
        force = Streams.FORCE.open(bus);
        mat = Streams.MAT.open(bus);
    }

    @TearDown(Level.Trial)
    public void close() {
        bus.close();
    }

    /** Publishes the next block once every consumer is at most MAX_BEHIND blocks behind. */
    private void paced(Streams.Producer producer) {
        int id = producer.publisher.stream().streamId();
        long published = producer.published();
        for (Consumers.Counted consumer : consumers) {
            while (published - consumer.delivered(id) > MAX_BEHIND) {
                Thread.yield();
            }
        }
        producer.publish(0);
    }

    /** Blocks delivered to and dropped by all three consumers during one iteration. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Delivery {
        public long delivered;
        public long dropped;
        private long deliveredAtStart;
        private long droppedAtStart;

        @Setup(Level.Iteration)
        public void start(BusThroughputBenchmark bench) {
            delivered = 0;
            dropped = 0;
            deliveredAtStart = bench.subscriptions.stream().mapToLong(Subscription::deliveredBlocks).sum();
            droppedAtStart = bench.subscriptions.stream().mapToLong(Subscription::droppedBlocks).sum();
        }

        @TearDown(Level.Iteration)
        public void end(BusThroughputBenchmark bench) {
            delivered = bench.subscriptions.stream().mapToLong(Subscription::deliveredBlocks).sum() - deliveredAtStart;
            dropped = bench.subscriptions.stream().mapToLong(Subscription::droppedBlocks).sum() - droppedAtStart;
        }
    }

    @Benchmark
    @Group("sustained")
    @GroupThreads(1)
    public void sustainedEmg(Delivery delivery) {
        paced(emg);
    }

    @Benchmark
    @Group("sustained")
    @GroupThreads(1)
    public void sustainedForce() {
        paced(force);
    }

    @Benchmark
    @Group("sustained")
    @GroupThreads(1)
    public void sustainedMat() {
        paced(mat);
    }

    @Benchmark
    @Group("overload")
    @GroupThreads(1)
    public void overloadEmg(Delivery delivery) {
        emg.publish(0);
    }

    @Benchmark
    @Group("overload")
    @GroupThreads(1)
    public void overloadForce() {
        force.publish(0);
    }

    @Benchmark
    @Group("overload")
    @GroupThreads(1)
    public void overloadMat() {
        mat.publish(0);
    }
}
