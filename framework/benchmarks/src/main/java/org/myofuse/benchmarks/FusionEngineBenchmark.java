package org.myofuse.benchmarks;

import java.util.concurrent.TimeUnit;

import org.myofuse.api.fusion.FusedFrame;
import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.fusion.FusionEngine;
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
 * Per-block cost of the live {@link FusionEngine} (default configuration) with the full device set:
 * one operation hands the engine the next block of a 60 s in-memory session, in recorded arrival
 * order, directly on the benchmark thread (the bus hop is measured by {@code FusionLatency} and
 * {@code HopLatencyBenchmark}). The session runs in laps, so the engine sees one endless stream in
 * steady state. Blocks are 10 ms each: EMG 20 frames x 8 channels (two amplifiers), force 10 x 3,
 * mat 1 x 1024; the average is over that mix, frame emission and event delivery included.
 *
 * <p>{@code scenario = QUIET} has no events: {@code gc.alloc.rate.norm} (with {@code -prof gc}) is
 * then what the per-block path allocates, which should be 0. {@code SIM} (simulator defaults) has
 * strokes, onsets and guarding; events are objects, so it allocates in proportion to them
 * (the event count is printed at tear-down).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@State(Scope.Thread)
public class FusionEngineBenchmark {

    @Param({"QUIET", "SIM"})
    public FusionDevices.Scenario scenario;

    private RecordedSession session;
    private FusionEngine engine;
    private final Counter counter = new Counter();
    private int next;
    private long lap;

    /** Counts what the engine delivers; allocation-free. */
    static final class Counter implements FusionListener {
        long frames;
        long events;

        @Override
        public void onFrame(FusedFrame frame) {
            frames++;
        }

        @Override
        public void onEvent(TherapyEvent event) {
            events++;
        }
    }

    @Setup(Level.Trial)
    public void open() {
        session = new RecordedSession(scenario, 60);
        engine = new FusionEngine(FusionDevices.fusionConfig());
        engine.addListener(counter);
        session.open(engine);
    }

    @Benchmark
    public long oneBlock() {
        session.deliver(engine, next, lap);
        if (++next == session.blocks()) {
            next = 0;
            lap++;
        }
        return counter.frames;
    }

    @TearDown(Level.Trial)
    public void report() {
        long blocks = lap * session.blocks() + next;
        System.out.printf("%n%s: %d blocks (%.1f s of session), %d frames, %d events (%.2f per 1000 blocks)%n", scenario,
                blocks, blocks / (4 * 100.0), counter.frames, counter.events, counter.events * 1000.0 / blocks);
    }
}
