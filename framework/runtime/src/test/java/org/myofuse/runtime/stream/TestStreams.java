package org.myofuse.runtime.stream;

import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;

/** Descriptors and block writers shared by the bus tests. */
public final class TestStreams {

    private TestStreams() {
    }

    public static DeviceDescriptor descriptor(String typeId, int channels) {
        List<ChannelDescriptor> list = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            list.add(new ChannelDescriptor("ch" + c, "uV", 1000.0, "", -1000.0, 1000.0, 0.1));
        }
        return new DeviceDescriptor(typeId, "Test", "model", "1.0", "0001", list, null);
    }

    /**
     * Publishes {@code frames} frames starting at {@code first}; channel c of frame f carries the value
     * {@code first + f + c / 100}, so a consumer can check that the payload arrived intact.
     */
    public static void publish(SamplePublisher publisher, long first, int frames) {
        SampleBlock block = publisher.block();
        int channels = block.channels();
        float[] samples = block.samples();
        for (int f = 0; f < frames; f++) {
            for (int c = 0; c < channels; c++) {
                samples[f * channels + c] = valueOf(first + f, c);
            }
        }
        block.setSamples(first, frames, first * 1000, 0);
        publisher.publish();
    }

    public static float valueOf(long sampleIndex, int channel) {
        return sampleIndex + channel / 100f;
    }
}
