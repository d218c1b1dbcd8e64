package org.myofuse.protocols.run;

import java.util.concurrent.TimeUnit;

import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.store.JournalEntry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * A fused frame to the cue it triggers, through the real threads: the benchmark thread plays the
 * fusion's dispatch thread and offers a frame whose normal force is over the release's overpressure
 * limit to a running {@link EngineRun}; the operation ends when the engine thread has evaluated it and
 * handed the {@code overpressure} alarm to the listeners (a volatile counter the benchmark thread
 * watches). Between operations a frame under 90 % of the limit re-arms the alarm. The engine thread is
 * parked when the frame comes (nothing else arrives), so the wake-up is part of every figure: this is
 * the engine's share of "a sample's arrival to the cue it triggers" (the fusion's share is
 * {@code FusionLatency}).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Thread)
public class ProtocolCueLatencyBenchmark {

    private static final long FRAME = 10_000_000L;

    private EngineRun run;
    private final Counting sink = new Counting();
    private final ProtocolFrameBenchmark.Frame frame = new ProtocolFrameBenchmark.Frame();

    @Setup(Level.Trial)
    public void open() {
        run = new EngineRun(ProtocolFrameBenchmark.compile(ProtocolFrameBenchmark.RELEASE), "1", sink, 1024);
        frame.nanos = 1_000_000_000L;
        run.start(frame.nanos);
    }

    @Benchmark
    public int frameToCue() {
        int before = sink.alarms;
        frame.nanos += FRAME;
        frame.normal = 16;
        run.frame(frame);
        while (sink.alarms == before) {
            Thread.onSpinWait();
        }
        frame.nanos += FRAME;
        frame.normal = 5;
        run.frame(frame);
        return before;
    }

    @TearDown(Level.Trial)
    public void close() throws InterruptedException {
        run.abort("benchmark over");
        run.join(5_000);
        System.out.println("alarms " + sink.alarms);
    }

    /** Counts the overpressure alarms the listeners get; allocation-free. */
    static final class Counting implements RunOutput {
        volatile int alarms;

        @Override
        public void journal(JournalEntry entry) {
        }

        @Override
        public void runStarted(RunState state) {
        }

        @Override
        public void stepChanged(RunState state) {
        }

        @Override
        public void progressed(RunState state) {
        }

        @Override
        public void cue(Cue cue) {
            if (cue.code().equals("overpressure")) {
                alarms = alarms + 1;
            }
        }

        @Override
        public void runEnded(RunState state) {
        }

        @Override
        public boolean setMvc(String emgSource, double mvcUv) {
            return true;
        }

        @Override
        public String tare() {
            return "";
        }
    }
}
