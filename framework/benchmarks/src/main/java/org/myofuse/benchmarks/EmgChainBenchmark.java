package org.myofuse.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.myofuse.fusion.dsp.EmgChain;
import org.myofuse.fusion.dsp.EmgFilterPlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The EMG conditioning chain alone on one core: 16 channels at 2 kHz through a 20-450 Hz band-pass
 * (4th-order Butterworth high-pass and low-pass, four biquads), notches at 50, 100 and 150 Hz (three
 * biquads), full-wave rectification and a 100 ms moving RMS. One operation is one sample of one
 * channel, so the score is samples per second. Input comes in 10 ms blocks (20 frames) as from the
 * bus. Peer figures on this machine: BrainFlow's C++ DataFilter about 27 M samples/s, SciPy 10-23 M.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EmgChainBenchmark {

    private static final int CHANNELS = 16;
    private static final int FRAMES_PER_BLOCK = 20;
    private static final int BLOCKS = 100;
    private static final int SAMPLES_PER_CALL = CHANNELS * FRAMES_PER_BLOCK * BLOCKS;

    private EmgChain chain;
    private float[][] blocks;
    private double[] filtered;
    private double[] envelopes;

    @Setup(Level.Trial)
    public void setUp() {
        chain = new EmgChain(EmgFilterPlan.of(2000, 20, 450, 4, 50, 3, 2), 100, CHANNELS);
        Random random = new Random(1);
        blocks = new float[BLOCKS][FRAMES_PER_BLOCK * CHANNELS];
        for (float[] block : blocks) {
            for (int i = 0; i < block.length; i++) {
                block[i] = (float) (30 * random.nextGaussian() + 8 * Math.sin(i * 0.157));
            }
        }
        filtered = new double[FRAMES_PER_BLOCK * CHANNELS];
        envelopes = new double[FRAMES_PER_BLOCK * CHANNELS];
    }

    /** Filtered signal and envelope both written out, as the fusion bundle uses them. */
    @Benchmark
    @OperationsPerInvocation(SAMPLES_PER_CALL)
    public double chain() {
        for (float[] block : blocks) {
            chain.process(block, FRAMES_PER_BLOCK, filtered, envelopes);
        }
        return envelopes[0];
    }
}
