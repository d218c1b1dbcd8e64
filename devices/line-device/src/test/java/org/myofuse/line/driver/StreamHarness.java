package org.myofuse.line.driver;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.line.protocol.LineDecoder;
import org.myofuse.testkit.Configs;
import org.myofuse.testkit.BlockRecorder;
import org.myofuse.testkit.RecordingStream;
import org.myofuse.api.serial.PortStatistics;

/**
 * The decoder and the stream assembler on a real bus, fed the way the reader thread feeds them (one
 * call per read, flushed after each), with arrival times chosen by the test.
 */
final class StreamHarness implements AutoCloseable {

    final LineLayout layout;
    final RecordingStream bus;
    final BlockRecorder recorder;
    final PortStatistics stats = new PortStatistics();
    final SamplePublisher publisher;
    final LineStream stream;
    final LineDecoder decoder;

    StreamHarness(Map<String, ?> config) {
        layout = LineLayout.of(Configs.with(LineDeviceConfig.class, config));
        bus = new RecordingStream(new DeviceDescriptor(LineDeviceDriver.TYPE_ID, "generic", "test", "x", "x",
                layout.descriptors(), null), LineStream.MAX_BLOCK_FRAMES, 65536);
        recorder = bus.recorder();
        publisher = bus.publisher();
        stream = new LineStream(publisher, stats, layout);
        decoder = new LineDecoder(layout.syntax(), stream);
    }

    /** One read of the reader thread. */
    void read(String text, long arrivalNanos) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        decoder.accept(bytes, 0, bytes.length, arrivalNanos);
        stream.flush(arrivalNanos);
    }

    /** Ends the stream and waits until the recorder has received everything published. */
    BlockRecorder settle() {
        stream.drain();
        return bus.settle();
    }

    @Override
    public void close() {
        bus.close();
    }
}
