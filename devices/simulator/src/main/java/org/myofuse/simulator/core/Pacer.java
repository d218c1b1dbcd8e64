package org.myofuse.simulator.core;

/**
 * Real-time schedule of a simulated stream: frame {@code n} after the start is due
 * {@code n / rate} seconds after it. Deadlines are absolute (computed from the start, never from the
 * previous wake-up), so oversleeping is caught up and never accumulates as drift. Exact integer
 * arithmetic: no rounding drift and no overflow for centuries of samples.
 */
public final class Pacer {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long framesPerSecond;
    private final int blockFrames;
    private final long maxLagFrames;

    /**
     * @param framesPerSecond frame rate, Hz
     * @param blockFrames     frames per block
     * @param maxLagNanos     how far behind the schedule the stream may fall before the backlog is
     *                        given up (a suspended machine, not a late wake-up)
     */
    public Pacer(long framesPerSecond, int blockFrames, long maxLagNanos) {
        if (framesPerSecond < 1 || blockFrames < 1 || maxLagNanos < 0) {
            throw new IllegalArgumentException("pacer needs a positive rate and block size, was " + framesPerSecond
                    + " Hz and " + blockFrames + " frames");
        }
        this.framesPerSecond = framesPerSecond;
        this.blockFrames = blockFrames;
        this.maxLagFrames = framesAt(maxLagNanos);
    }

    public int blockFrames() {
        return blockFrames;
    }

    /** Nanoseconds after the start at which {@code frames} frames have become due. */
    public long nanosFor(long frames) {
        long seconds = frames / framesPerSecond;
        long rest = frames % framesPerSecond;
        return seconds * NANOS_PER_SECOND + rest * NANOS_PER_SECOND / framesPerSecond;
    }

    /** Frames due {@code elapsedNanos} after the start (rounded down). */
    public long framesAt(long elapsedNanos) {
        long seconds = elapsedNanos / NANOS_PER_SECOND;
        long rest = elapsedNanos % NANOS_PER_SECOND;
        return seconds * framesPerSecond + rest * framesPerSecond / NANOS_PER_SECOND;
    }

    /** Nanoseconds after the start at which the block following {@code produced} frames is complete. */
    public long nextBlockDue(long produced) {
        return nanosFor(produced + blockFrames);
    }

    /**
     * Whole blocks to give up when the stream has produced {@code produced} frames but
     * {@code elapsedNanos} have passed: 0 while the backlog is within the allowed lag, else enough
     * blocks to bring the backlog back to one block.
     *
     * @return frames to skip, a multiple of the block size
     */
    public long framesToSkip(long produced, long elapsedNanos) {
        long backlog = framesAt(elapsedNanos) - produced;
        if (backlog <= maxLagFrames) {
            return 0;
        }
        return (backlog - blockFrames) / blockFrames * blockFrames;
    }
}
