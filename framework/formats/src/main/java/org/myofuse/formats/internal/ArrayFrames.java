package org.myofuse.formats.internal;

import org.myofuse.api.recording.FrameReader;
import org.myofuse.api.recording.FrameSource;

import java.util.Arrays;

/**
 * Frames held in memory, frame-major. Used by the importers and in tests; the store feeds its
 * chunks through its own {@link FrameSource} instead.
 */
public final class ArrayFrames implements FrameSource {

    private final float[] samples;
    private final int channels;
    private final long frames;

    /** Wraps (does not copy) the first {@code frames * channels} values of {@code samples}. */
    public ArrayFrames(float[] samples, int channels, int frames) {
        if (channels < 1 || frames < 0 || (long) frames * channels > samples.length) {
            throw new IllegalArgumentException("array of " + samples.length + " values cannot hold " + frames
                    + " frames of " + channels + " channels");
        }
        this.samples = samples;
        this.channels = channels;
        this.frames = frames;
    }

    public long frames() {
        return frames;
    }

    /** Value of one channel in one frame. */
    public float sample(int frame, int channel) {
        return samples[frame * channels + channel];
    }

    @Override
    public FrameReader open() {
        return new FrameReader() {
            private long next;

            @Override
            public int read(float[] into, int offsetFrames, int maxFrames) {
                if (next >= frames) {
                    return -1;
                }
                int n = (int) Math.min(maxFrames, frames - next);
                System.arraycopy(samples, (int) (next * channels), into, offsetFrames * channels, n * channels);
                next += n;
                return n;
            }
        };
    }

    /** Collects frames of a known channel count, growing as needed; for importers. */
    public static final class Builder {
        private final int channels;
        private float[] data;
        private int frames;

        public Builder(int channels) {
            this.channels = channels;
            this.data = new float[channels * 1024];
        }

        /** Appends one frame; {@code frame.length} must equal the channel count. */
        public void add(float[] frame) {
            if ((frames + 1L) * channels > data.length) {
                long grown = Math.max(data.length * 2L, (frames + 1L) * channels);
                if (grown > Integer.MAX_VALUE - 8) {
                    throw new IllegalStateException("more than " + frames + " frames do not fit in memory");
                }
                data = Arrays.copyOf(data, (int) grown);
            }
            System.arraycopy(frame, 0, data, frames * channels, channels);
            frames++;
        }

        public int frames() {
            return frames;
        }

        public ArrayFrames build() {
            return new ArrayFrames(data, channels, frames);
        }
    }
}
