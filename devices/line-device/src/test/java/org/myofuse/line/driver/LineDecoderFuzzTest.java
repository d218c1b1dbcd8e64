package org.myofuse.line.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.testkit.CheckingPublisher;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.line.protocol.LineDecoder;
import org.myofuse.line.protocol.LineSink;
import org.myofuse.testkit.Configs;
import org.myofuse.api.serial.PortStatistics;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the line decoder and the stream assembler. In a normal build the inputs in
 * src/test/resources/org/myofuse/line/driver/LineDecoderFuzzTestInputs/ run as regression tests;
 * {@code JAZZER_FUZZ=1 mvn -pl devices/line-device test -Dtest=LineDecoderFuzzTest} fuzzes. The first
 * input byte picks the read size (low 6 bits), the format (bit 6) and the separator (bit 7: whitespace
 * instead of comma); the rest is the wire, read at 100 Hz arrival times.
 */
class LineDecoderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void decodesAnyBytesWithoutCrashingAndKeepsTheStreamConsistent(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int readSize = 1 + (input[0] & 0x3F);
        var layout = LineLayout.of(Configs.with(LineDeviceConfig.class, Map.of("channelNames", "fz,fx,temp",
                "format", (input[0] & 0x40) != 0 ? "keyValue" : "values",
                "separator", (input[0] & 0x80) != 0 ? "whitespace" : "comma", "maxLineLength", 64, "rateHz", 100.0)));
        var publisher = checkingPublisher(layout);
        var stats = new PortStatistics();
        var stream = new LineStream(publisher, stats, layout);
        var checks = new CheckingSink(stream);
        var decoder = new LineDecoder(layout.syntax(), checks);
        long t = 0;
        for (int at = 1; at < input.length; at += readSize) {
            int n = Math.min(readSize, input.length - at);
            decoder.accept(input, at, n, t);
            stream.flush(t);
            t += 10_000_000L * (1 + (input[at] & 0x0F)); // irregular arrivals, sometimes long silences
        }
        stream.drain();
        var s = stats.snapshot();
        assertEquals(checks.lines, s.frames(), "every accepted line is one frame");
        assertEquals(checks.lines, publisher.frames(), "every frame published");
        assertTrue(checks.lines * 6 + checks.rejected * 1 <= input.length, "a line is at least 5 bytes and a terminator");
    }

    /** Checks every line the decoder accepts before handing it on. */
    private static final class CheckingSink implements LineSink {
        private final LineSink next;
        long lines;
        long rejected;

        CheckingSink(LineSink next) {
            this.next = next;
        }

        @Override
        public void sample(double[] values, long arrivalNanos) {
            for (double v : values) {
                assertTrue(Double.isFinite(v), "finite value");
            }
            lines++;
            next.sample(values, arrivalNanos);
        }

        @Override
        public void rejected(LineDecoder.Rejection why, int bytes) {
            assertTrue(bytes > 0);
            rejected++;
            next.rejected(why, bytes);
        }

        @Override
        public void ignored(int bytes) {
            next.ignored(bytes);
        }
    }

    /** Line devices may print values beyond float range, which become infinities; only NaN is refused. */
    private static CheckingPublisher checkingPublisher(LineLayout layout) {
        return new CheckingPublisher(new StreamInfo(0, "fuzz", new DeviceDescriptor(LineDeviceDriver.TYPE_ID, "generic",
                "fuzz", "x", "x", layout.descriptors(), null), LineStream.MAX_BLOCK_FRAMES, 0), false);
    }
}
