package org.myofuse.api.stream;

import java.util.Objects;

/**
 * A preallocated slot carrying consecutive frames of one device stream, or an explicit gap.
 *
 * <p>Blocks are mutable and reused: the bus allocates them once per stream and consumer, never per
 * sample. A driver fills the staging block it gets from {@link SamplePublisher#block()} and calls
 * {@link SamplePublisher#publish()}; a consumer reads the block it is handed in
 * {@link StreamConsumer#onEvent} and must copy out what it keeps, because the slot is rewritten after
 * the callback returns.
 *
 * <p>Samples are frame-major: the value of channel {@code c} in frame {@code f} is
 * {@code samples()[f * channels() + c]}, in the channel's unit from its
 * {@link org.myofuse.api.device.ChannelDescriptor}.
 *
 * <p>Not thread-safe: one writer (the driver's thread, or the bus when it copies), then one reader.
 */
public final class SampleBlock {

    /** Marker for "the device sent no timestamp of its own". */
    public static final long NO_DEVICE_TIME = Long.MIN_VALUE;

    private final StreamInfo stream;
    private final float[] samples;
    private BlockKind kind = BlockKind.SAMPLES;
    private long firstSampleIndex;
    private int frames;
    private long arrivalNanos;
    private long deviceTimeMicros = NO_DEVICE_TIME;
    private int quality;
    private long gapSamples;
    private GapCause gapCause;
    private long droppedBefore;

    /** Allocates a block able to hold {@code stream.maxFramesPerBlock()} frames. Called by the bus only. */
    public SampleBlock(StreamInfo stream) {
        this.stream = Objects.requireNonNull(stream, "stream");
        this.samples = new float[stream.maxFramesPerBlock() * stream.channels()];
    }

    /** The stream this block belongs to. */
    public StreamInfo stream() {
        return stream;
    }

    public BlockKind kind() {
        return kind;
    }

    /** Number of channels per frame. */
    public int channels() {
        return stream.channels();
    }

    /** Capacity in frames. */
    public int capacityFrames() {
        return stream.maxFramesPerBlock();
    }

    /** The sample array, frame-major; only the first {@code frames() * channels()} values are valid. */
    public float[] samples() {
        return samples;
    }

    /** Value of one channel in one frame. */
    public float sample(int frame, int channel) {
        return samples[frame * stream.channels() + channel];
    }

    /** Device sample index of the first frame (or of the first missing sample, for a gap). */
    public long firstSampleIndex() {
        return firstSampleIndex;
    }

    /** Number of valid frames; 0 for a gap. */
    public int frames() {
        return frames;
    }

    /** Session time (ns) at which the last byte of this block arrived at the host. */
    public long arrivalNanos() {
        return arrivalNanos;
    }

    /** The device's own timestamp of the first frame in microseconds, or {@link #NO_DEVICE_TIME}. */
    public long deviceTimeMicros() {
        return deviceTimeMicros;
    }

    /** {@link Quality} flags. */
    public int quality() {
        return quality;
    }

    /** Number of missing samples, for a {@link BlockKind#GAP} block; 0 otherwise. */
    public long gapSamples() {
        return gapSamples;
    }

    /** Why samples are missing, for a gap block; {@code null} otherwise. */
    public GapCause gapCause() {
        return gapCause;
    }

    /**
     * Number of blocks of this stream that the bus dropped for this consumer right before this one,
     * because the consumer fell behind. Always 0 in a driver's staging block.
     */
    public long droppedBefore() {
        return droppedBefore;
    }

    /**
     * Marks this block as {@code frames} frames of samples. The driver has written the values into
     * {@link #samples()} before or after this call, in any case before publishing.
     *
     * @throws IllegalArgumentException if {@code frames} is not between 1 and the capacity
     */
    public SampleBlock setSamples(long firstSampleIndex, int frames, long arrivalNanos, int quality) {
        if (frames < 1 || frames > stream.maxFramesPerBlock()) {
            throw new IllegalArgumentException("frames must be 1.." + stream.maxFramesPerBlock() + ", was " + frames);
        }
        this.kind = BlockKind.SAMPLES;
        this.firstSampleIndex = firstSampleIndex;
        this.frames = frames;
        this.arrivalNanos = arrivalNanos;
        this.quality = quality;
        this.gapSamples = 0;
        this.gapCause = null;
        this.deviceTimeMicros = NO_DEVICE_TIME;
        return this;
    }

    /** Sets the device's own timestamp of the first frame, after {@link #setSamples}. */
    public SampleBlock setDeviceTimeMicros(long deviceTimeMicros) {
        this.deviceTimeMicros = deviceTimeMicros;
        return this;
    }

    /**
     * Marks this block as a gap of {@code missingSamples} samples starting at {@code firstMissingIndex}.
     *
     * @throws IllegalArgumentException if {@code missingSamples} is not positive
     */
    public SampleBlock setGap(long firstMissingIndex, long missingSamples, GapCause cause, long arrivalNanos) {
        if (missingSamples < 1) {
            throw new IllegalArgumentException("a gap must miss at least one sample, was " + missingSamples);
        }
        this.kind = BlockKind.GAP;
        this.firstSampleIndex = firstMissingIndex;
        this.frames = 0;
        this.gapSamples = missingSamples;
        this.gapCause = Objects.requireNonNull(cause, "cause");
        this.arrivalNanos = arrivalNanos;
        this.quality = 0;
        this.deviceTimeMicros = NO_DEVICE_TIME;
        return this;
    }

    /** Copies everything but the stream from {@code source} (same stream layout). Used by the bus. */
    public void copyFrom(SampleBlock source, long droppedBefore) {
        if (source.stream.streamId() != stream.streamId()) {
            throw new IllegalArgumentException("cannot copy a block of stream " + source.stream.streamId()
                    + " into a slot of stream " + stream.streamId());
        }
        this.kind = source.kind;
        this.firstSampleIndex = source.firstSampleIndex;
        this.frames = source.frames;
        this.arrivalNanos = source.arrivalNanos;
        this.deviceTimeMicros = source.deviceTimeMicros;
        this.quality = source.quality;
        this.gapSamples = source.gapSamples;
        this.gapCause = source.gapCause;
        this.droppedBefore = droppedBefore;
        System.arraycopy(source.samples, 0, samples, 0, source.frames * stream.channels());
    }

    /** Sample index one past the last frame (or past the gap): where the next block should start. */
    public long nextSampleIndex() {
        return firstSampleIndex + (kind == BlockKind.GAP ? gapSamples : frames);
    }
}
