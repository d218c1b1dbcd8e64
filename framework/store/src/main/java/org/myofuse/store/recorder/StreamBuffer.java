package org.myofuse.store.recorder;

import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamInfo;

/**
 * The frames of one stream not yet written, at most one second of them (one chunk). Allocated when
 * the stream opens; appending copies into the preallocated array and allocates nothing.
 */
final class StreamBuffer {

    static final long NO_INDEX = -1;

    final StreamInfo stream;
    final int channels;
    final int capacityFrames;
    final float[] values;
    /** The stream's key in the sink, or -1 while not stored yet (recording was paused when it opened). */
    long key = -1;
    int frames;
    long firstIndex;
    long firstArrivalNanos;
    long lastArrivalNanos;
    int quality;
    /** System.nanoTime() when the oldest unwritten frame was appended. */
    long oldestNanos;
    /** The device index the next block should start at; -1 before the first block. */
    long nextIndex = NO_INDEX;
    /** While paused: the first index not stored; -1 when nothing is missing. */
    long lostFrom = NO_INDEX;
    /** The first index written in a chunk not yet committed; -1 when everything written is committed. */
    long uncommittedFrom = NO_INDEX;

    StreamBuffer(StreamInfo stream) {
        this.stream = stream;
        this.channels = stream.channels();
        // One second per chunk, but never less than one block.
        this.capacityFrames = Math.max(stream.maxFramesPerBlock(), (int) Math.ceil(stream.sampleRateHz()));
        this.values = new float[capacityFrames * channels];
    }

    /** Appends frames {@code from .. from + count - 1} of {@code block}; the caller checked the room. */
    void append(SampleBlock block, int from, int count, long nowNanos) {
        if (frames == 0) {
            firstIndex = block.firstSampleIndex() + from;
            firstArrivalNanos = block.arrivalNanos();
            quality = 0;
            oldestNanos = nowNanos;
        }
        System.arraycopy(block.samples(), from * channels, values, frames * channels, count * channels);
        frames += count;
        lastArrivalNanos = block.arrivalNanos();
        quality |= block.quality();
    }

    int room() {
        return capacityFrames - frames;
    }

    /** Index one past the buffered frames. */
    long bufferedEnd() {
        return firstIndex + frames;
    }

    void clear() {
        frames = 0;
    }
}
