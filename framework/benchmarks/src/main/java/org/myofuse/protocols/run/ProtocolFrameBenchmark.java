package org.myofuse.protocols.run;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.myofuse.api.fusion.FusedFrame;
import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.protocols.document.Compiled;
import org.myofuse.protocols.document.Includes;
import org.myofuse.protocols.document.ProtocolCompiler;
import org.myofuse.protocols.model.Protocol;
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
 * The protocol engine's per-frame evaluation: one operation is one fused frame (8 EMG channels, force,
 * shear, centre of pressure) copied into the run's inbox as the fusion's thread does, then taken out and
 * evaluated by the run as the engine thread does - metrics, the step's conditions, its counting and cue
 * checks - on the benchmark thread (the thread hand-over itself is a volatile write and, when the engine
 * thread sleeps, an unpark). Sessions time advances 10 ms per frame, endlessly.
 *
 * <ul>
 * <li>{@code release}: a release step with an exit condition on the normal force held for a time, and
 * overpressure watched, forces swinging through strokes below the limit: no cue is due, so
 * {@code gc.alloc.rate.norm} (with {@code -prof gc}) is what evaluating a frame allocates.</li>
 * <li>{@code biofeedback}: a biofeedback hold never reached (the muscle below its band, a ceiling
 * watched): the engine's correction cue is due all the time and issued every 3 s of session time (the
 * rate limit), so this one allocates a cue, its journal entry and its text every 300 frames.</li>
 * </ul>
 */
@BenchmarkMode({ Mode.AverageTime, Mode.SampleTime })
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@State(Scope.Thread)
public class ProtocolFrameBenchmark {

    private static final long FRAME = 10_000_000L;
    private static final int PATTERN = 1000;
    private static final String[] CHANNELS = { "L_multifidus", "R_multifidus", "L_erector_spinae", "R_erector_spinae",
            "L_glute_max", "R_glute_max", "L_glute_med", "R_glute_med" };

    @Param({ "release", "biofeedback" })
    public String step;

    private RunCore core;
    private FrameInbox inbox;
    private final Frame frame = new Frame();
    private final double[] force = new double[PATTERN];
    private final double[][] emg = new double[PATTERN][CHANNELS.length];
    private final Sink sink = new Sink();
    private int i;

    @Setup(Level.Trial)
    public void open() {
        Protocol protocol = compile(step.equals("release") ? RELEASE : BIOFEEDBACK);
        core = new RunCore(protocol, "1", sink);
        for (String m : List.of("multifidus-left", "erector-spinae-left")) {
            core.values.mvc(core.values.muscle(m), 100);
        }
        inbox = new FrameInbox(1024);
        frame.nanos = 1_000_000_000L;
        core.start(frame.nanos);
        for (int k = 0; k < PATTERN; k++) {
            double phase = 2 * Math.PI * k / 200.0; // a 2 s stroke cycle
            force[k] = Math.max(0.1, 10 * Math.sin(phase));
            for (int c = 0; c < CHANNELS.length; c++) {
                emg[k][c] = 8 + 4 * Math.sin(phase + c); // below the 20 %MVC band: never a good hold
            }
        }
    }

    @Benchmark
    public int oneFrame() {
        int k = i;
        i = k + 1 == PATTERN ? 0 : k + 1;
        frame.nanos += FRAME;
        frame.normal = force[k];
        frame.shear = 0.3 * force[k];
        frame.copX = 0.05 * k;
        frame.values = emg[k];
        inbox.offer(frame);
        int s = inbox.peek();
        core.frame(inbox, s);
        inbox.release();
        return sink.cues;
    }

    @TearDown(Level.Trial)
    public void report() {
        System.out.println("step " + core.state().step().id() + " " + core.state().status() + ", cues " + sink.cues
                + ", journal entries " + sink.entries);
    }

    static Protocol compile(String steps) {
        ProtocolCompiler compiler = new ProtocolCompiler();
        String yaml = HEAD + steps.stripIndent().indent(2);
        Compiled c = compiler.compile(compiler.parse("bench.yaml", yaml.getBytes(StandardCharsets.UTF_8)), List.of(),
                id -> Includes.Lookup.none("no includes"));
        if (!c.ok()) {
            throw new IllegalStateException("benchmark protocol: " + c.problems());
        }
        return c.model().orElseThrow();
    }

    /** Counts what the run hands out; allocation-free. */
    static final class Sink implements RunOutput {
        int cues;
        long entries;

        @Override
        public void journal(JournalEntry entry) {
            entries++;
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
            cues++;
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

    /** The fused frame as the fusion hands it over: a reused object. */
    static final class Frame implements FusedFrame {
        long nanos;
        double normal;
        double shear;
        double copX;
        double[] values = new double[CHANNELS.length];
        final String[] sources = new String[CHANNELS.length];

        Frame() {
            for (int c = 0; c < CHANNELS.length; c++) {
                sources[c] = "sim-emg-1/" + CHANNELS[c];
            }
        }

        @Override
        public long sessionNanos() {
            return nanos;
        }

        @Override
        public double normalForceN() {
            return normal;
        }

        @Override
        public double shearForceN() {
            return shear;
        }

        @Override
        public int emgChannels() {
            return CHANNELS.length;
        }

        @Override
        public double emgEnvelope(int channel) {
            return values[channel];
        }

        @Override
        public String emgSource(int channel) {
            return sources[channel];
        }

        @Override
        public String emgUnit(int channel) {
            return "%MVC";
        }

        @Override
        public double copXmm() {
            return copX;
        }

        @Override
        public double copYmm() {
            return 0;
        }
    }

    private static final String HEAD = """
            format: myofuse-protocol
            formatVersion: 1
            id: bench
            version: 1.0.0
            title: Benchmark
            language: en
            equipment:
              forceTool:
                normalRange: {value: 50, unit: N, source: clinic default}
            muscles:
              multifidus-left: {channel: L_multifidus}
              erector-spinae-left: {channel: L_erector_spinae}
            steps:
            """;

    static final String RELEASE = """
            - id: release
              type: release
              title: Release
              instruction: Long strokes.
              region: thoracolumbar-fascia-left
              targetNormalForce: {min: 6, max: 9, unit: N, source: clinic default}
              targetShearForce: {min: 1, max: 4, unit: N, source: clinic default}
              strokeRate: {min: 15, max: 60, unit: /min, source: clinic default}
              overpressureLimit: {value: 15, unit: N, source: clinic default}
              guarding:
                muscles: [multifidus-left, erector-spinae-left]
                suggestEndAfter: {value: 3, source: clinic default}
              exit:
                - metric: {name: normalForce, min: 20, unit: N, source: clinic default, for: {value: 1, unit: s, source: clinic default}}
            """;

    private static final String BIOFEEDBACK = """
            - id: activate
              type: biofeedback
              title: Activate
              instruction: Swell the muscle.
              muscle: multifidus-left
              target: {min: 20, max: 45, unit: "%MVC", source: clinic default}
              ceilings:
                - {muscle: erector-spinae-left, max: {value: 30, unit: "%MVC", source: clinic default}}
              hold: {value: 5, unit: s, source: clinic default}
              repetitions: {value: 1000, source: clinic default}
              rest: {value: 5, unit: s, source: clinic default}
            """;
}
