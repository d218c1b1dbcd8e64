package org.myofuse.runtime.stream;

import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.SampleBlock;

/**
 * The sample-index rule of a stream: every block starts where the previous one ended. Shared by the
 * bus (which enforces it) and by anything that counts a stream the same way (the device manager).
 *
 * <p>The first block fixes the start: there is no previous block to be continuous with.
 * Single-threaded: owned by the stream's publishing thread.
 */
public final class IndexContinuity {

    /** The block continues the stream. */
    public static final int CONTINUOUS = 0;
    /** The block starts after the previous end: {@link #missingSamples()} samples are missing. */
    public static final int JUMP = 1;
    /** The block starts before the previous end, or is an empty samples block: a driver bug. */
    public static final int OVERLAP = 2;

    private boolean started;
    private long expected;
    private long missingFrom;
    private long missingSamples;

    /**
     * Classifies {@code block} and, unless it overlaps, moves the expected start past it.
     *
     * @return {@link #CONTINUOUS}, {@link #JUMP} or {@link #OVERLAP}
     */
    public int accept(SampleBlock block) {
        if (block.kind() == BlockKind.SAMPLES && block.frames() == 0) {
            return OVERLAP;
        }
        long first = block.firstSampleIndex();
        int verdict = CONTINUOUS;
        if (started) {
            if (first < expected) {
                return OVERLAP;
            }
            if (first > expected) {
                missingFrom = expected;
                missingSamples = first - expected;
                verdict = JUMP;
            }
        }
        started = true;
        expected = block.nextSampleIndex();
        return verdict;
    }

    /** After {@link #JUMP}: the first missing sample index. */
    public long missingFrom() {
        return missingFrom;
    }

    /** After {@link #JUMP}: how many samples are missing. */
    public long missingSamples() {
        return missingSamples;
    }

    /** Where the next block must start (0 before the first block). */
    public long expected() {
        return expected;
    }
}
