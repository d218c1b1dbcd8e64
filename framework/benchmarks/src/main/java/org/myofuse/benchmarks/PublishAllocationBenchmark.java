package org.myofuse.benchmarks;

import java.util.concurrent.TimeUnit;

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
 * Allocation per published block in steady state, with three consumers dispatching on their own
 * threads. Run with {@code -prof gc}: {@code gc.alloc.rate.norm} is bytes allocated per operation
 * (one publish) summed over all threads of the JVM, consumers included; the bus's goal is 0.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
@State(Scope.Thread)
public class PublishAllocationBenchmark {

    @Param({"EMG", "FORCE", "MAT"})
    public Streams stream;

    private RingStreamBus bus;
    private Streams.Producer producer;

    @Setup(Level.Trial)
    public void open() {
        bus = new RingStreamBus(new MonotonicSessionClock());
        bus.subscribe("fusion", new Consumers.Fusion(), 256);
        bus.subscribe("recorder", new Consumers.Recorder(), 256);
        bus.subscribe("display", new Consumers.Display(), 256);
        producer = stream.open(bus);
    }

    @TearDown(Level.Trial)
    public void close() {
        bus.close();
    }

    @Benchmark
    public void publish() {
        producer.publish(0);
    }
}
