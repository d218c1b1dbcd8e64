package org.myofuse.iastm.driver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.iastm.protocol.Iastm;
import org.myofuse.iastm.protocol.IastmDecoder;
import org.myofuse.iastm.protocol.IastmFrameSink;
import org.myofuse.api.serial.PortStatistics;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.myofuse.testkit.CheckingPublisher;

/**
 * Coverage-guided fuzzing of the decoder, router and stream assembler. In a normal build the inputs in
 * src/test/resources/org/myofuse/iastm/driver/IastmDecoderFuzzTestInputs/ run as regression tests;
 * {@code JAZZER_FUZZ=1 mvn -pl devices/iastm-force test -Dtest=IastmDecoderFuzzTest} fuzzes. The first
 * input byte picks orientation (top bit) and the read size, the rest is the wire.
 */
class IastmDecoderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void decodesAnyBytesWithoutCrashingAndKeepsTheStreamConsistent(byte[] input) {
        if (input.length == 0) {
            return;
        }
        boolean orientation = (input[0] & 0x80) != 0;
        int readSize = 1 + (input[0] & 0x7F);
        var layout = new IastmLayout(StreamHarness.TOOL, orientation);
        var publisher = checkingPublisher(layout);
        var stats = new PortStatistics();
        var stream = new IastmStream(publisher, stats, layout);
        var router = new FrameRouter(stats, (type, b, off, len) -> assertTrue(len >= 0 && off + len <= b.length));
        router.stream(stream);
        router.streaming(true);
        var checks = new CheckingSink(router);
        var decoder = new IastmDecoder(checks);
        long t = 0;
        for (int at = 1; at < input.length; at += readSize) {
            int n = Math.min(readSize, input.length - at);
            decoder.accept(input, at, n, t);
            stream.flush();
            t += 1_000_000L * Math.max(1, n / 25);
        }
        var s = stats.snapshot();
        assertTrue(checks.frameBytes + s.skippedBytes() <= input.length - 1,
                "accepted frames and skipped bytes never exceed the input");
        assertTrue(s.frames() <= checks.dataFrames && checks.dataFrames - s.frames() <= s.rejectedFrames(),
                "every decoded data frame is published or counted as rejected");
    }

    /** Checks every frame the decoder accepts before handing it on. */
    private static final class CheckingSink implements IastmFrameSink {
        private final IastmFrameSink next;
        long dataFrames;
        long frameBytes;

        CheckingSink(IastmFrameSink next) {
            this.next = next;
        }

        @Override
        public void data(IastmDecoder.DataFrame f, long arrivalNanos) {
            assertTrue(f.sequence() >= 0 && f.sequence() <= 0xFFFF, "sequence");
            assertTrue(f.timeMicros() >= 0 && f.timeMicros() <= 0xFFFF_FFFFL, "time");
            dataFrames++;
            frameBytes += Iastm.OVERHEAD_BYTES + (f.hasOrientation() ? Iastm.DATA_LENGTH_ORIENTED : Iastm.DATA_LENGTH);
            next.data(f, arrivalNanos);
        }

        @Override
        public void reply(int type, byte[] payload, int offset, int length) {
            assertTrue(type == Iastm.TYPE_ACK || type == Iastm.TYPE_IDENTIFY_REPLY, "reply type");
            frameBytes += Iastm.OVERHEAD_BYTES + 1 + length;
            next.reply(type, payload, offset, length);
        }

        @Override
        public void rejected() {
            next.rejected();
        }

        @Override
        public void skipped(int bytes) {
            assertTrue(bytes >= 0);
            next.skipped(bytes);
        }

        @Override
        public void resynced() {
            next.resynced();
        }
    }

    private static CheckingPublisher checkingPublisher(IastmLayout layout) {
        return new CheckingPublisher(new StreamInfo(0, "fuzz", new DeviceDescriptor(IastmDriver.TYPE_ID, "Acme", "F3", "2.0", "SN1",
                    layout.channels(), null), IastmStream.MAX_BLOCK_FRAMES, 0));
    }
}
