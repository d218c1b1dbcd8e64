package org.myofuse.simulator.core;

/**
 * A deterministic multi-channel signal: the value of every sample is a function of the generator's
 * settings and the sample index only, never of wall time or of how the calls were split.
 *
 * <p>Subclasses compute one frame at a time. A subclass that keeps state across frames (a filter)
 * says so with {@code stateful}; the base class then replays from the start when asked for an
 * earlier index and runs forward when asked to skip, so random access still returns exactly what a
 * contiguous run would. Contiguous calls, the normal case, cost nothing extra.
 *
 * <p>Not thread-safe: one caller at a time (the driver's thread, or a test).
 */
public abstract class FrameSignal {

    private final int channels;
    private final double sampleRateHz;
    private final boolean stateful;
    private final float[] discard;
    private final long wholeRate;
    private long position;
    private long anchorIndex;
    private long anchorNanos;

    protected FrameSignal(int channels, double sampleRateHz, boolean stateful) {
        this.channels = channels;
        this.sampleRateHz = sampleRateHz;
        this.stateful = stateful;
        this.discard = new float[channels];
        this.wholeRate = sampleRateHz == Math.rint(sampleRateHz) ? (long) sampleRateHz : 0;
    }

    /** Number of channels per frame. */
    public final int channels() {
        return channels;
    }

    /** Frames per second. */
    public final double sampleRateHz() {
        return sampleRateHz;
    }

    /**
     * Writes {@code frames} frames, frame-major, into {@code out} starting at index 0, for sample
     * indices {@code firstIndex ..  firstIndex + frames - 1}. Allocates nothing.
     *
     * @return {@link org.myofuse.api.stream.Quality} flags for the block: CLIPPED if any value was
     *         outside its channel's range, else 0
     * @throws IllegalArgumentException if the index is negative or {@code out} is too small
     */
    public final int fill(float[] out, long firstIndex, int frames) {
        if (firstIndex < 0) {
            throw new IllegalArgumentException("sample index must not be negative, was " + firstIndex);
        }
        if (frames < 0 || (long) frames * channels > out.length) {
            throw new IllegalArgumentException(frames + " frames of " + channels + " channels do not fit in "
                    + out.length + " values");
        }
        if (stateful) {
            seek(firstIndex);
        }
        int quality = 0;
        for (int f = 0; f < frames; f++) {
            quality |= frame(out, f * channels, firstIndex + f);
        }
        position = firstIndex + frames;
        return quality;
    }

    private void seek(long index) {
        if (index < position) {
            resetState();
            position = 0;
        }
        while (position < index) {
            frame(discard, 0, position++);
        }
    }

    /**
     * Ties sample index {@code index} to the session time {@code sessionNanos} at which it is due, for
     * signals that follow what happens in the session ({@link #sessionNanosAt}); later indices are due
     * at the signal's rate after it. The streaming thread calls it whenever it starts; a signal that
     * plays a fixed scenario ignores it.
     */
    public final void anchor(long index, long sessionNanos) {
        anchorIndex = index;
        anchorNanos = sessionNanos;
    }

    /** Session time at which sample {@code index} is due, nanoseconds (see {@link #anchor}). */
    protected final long sessionNanosAt(long index) {
        long frames = index - anchorIndex;
        if (wholeRate > 0) {
            return anchorNanos + Math.floorDiv(frames, wholeRate) * 1_000_000_000L
                    + Math.floorMod(frames, wholeRate) * 1_000_000_000L / wholeRate;
        }
        return anchorNanos + Math.round(frames * 1e9 / sampleRateHz);
    }

    /** Time of a sample index in seconds from the first sample. */
    protected final double secondsAt(long index) {
        return index / sampleRateHz;
    }

    /**
     * Writes one frame of {@code channels()} values at {@code out[offset..]}.
     *
     * @return quality flags (CLIPPED or 0)
     */
    protected abstract int frame(float[] out, int offset, long index);

    /** Returns any state to what it was before the first frame. Only called on stateful signals. */
    protected void resetState() {
    }
}
