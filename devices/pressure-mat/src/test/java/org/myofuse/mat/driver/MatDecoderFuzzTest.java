package org.myofuse.mat.driver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.myofuse.api.stream.StreamInfo;
import org.myofuse.mat.protocol.Mat;
import org.myofuse.mat.protocol.MatDecoder;
import org.myofuse.mat.protocol.MatFrameSink;
import org.myofuse.mat.protocol.MatIdentity;
import org.myofuse.api.serial.PortStatistics;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.myofuse.testkit.CheckingPublisher;

/**
 * Coverage-guided fuzzing of the decoder and the stream assembler. In a normal build the inputs in
 * src/test/resources/org/myofuse/mat/driver/MatDecoderFuzzTestInputs/ run as regression tests;
 * {@code JAZZER_FUZZ=1 mvn -pl devices/pressure-mat test -Dtest=MatDecoderFuzzTest} fuzzes. The first
 * input byte picks the read size, the second the mat (2 x 2 or 3 x 2), the rest is the wire.
 */
class MatDecoderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void decodesAnyBytesWithoutCrashingAndKeepsTheStreamConsistent(byte[] input) {
        if (input.length < 2) {
            return;
        }
        int readSize = 1 + (input[0] & 0xFF) * 8;
        int rows = (input[1] & 1) == 0 ? 2 : 3;
        var identity = new MatIdentity(1, rows, 2, 100, 10, 10, 0.1f, 10, "f", "f", "f", "f");
        var publisher = checkingPublisher(identity);
        var stats = new PortStatistics();
        var stream = new MatStream(publisher, stats, identity);
        var checks = new CheckingSink(stream);
        var decoder = new MatDecoder(checks);
        long t = 0;
        for (int at = 2; at < input.length; at += readSize) {
            int n = Math.min(readSize, input.length - at);
            decoder.accept(input, at, n, t);
            t += 10_000_000L;
        }
        var s = stats.snapshot();
        assertTrue(checks.bytes + s.skippedBytes() <= input.length - 2,
                "accepted frames and skipped bytes never exceed the input");
        assertTrue(s.frames() <= checks.dataFrames && checks.dataFrames - s.frames() <= s.rejectedFrames(),
                "every data frame is published or counted as rejected");
    }

    /** Checks every frame the decoder accepts before handing it on. */
    private static final class CheckingSink implements MatFrameSink {
        private final MatStream next;
        long dataFrames;
        long bytes;

        CheckingSink(MatStream next) {
            this.next = next;
        }

        @Override
        public void frame(MatDecoder.Frame f, long arrivalNanos) {
            bytes += Mat.OVERHEAD_BYTES + f.payloadLength();
            if (f.type() == Mat.TYPE_DATA) {
                assertTrue(Mat.validGeometry(f.rows(), f.columns()), "geometry");
                assertTrue(f.payloadLength() == Mat.dataPayload(f.rows(), f.columns()), "length matches geometry");
                byte[] p = f.payload();
                assertTrue(p.length == f.payloadLength());
                dataFrames++;
                next.frame(f, arrivalNanos);
            }
        }

        @Override
        public void rejected() {
            next.rejected();
        }

        @Override
        public void skipped(int n) {
            assertTrue(n >= 0);
            next.skipped(n);
        }

        @Override
        public void resynced() {
            next.resynced();
        }
    }

    private static CheckingPublisher checkingPublisher(MatIdentity identity) {
        return new CheckingPublisher(new StreamInfo(0, "fuzz", MatLayout.descriptor(identity, ""), MatStream.MAX_BLOCK_FRAMES, 0));
    }
}
