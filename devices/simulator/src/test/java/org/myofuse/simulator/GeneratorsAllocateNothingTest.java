package org.myofuse.simulator;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
 * the garbage collector continuously. Measured with the JVM's per-thread allocation counter.
 */
class GeneratorsAllocateNothingTest {

    static Stream<Arguments> generators() {
        return Stream.of(
                Arguments.of(new IastmSignal(IastmSettings.of(Configs.defaults(SimIastmConfig.class))), 10),
                Arguments.of(new EmgSignal(EmgSettings.of(Configs.with(SimEmgConfig.class,
                        Map.of("voluntaryBurstsPerMin", 20.0)))), 20),
                Arguments.of(new MatSignal(MatSettings.of(Configs.with(SimMatConfig.class,
                        Map.of("posture", Posture.SUPINE)))), 1));
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
