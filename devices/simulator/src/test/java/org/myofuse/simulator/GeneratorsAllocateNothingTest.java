package org.myofuse.simulator;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.protocol.Severity;
import org.myofuse.api.protocol.StepState;
import org.myofuse.api.protocol.StepType;
import org.myofuse.api.protocol.Target;
import org.myofuse.api.protocol.Tone;
import org.myofuse.lib.simulation.script.ScriptedSession;
import org.myofuse.simulator.core.FrameSignal;
import org.myofuse.simulator.emg.EmgSettings;
import org.myofuse.simulator.emg.EmgSignal;
import org.myofuse.simulator.emg.SimEmgConfig;
import org.myofuse.simulator.iastm.IastmSettings;
import org.myofuse.simulator.iastm.IastmSignal;
import org.myofuse.simulator.iastm.SimIastmConfig;
import org.myofuse.simulator.mat.MatSettings;
import org.myofuse.simulator.mat.MatSignal;
import org.myofuse.simulator.mat.Posture;
import org.myofuse.simulator.mat.SimMatConfig;
import org.myofuse.simulator.testing.Configs;

/**
 * The driver threads call {@code fill} for every block: it must not allocate, or a session would feed
 * the garbage collector continuously, whether a device plays the fixed scenario or a script. Measured
 * with the JVM's per-thread allocation counter.
 */
class GeneratorsAllocateNothingTest {

    static Stream<Arguments> generators() {
        return Stream.of(
                Arguments.of(new IastmSignal(IastmSettings.of(Configs.defaults(SimIastmConfig.class))), 10),
                Arguments.of(new EmgSignal(EmgSettings.of(Configs.with(SimEmgConfig.class,
                        Map.of("voluntaryBurstsPerMin", 20.0)))), 20),
                Arguments.of(new MatSignal(MatSettings.of(Configs.with(SimMatConfig.class,
                        Map.of("posture", Posture.SUPINE)))), 1),
                Arguments.of(new IastmSignal(IastmSettings.of(Configs.defaults(SimIastmConfig.class)),
                        treatment()::script), 10),
                Arguments.of(new EmgSignal(EmgSettings.of(Configs.defaults(SimEmgConfig.class)),
                        treatment()::script), 20),
                Arguments.of(new MatSignal(MatSettings.of(Configs.with(SimMatConfig.class,
                        Map.of("posture", Posture.SUPINE))), treatment()::script), 1));
    }

    /**
     * A scripted treatment covering the measured two minutes from session time 0: a release with
     * guarding and cues for the tool and the amplifier and the supine patient's withdrawal, then a drill
     * with holds for the amplifier and the mat (drifting, unsteady and weak repetitions among them).
     */
    private static ScriptedSession treatment() {
        var session = new ScriptedSession(42);
        var release = new StepState(0, 2, "release", StepType.RELEASE, "Release, left", "",
                List.of(new Target("normalForce", 4, 8, 12, "N", "pressure")), 0, Double.NaN, 0, 0,
                StepState.Awaiting.NOTHING);
        session.runStarted(new RunState("p", "1", "S", RunState.Status.RUNNING, release, ""));
        session.cue(new Cue(20_000_000_000L, "release", Severity.ADVISORY, "pressure.less", "less", "#E69F00",
                Tone.NONE));
        var drill = new StepState(1, 2, "drill", StepType.DRILL, "Drill", "",
                List.of(new Target("copX", -25, 25, Double.NaN, "mm", "centred"),
                        new Target("copSpeed", Double.NaN, 60, Double.NaN, "mm/s", "steady"),
                        new Target("emg:gluteus-maximus-left", 10, Double.NaN, Double.NaN, "%MVC", "glute")),
                60_000_000_000L, Double.NaN, 0, 10, StepState.Awaiting.NOTHING);
        session.stepChanged(new RunState("p", "1", "S", RunState.Status.RUNNING, drill, ""), 60_000_000_000L);
        for (long r = 0; r < 12; r++) {
            session.cue(new Cue((61 + 5 * r) * 1_000_000_000L, "drill", Severity.INFO, "hold.start", "Hold", "#0072B2",
                    Tone.CHIME));
            session.cue(new Cue((64 + 5 * r) * 1_000_000_000L, "drill", Severity.INFO, "rest.start", "Rest", "#0072B2",
                    Tone.NONE));
        }
        return session;
    }

    @ParameterizedTest
    @MethodSource("generators")
    void fillingBlocksAllocatesNothing(FrameSignal signal, int blockFrames) {
        var threads = ManagementFactory.getThreadMXBean();
        assumeTrue(threads instanceof com.sun.management.ThreadMXBean, "per-thread allocation counter available");
        var counter = (com.sun.management.ThreadMXBean) threads;
        assumeTrue(counter.isThreadAllocatedMemorySupported() && counter.isThreadAllocatedMemoryEnabled());
        float[] block = new float[blockFrames * signal.channels()];
        long index = 0;
        // warm up through strokes, bursts and weight shifts, so every branch is compiled
        int warmup = (int) (60 * signal.sampleRateHz() / blockFrames);
        for (int i = 0; i < warmup; i++, index += blockFrames) {
            signal.fill(block, index, blockFrames);
        }
        long id = Thread.currentThread().getId();
        long overhead = counter.getThreadAllocatedBytes(id);
        overhead = counter.getThreadAllocatedBytes(id) - overhead;
        long before = counter.getThreadAllocatedBytes(id);
        for (int i = 0; i < warmup; i++, index += blockFrames) {
            signal.fill(block, index, blockFrames);
        }
        long allocated = counter.getThreadAllocatedBytes(id) - before - overhead;
        // the JVM itself may allocate a few bytes on this thread now and then (compilation
        // bookkeeping); anything allocated per block would be at least 16 bytes per block
        assertTrue(allocated < warmup, allocated + " bytes allocated for " + warmup + " blocks");
    }
}
