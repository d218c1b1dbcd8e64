package org.myofuse.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.stream.Quality;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.StreamBus;

/** The three stream shapes Myofuse carries, at their real block sizes. */
public enum Streams {

    /** EMG amplifier: 16 channels at 2 kHz in blocks of 20 frames (100 blocks/s). */
    EMG(16, 2000, 20, null),
    /** Force-sensing IASTM tool: 3 channels at 1 kHz in blocks of 10 frames (100 blocks/s). */
    FORCE(3, 1000, 10, null),
    /** Pressure mat: 32 x 32 cells at 100 Hz, one frame per block (100 blocks/s). */
    MAT(1024, 100, 1, new GridLayout(32, 32, 15, 15));

    final int channels;
    final double rateHz;
    final int framesPerBlock;
    private final GridLayout grid;

    Streams(int channels, double rateHz, int framesPerBlock, GridLayout grid) {
        this.channels = channels;
        this.rateHz = rateHz;
        this.framesPerBlock = framesPerBlock;
        this.grid = grid;
    }

    DeviceDescriptor descriptor() {
        List<ChannelDescriptor> list = new ArrayList<>(channels);
        for (int c = 0; c < channels; c++) {
            list.add(new ChannelDescriptor("c" + c, "uV", rateHz, "", -5000, 5000, 0.01));
        }
        return new DeviceDescriptor("bench-" + name().toLowerCase(), "Myofuse", "Benchmark", "1", "1", list, grid);
    }

    /** Opens a stream of this shape and returns a producer for it (one thread only). */
    Producer open(StreamBus bus) {
        return new Producer(bus.openStream("bench-" + name().toLowerCase(), descriptor(), framesPerBlock), framesPerBlock);
    }

    /** Publishes consecutive blocks; the staging samples are written once (the bus copies them every time). */
    public static final class Producer {
        final SamplePublisher publisher;
        private final SampleBlock block;
        private final int frames;
        private long next;

        Producer(SamplePublisher publisher, int frames) {
            this.publisher = publisher;
            this.block = publisher.block();
            this.frames = frames;
            float[] samples = block.samples();
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (float) Math.sin(i * 0.01);
            }
        }

        /** Blocks published so far. */
        long published() {
            return next / frames;
        }

        /** Publishes one block stamped with {@code arrivalNanos}. */
        void publish(long arrivalNanos) {
            block.setSamples(next, frames, arrivalNanos, Quality.SIMULATED);
            next += frames;
            publisher.publish();
        }
    }
}
