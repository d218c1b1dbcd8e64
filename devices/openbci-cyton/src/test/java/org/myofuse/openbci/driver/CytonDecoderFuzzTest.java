package org.myofuse.openbci.driver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.openbci.protocol.Cyton;
import org.myofuse.openbci.protocol.CytonDecoder;
import org.myofuse.openbci.protocol.CytonPacketSink;
import org.myofuse.testkit.Configs;
import org.myofuse.api.serial.PortStatistics;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.myofuse.testkit.CheckingPublisher;

/**
 * Coverage-guided fuzzing of the decoder and the stream assembler. In a normal build the inputs in
 * src/test/resources/org/myofuse/openbci/driver/CytonDecoderFuzzTestInputs/ run as regression tests;
 * {@code JAZZER_FUZZ=1 mvn -pl devices/openbci-cyton test -Dtest=CytonDecoderFuzzTest} fuzzes (see
 * the module README.md). The first input byte picks the read size, the rest is the wire.
 */
class CytonDecoderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void decodesAnyBytesWithoutCrashingAndKeepsTheStreamConsistent(byte[] input) {
        if (input.length == 0) {
            return;
        }
        boolean daisy = (input[0] & 0x80) != 0;
        int readSize = 1 + (input[0] & 0x7F);
        var layout = CytonLayout.of(Configs.with(CytonConfig.class, Map.of("daisy", daisy)));
        var publisher = checkingPublisher(layout);
        var stats = new PortStatistics();
        var stream = new CytonStream(publisher, stats, layout);
        var checks = new CheckingSink(stream);
        var decoder = new CytonDecoder(checks);
        long t = 0;
        for (int at = 1; at < input.length; at += readSize) {
            int n = Math.min(readSize, input.length - at);
            decoder.accept(input, at, n, t);
            stream.flush();
            t += 4_000_000L * Math.max(1, n / Cyton.PACKET_BYTES);
        }
        var s = stats.snapshot();
        assertTrue(s.frames() * Cyton.PACKET_BYTES + s.skippedBytes() <= input.length - 1,
                "accepted packets and skipped bytes never exceed the input");
        // the assembler drops repeated packets (same counter, no time for a wrap) as rejected frames
        assertTrue(s.frames() <= checks.packets && checks.packets - s.frames() <= s.rejectedFrames(),
                "every decoded packet is published or counted as rejected");
    }

    /** Checks every packet the decoder accepts before handing it on. */
    private static final class CheckingSink implements CytonPacketSink {
        private final CytonPacketSink next;
        long packets;

        CheckingSink(CytonPacketSink next) {
            this.next = next;
        }

        @Override
        public void packet(CytonDecoder.Packet p, long arrivalNanos) {
            assertTrue(Cyton.isFooter(p.footer()), "footer");
            for (int ch = 0; ch < Cyton.CHANNELS; ch++) {
                assertTrue(p.count(ch) >= -(1 << 23) && p.count(ch) < (1 << 23), "24-bit count");
            }
            packets++;
            next.packet(p, arrivalNanos);
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

    private static CheckingPublisher checkingPublisher(CytonLayout layout) {
        return new CheckingPublisher(new StreamInfo(0, "fuzz", new DeviceDescriptor(CytonDriver.TYPE_ID, "OpenBCI", "Cyton", "v3", "x",
                    layout.channels(), null), CytonStream.MAX_BLOCK_FRAMES, 0));
    }
}
