package org.myofuse.protocols.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.myofuse.api.fusion.FusedFrame;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.fusion.TherapyEventType;
import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.protocols.document.Compiled;
import org.myofuse.protocols.document.Includes;
import org.myofuse.protocols.document.ProtocolCompiler;
import org.myofuse.protocols.model.Protocol;

/**
 * Drives a {@link RunCore} without OSGi or threads: a protocol compiled from YAML by the real compiler,
 * synthetic fused frames at 100 Hz through a real {@link FrameInbox}, and everything the run writes or
 * tells kept in order.
 */
final class Harness implements RunOutput {

    static final long FRAME = 10_000_000L;
    static final String EMG_DEVICE = "amp";
    static final String[] CHANNELS = { "L_multifidus", "R_multifidus", "L_erector_spinae", "R_erector_spinae",
            "L_glute_max", "R_glute_max" };

    final List<JournalEntry> journal = new ArrayList<>();
    final List<Cue> cues = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    final List<String> mvcs = new ArrayList<>();
    int tares;
    final RunCore core;
    final FrameInbox inbox = new FrameInbox(64);
    final Frame frame = new Frame();
    long t = 1_000_000_000L;

    Harness(String yaml) {
        this(compile(yaml));
    }

    Harness(Protocol protocol) {
        core = new RunCore(protocol, "7", this);
    }

    static Protocol compile(String yaml) {
        ProtocolCompiler compiler = new ProtocolCompiler();
        Compiled c = compiler.compile(compiler.parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8)), List.of(),
                id -> Includes.Lookup.none("no protocol '" + id + "' is installed"));
        assertTrue(c.ok(), "the test protocol compiles: " + c.problems());
        return c.model().orElseThrow();
    }

    Harness start() {
        core.start(t);
        return this;
    }

    /** Frames for {@code seconds}, each shaped by {@code shape} (given the frame and seconds since this call). */
    Harness run(double seconds, Consumer<Frame> shape) {
        long end = t + Math.round(seconds * 1e9);
        while (t < end) {
            t += FRAME;
            frame.nanos = t;
            shape.accept(frame);
            inbox.offer(frame);
            int s = inbox.peek();
            core.frame(inbox, s);
            inbox.release();
        }
        return this;
    }

    Harness run(double seconds) {
        return run(seconds, f -> {
        });
    }

    Harness event(TherapyEventType type, String source, double value) {
        core.event(new TherapyEvent(type, t, source, value, "N", ""));
        return this;
    }

    /** A stroke: start, {@code seconds} of frames at {@code normal} N and {@code shear} N, end. */
    Harness stroke(double seconds, double normal, double shear) {
        event(TherapyEventType.STROKE_START, "tool/force", normal);
        run(seconds, f -> {
            f.normal = normal;
            f.shear = shear;
        });
        event(TherapyEventType.STROKE_END, "tool/force", normal);
        return run(0.3, f -> {
            f.normal = 0.1;
            f.shear = 0;
        });
    }

    List<JournalEntry> entries(String type) {
        return journal.stream().filter(e -> e.type().equals(type)).toList();
    }

    List<String> cueCodes() {
        return cues.stream().map(Cue::code).toList();
    }

    long count(String code) {
        return cues.stream().filter(c -> c.code().equals(code)).count();
    }

    String stepId() {
        return core.state().step().id();
    }

    @Override
    public void journal(JournalEntry entry) {
        journal.add(entry);
    }

    @Override
    public void runStarted(RunState state) {
        calls.add("runStarted " + state.step().id());
    }

    @Override
    public void stepChanged(RunState state) {
        calls.add("stepChanged " + state.step().id() + " " + state.status());
    }

    @Override
    public void progressed(RunState state) {
        calls.add("progressed " + state.step().id() + " " + state.step().repetitionsDone());
    }

    @Override
    public void cue(Cue cue) {
        cues.add(cue);
    }

    @Override
    public void runEnded(RunState state) {
        calls.add("runEnded " + state.status() + " " + state.reason());
    }

    @Override
    public boolean setMvc(String emgSource, double mvcUv) {
        mvcs.add(emgSource + "=" + Math.round(mvcUv));
        return true;
    }

    @Override
    public String tare() {
        tares++;
        return "tool";
    }

    /** A fused frame whose values a test sets; EMG in uV (uncalibrated) on the channels of {@link #CHANNELS}. */
    static final class Frame implements FusedFrame {
        long nanos;
        double normal = 0.1;
        double shear = 0;
        double copX = 0;
        double copY = 0;
        final double[] emg = new double[CHANNELS.length];
        final String[] sources = Arrays.stream(CHANNELS).map(c -> EMG_DEVICE + "/" + c).toArray(String[]::new);

        void emg(String channel, double uv) {
            emg[Arrays.asList(CHANNELS).indexOf(channel)] = uv;
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
            return emg.length;
        }

        @Override
        public double emgEnvelope(int channel) {
            return emg[channel];
        }

        @Override
        public String emgSource(int channel) {
            return sources[channel];
        }

        @Override
        public String emgUnit(int channel) {
            return "uV";
        }

        @Override
        public double copXmm() {
            return copX;
        }

        @Override
        public double copYmm() {
            return copY;
        }
    }

    /** The head of a protocol document with the six muscles and a force tool; steps follow. */
    static String protocol(String steps) {
        return """
                format: myofuse-protocol
                formatVersion: 1
                id: engine-test
                version: 1.2.3
                title: Engine test
                language: en
                references:
                  stevenson2023:
                    citation: "Stevenson TC, et al. J Athl Train. 2023;58(1):60-64."
                equipment:
                  forceTool:
                    normalRange: {value: 50, unit: N, source: clinic default}
                muscles:
                  multifidus-left: {channel: L_multifidus}
                  multifidus-right: {channel: R_multifidus}
                  erector-spinae-left: {channel: L_erector_spinae}
                  erector-spinae-right: {channel: R_erector_spinae}
                  gluteus-maximus-left: {channel: L_glute_max}
                  gluteus-maximus-right: {channel: R_glute_max}
                steps:
                """ + steps.stripIndent().indent(2);
    }

    static final String PAIN_BEFORE = """
            - id: pain-before
              type: assessment
              kind: pain-nrs
              title: Pain before
              instruction: Ask for the pain.
              moment: before
            """;

    static final String RELEASE = """
            - id: release-left
              type: release
              title: Release left
              instruction: Long strokes.
              region: thoracolumbar-fascia-left
              targetNormalForce: {min: 6, max: 9, unit: N, source: stevenson2023}
              targetShearForce: {min: 1, max: 4, unit: N, source: clinic default}
              strokes: {value: 4, source: clinic default}
              duration: {value: 120, unit: s, source: clinic default}
              strokeRate: {min: 15, max: 60, unit: /min, source: clinic default}
              overpressureLimit: {value: 15, unit: N, source: clinic default}
              guarding:
                muscles: [multifidus-left]
                suggestEndAfter: {value: 2, source: clinic default}
            """;
}
