package org.myofuse.iastm.driver;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.iastm.protocol.IastmDecoder;
import org.myofuse.iastm.protocol.IastmEncoder;
import org.myofuse.iastm.protocol.IdentifyInfo;
import org.myofuse.testkit.BlockRecorder;
import org.myofuse.testkit.RecordingStream;
import org.myofuse.api.serial.PortStatistics;

/**
 * The decoder, the router and the stream assembler on a real bus, fed the way the reader thread feeds
 * them (one call per read, flushed after each), with arrival times chosen by the test.
 */
final class StreamHarness implements AutoCloseable {

    static final long FRAME_NANOS = 1_000_000;
    static final IdentifyInfo TOOL = new IdentifyInfo(1, 1000, 50_000_000, 150_000_000, 1_000, true, "Acme",
            "F3", "2.0", "SN1");

    final IastmLayout layout;
    final RecordingStream bus;
    final BlockRecorder recorder;
    final PortStatistics stats = new PortStatistics();
    final List<String> replies = new ArrayList<>();
    final SamplePublisher publisher;
    final IastmStream stream;
    final IastmDecoder decoder;

    StreamHarness(boolean orientation) {
        layout = new IastmLayout(TOOL, orientation);
        bus = new RecordingStream(new DeviceDescriptor(IastmDriver.TYPE_ID, "Acme", "F3", "2.0", "SN1",
                layout.channels(), null), IastmStream.MAX_BLOCK_FRAMES, 65536);
        recorder = bus.recorder();
        publisher = bus.publisher();
        stream = new IastmStream(publisher, stats, layout);
        var router = new FrameRouter(stats, (type, b, off, len) -> replies.add(type + ":" + len));
        router.stream(stream);
        router.streaming(true);
        decoder = new IastmDecoder(router);
    }

    /** One read of the reader thread. */
    void read(byte[] bytes, long arrivalNanos) {
        decoder.accept(bytes, 0, bytes.length, arrivalNanos);
        stream.flush();
    }

    /** Ends the stream and waits until the recorder has received everything published. */
    BlockRecorder settle() {
        return bus.settle();
    }

    @Override
    public void close() {
        bus.close();
    }

    /** Frames built by the encoder. */
    static final class Frames {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Frames add(int sequence, long timeMicros, int[] force, int[] quaternion) {
            byte[] f = new byte[IastmEncoder.MAX_FRAME_BYTES];
            int n = IastmEncoder.data(f, 0, sequence & 0xFFFF, timeMicros & 0xFFFF_FFFFL, force, quaternion);
            out.write(f, 0, n);
            return this;
        }

        /** Frame {@code k}: sequence k, time k ms, distinct forces. */
        Frames add(long k) {
            return add((int) k, k * 1000, force(k), null);
        }

        Frames raw(byte... bytes) {
            out.writeBytes(bytes);
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }

    /** Three distinct forces in micronewtons derived from {@code k}, some negative. */
    static int[] force(long k) {
        return new int[] {(int) (k * 1_237 % 40_000_000) - 3_000_000, -(int) (k * 911 % 9_000_000),
            (int) (k * 7_919 % 120_000_000) + 17};
    }

    static byte[] frame(long k) {
        return new Frames().add(k).bytes();
    }
}
