package org.myofuse.testkit;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.runtime.StandaloneHost;
import org.myofuse.api.runtime.StandaloneRuntime;
import org.myofuse.api.stream.SamplePublisher;

/**
 * One stream on the host's real bus with a {@link BlockRecorder} behind it, for tests that feed a
 * driver's decoder and stream assembler by hand, the way its reader thread would, and check what
 * reaches consumers.
 */
public final class RecordingStream implements AutoCloseable {

    private final StandaloneHost host = StandaloneRuntime.load().startHost();
    private final BlockRecorder recorder = new BlockRecorder();
    private final SamplePublisher publisher;

    /** @param recorderSlots ring slots of the recorder's subscription (blocks it may fall behind by) */
    public RecordingStream(DeviceDescriptor descriptor, int maxFramesPerBlock, int recorderSlots) {
        host.bus().subscribe("recorder", recorder, recorderSlots);
        publisher = host.bus().openStream(descriptor.typeId(), descriptor, maxFramesPerBlock);
    }

    /** The stream's publisher: the driver's end. */
    public SamplePublisher publisher() {
        return publisher;
    }

    /** What reached the consumer so far. */
    public BlockRecorder recorder() {
        return recorder;
    }

    /** Ends the stream and waits (at most 10 s) until the recorder has received everything published. */
    public BlockRecorder settle() {
        host.bus().closeStream(publisher, "end of test");
        Awaitility.await("stream closed at the recorder").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(5)).until(() -> !recorder.closedReasons().isEmpty());
        return recorder;
    }

    @Override
    public void close() {
        host.close();
    }
}
