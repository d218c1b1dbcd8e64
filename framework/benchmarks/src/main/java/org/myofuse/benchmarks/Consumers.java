package org.myofuse.benchmarks;

import java.util.concurrent.atomic.AtomicLongArray;

import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;

/** Consumers that do allocation-free work typical of the real ones. */
final class Consumers {

    private Consumers() {
    }

    /** Counts deliveries per stream (ids 0..15) so a harness can pace producers to the slowest consumer. */
    abstract static class Counted implements StreamConsumer {
        private final AtomicLongArray delivered = new AtomicLongArray(16);

        @Override
        public final void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
            consume(block, endOfBatch);
            int id = block.stream().streamId();
            delivered.lazySet(id, delivered.get(id) + 1);
        }

        abstract void consume(SampleBlock block, boolean endOfBatch);

        long delivered(int streamId) {
            return delivered.get(streamId);
        }
    }

    /** Like fusion: reads one value per frame of every stream. */
    static final class Fusion extends Counted {
        volatile double sink;
        private double sum;

        @Override
        void consume(SampleBlock block, boolean endOfBatch) {
            float[] s = block.samples();
            int channels = block.channels();
            for (int f = 0; f < block.frames(); f++) {
                sum += s[f * channels];
            }
            if (endOfBatch) {
                sink = sum;
            }
        }
    }

    /** Like the recorder: copies every block into its own (preallocated) batch buffer. */
    static final class Recorder extends Counted {
        private final float[] batch = new float[1 << 16];
        private int position;
        volatile int flushed;

        @Override
        void consume(SampleBlock block, boolean endOfBatch) {
            int n = block.frames() * block.channels();
            if (position + n > batch.length) {
                position = 0;
            }
            System.arraycopy(block.samples(), 0, batch, position, n);
            position += n;
            if (endOfBatch) {
                flushed = position;
            }
        }
    }

    /** Like a display: per-channel peak of each block. */
    static final class Display extends Counted {
        private final float[] peaks = new float[1024];
        volatile float sink;

        @Override
        void consume(SampleBlock block, boolean endOfBatch) {
            float[] s = block.samples();
            int channels = block.channels();
            for (int c = 0; c < channels; c++) {
                float peak = 0;
                for (int f = 0; f < block.frames(); f++) {
                    peak = Math.max(peak, Math.abs(s[f * channels + c]));
                }
                peaks[c] = peak;
            }
            if (endOfBatch) {
                sink = peaks[0];
            }
        }
    }

    /**
     * Records the one-way hop (publish start, stamped as the block's arrival time in raw
     * {@link System#nanoTime()}, to the start of onEvent) and signals the block as seen.
     */
    static final class Latch implements StreamConsumer {
        final Histogram hops = new Histogram();
        volatile long seen;

        @Override
        public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
            hops.record(System.nanoTime() - block.arrivalNanos());
            seen = sequence + 1;
        }
    }
}
