package org.myofuse.line.driver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.line.protocol.LineDecoder;
import org.myofuse.testkit.Configs;
import org.myofuse.testkit.BlockRecorder;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.api.serial.PortStatistics;

/**
 * The decoder and the stream assembler on a real bus, fed the way the reader thread feeds them (one
 * call per read, flushed after each), with arrival times chosen by the test.
 */
final class StreamHarness implements AutoCloseable {

    /** Waits for other threads: polls every 5 ms, fails naming what was awaited after 10 s. */
    private static final ConditionFactory WAIT = Awaitility.with().pollInterval(Duration.ofMillis(5))
            .atMost(Duration.ofSeconds(10));

    final LineLayout layout;
    final RingStreamBus bus = new RingStreamBus(new MonotonicSessionClock());
    final BlockRecorder recorder = new BlockRecorder();
    final PortStatistics stats = new PortStatistics();
    final SamplePublisher publisher;
    final LineStream stream;
    final LineDecoder decoder;

    StreamHarness(Map<String, ?> config) {
        layout = LineLayout.of(Configs.with(LineDeviceConfig.class, config));
        bus.subscribe("recorder", recorder, 65536);
        publisher = bus.openStream("line", new DeviceDescriptor(LineDeviceDriver.TYPE_ID, "generic", "test", "x", "x",
                layout.descriptors(), null), LineStream.MAX_BLOCK_FRAMES);
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
        bus.closeStream(publisher, "end of test");
        WAIT.alias("stream closed at the recorder").until(() -> !recorder.closedReasons().isEmpty());
        return recorder;
    }

    @Override
    public void close() {
        bus.close();
    }
}
