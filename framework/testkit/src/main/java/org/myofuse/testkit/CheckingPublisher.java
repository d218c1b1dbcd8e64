package org.myofuse.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.StreamInfo;

/**
 * The bus's side of the publishing contract, checked on every call: indices never go back, gaps are
 * positive and follow the last block, samples are finite. A stand-in for the bus in decoder fuzz tests,
 * which run millions of inputs and must stay single-threaded and fast.
 */
public final class CheckingPublisher implements SamplePublisher {

    private final StreamInfo info;
    private final SampleBlock block;
    private final boolean finiteOnly;
    private long next;
    private long frames;

    /** Checks that every sample is finite. */
    public CheckingPublisher(StreamInfo info) {
        this(info, true);
    }

    /**
     * @param finiteOnly whether infinite samples are refused too, or only NaN (a device that reports
     *                   a value out of its float range as infinity)
     */
    public CheckingPublisher(StreamInfo info, boolean finiteOnly) {
        this.info = info;
        this.block = new SampleBlock(info);
        this.finiteOnly = finiteOnly;
    }

    /** Frames published so far. */
    public long frames() {
        return frames;
    }

    @Override
    public StreamInfo stream() {
        return info;
    }

    @Override
    public SampleBlock block() {
        return block;
    }

    @Override
    public void publish() {
        assertTrue(block.firstSampleIndex() >= next, "index went back");
        if (block.kind() == BlockKind.SAMPLES) {
            for (int i = 0; i < block.frames() * block.channels(); i++) {
                float v = block.samples()[i];
                assertTrue(finiteOnly ? Float.isFinite(v) : !Float.isNaN(v), "sample is a number");
            }
            frames += block.frames();
        }
        next = block.nextSampleIndex();
    }

    @Override
    public void publishGap(long firstMissingIndex, long missingSamples, GapCause cause, long arrivalNanos) {
        assertTrue(firstMissingIndex >= next && missingSamples > 0, "gap after the last block");
        next = firstMissingIndex + missingSamples;
    }

    @Override
    public boolean isOpen() {
        return true;
    }
}
