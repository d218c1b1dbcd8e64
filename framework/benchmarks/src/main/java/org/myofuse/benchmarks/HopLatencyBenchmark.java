package org.myofuse.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-hop latency, publish to onEvent. Each operation publishes one block and waits (spinning, in
 * the harness only) until every consumer's onEvent has run; SampleTime mode gives the percentiles
 * of that round trip. The consumers also record the one-way hop (publish start to onEvent start)
 * in a preallocated histogram, printed at the end of each trial.
 *
 * <p>{@code pauseMicros = 100} leaves time for the consumer threads to park between blocks, as
 * they do with real devices (a block every 10 ms), so every hop includes an unpark and a wake-up;
 * with 0 the next block often finds the consumer still awake.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Thread)
public class HopLatencyBenchmark {

    @Param({"EMG", "MAT"})
    public Streams stream;

    @Param({"1", "3"})
    public int consumers;

    @Param({"0", "100"})
    public int pauseMicros;

    private RingStreamBus bus;
    private Streams.Producer producer;
    private final List<Consumers.Latch> latches = new ArrayList<>();
    private long published;

    @Setup(Level.Trial)
    public void open() {
        bus = new RingStreamBus(new MonotonicSessionClock());
        for (int i = 0; i < consumers; i++) {
            var latch = new Consumers.Latch();
            latches.add(latch);
            bus.subscribe("latch-" + i, latch, 256);
        }
        producer = stream.open(bus);
    }

    @Setup(Level.Iteration)
    public void resetHistograms() throws InterruptedException {
        // Runs while the consumers are idle (the previous operation waited for them).
        latches.forEach(l -> l.hops.reset());
    }

    @Setup(Level.Invocation)
    public void pace() {
        if (pauseMicros > 0) {
            LockSupport.parkNanos(pauseMicros * 1000L);
        }
    }

    @Benchmark
    public long publishAndAwaitDelivery() {
        producer.publish(System.nanoTime());
        long target = ++published;
        for (Consumers.Latch latch : latches) {
            // Harness only: spin briefly, then yield, so that on two cores the waiting benchmark
            // thread does not keep the consumer threads from running.
            for (int spins = 0; latch.seen < target; spins++) {
                if (spins < 200) {
                    Thread.onSpinWait();
                } else {
                    Thread.yield();
                }
            }
        }
        return target;
    }

    @TearDown(Level.Trial)
    public void close() {
        bus.close();
        for (int i = 0; i < latches.size(); i++) {
            System.out.println();
            System.out.println(latches.get(i).hops.summary("one-way hop " + stream + " -> consumer " + i + " of "
                    + consumers + ", pause " + pauseMicros + " us (last iteration)"));
        }
    }
}
