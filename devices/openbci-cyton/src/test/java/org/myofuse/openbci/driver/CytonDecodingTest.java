package org.myofuse.openbci.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.myofuse.openbci.driver.StreamHarness.PACKET_NANOS;
import static org.myofuse.openbci.driver.StreamHarness.counts;
import static org.myofuse.openbci.driver.StreamHarness.packet;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.Quality;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.openbci.protocol.Cyton;
import org.myofuse.openbci.protocol.CytonEncoder;
import org.myofuse.testkit.BlockRecorder;
import org.myofuse.api.serial.PortStatistics;

/**
 * The decoder and the stream assembler on packets built by the encoder, on a real bus: every footer,
 * scaling, Daisy pairing, the counter wrap and long gaps, and every kind of damage, with exact counts
 * of rejected frames and gaps.
 */
class CytonDecodingTest {

    private static final Map<String, Object> PLAIN = Map.of("accelerometer", false);

    private static float uv(int count, double scale) {
        return (float) (count * scale);
    }

    private static float[] expected(StreamHarness h, int[] counts) {
        float[] f = new float[8];
        for (int ch = 0; ch < 8; ch++) {
            f[ch] = uv(counts[ch], h.scale(ch));
        }
        return f;
    }

    /** Feeds packets 0..n-1 (sample number = index mod 256) one read each, 4 ms apart. */
    private static void feedClean(StreamHarness h, int from, int n, long t0) {
        for (int i = from; i < from + n; i++) {
            h.read(packet(i & 0xFF, i), t0 + i * PACKET_NANOS);
        }
    }

    @Test
    void cleanPacketsAreScaledToMicrovoltsExactly() {
        try (var h = new StreamHarness(PLAIN)) {
            feedClean(h, 0, 20, 0);
            BlockRecorder r = h.settle();
            assertEquals(20, r.frames());
            for (int i = 0; i < 20; i++) {
                assertArrayEquals(expected(h, counts(i)), r.frame(i, 8), "frame " + i);
            }
            assertTrue(r.gaps().isEmpty());
            assertEquals(new PortStatistics.Snapshot(0, 20, 0, 0, 0, 0, 0, 0, 0), h.stats.snapshot());
        }
    }

    @Test
    void microvoltsFollowTheGainOfEachChannel() {
        try (var h = new StreamHarness(Map.of("accelerometer", false, "gains", "1,2,4,6,8,12,24,24"))) {
            int[] c = {8_388_607, 1_000_000, -1_000_000, 12345, -1, 0, 1, -8_388_608};
            h.read(new StreamHarness.Packets().add(0, c, null, 0xC0).add(1, 1).bytes(), 0);
            float[] got = h.settle().frame(0, 8);
            int[] gains = {1, 2, 4, 6, 8, 12, 24, 24};
            for (int ch = 0; ch < 8; ch++) {
                double perCount = 4.5 / gains[ch] / 8_388_607 * 1e6;
                assertEquals((float) (c[ch] * perCount), got[ch], "channel " + (ch + 1));
            }
            assertEquals(4.5e6f, got[0], 1e-1f, "full scale at gain 1 is 4.5 V");
            assertEquals(0.02235f, (float) Cyton.microvoltsPerCount(24), 1e-5f);
        }
    }

    @Test
    void twentyFourBitCountsAreSignExtendedAndFullScaleIsFlaggedClipped() {
        try (var h = new StreamHarness(PLAIN)) {
            int[] c = {-1, -8_388_608, 8_388_607, 0x7FFF, -0x8000, 0x800000 - 2, -2, 1};
            h.read(new StreamHarness.Packets().add(0, c, null, 0xC0).add(1, 1).bytes(), 0);
            BlockRecorder r = h.settle();
            assertArrayEquals(expected(h, c), r.frame(0, 8));
            assertTrue(Quality.has(r.blocks().get(0).quality(), Quality.CLIPPED));
        }
    }

    @Test
    void everyFooterC0ToC6IsAcceptedAndBoardTimeComesFromC3ToC6() {
        try (var h = new StreamHarness(PLAIN)) {
            for (int f = 0xC0; f <= 0xC6; f++) {
                byte[] aux = new byte[6];
                if (f >= 0xC3) {
                    CytonEncoder.boardTime(aux, 1, 2, 1_000_000L + f);
                }
                int i = f - 0xC0;
                h.read(new StreamHarness.Packets().add(i, counts(i), aux, f).bytes(), i * PACKET_NANOS);
                h.stream.flush();
            }
            h.read(packet(7, 7), 7 * PACKET_NANOS);
            BlockRecorder r = h.settle();
            assertEquals(8, r.frames());
            List<BlockRecorder.Block> blocks = r.blocks();
            // the first packet of a stream waits for the next start byte to confirm it
            assertEquals(2, blocks.get(0).frames());
            assertEquals(SampleBlock.NO_DEVICE_TIME, blocks.get(0).deviceTimeMicros());
            for (int i = 2; i < 7; i++) {
                int footer = 0xC0 + i;
                long expectedTime = footer >= 0xC3 ? (1_000_000L + footer) * 1000 : SampleBlock.NO_DEVICE_TIME;
                assertEquals(expectedTime, blocks.get(i - 1).deviceTimeMicros(), "footer " + Integer.toHexString(footer));
                assertArrayEquals(expected(h, counts(i)), r.frame(i, 8));
            }
        }
    }

    @Test
    void theAccelerometerComesFromC0PacketsAt25HzAndIsHeldBetween() {
        try (var h = new StreamHarness(Map.of())) {
            for (int i = 0; i < 20; i++) {
                byte[] aux = new byte[6];
                if (i % 10 == 0) {
                    CytonEncoder.accelerometer(aux, 8000 * (i == 0 ? 1 : -1), -1600, 16);
                }
                h.read(new StreamHarness.Packets().add(i, counts(i), aux, 0xC0).bytes(), i * PACKET_NANOS);
            }
            BlockRecorder r = h.settle();
            for (int i = 0; i < 20; i++) {
                float[] f = r.frame(i, 11);
                float x = i < 10 ? 1.0f : -1.0f;
                assertArrayEquals(new float[] {x, -0.2f, 0.002f}, Arrays.copyOfRange(f, 8, 11), "frame " + i);
            }
        }
    }

    @Test
    void theCounterWrapsWithoutAGap() {
        try (var h = new StreamHarness(PLAIN)) {
            feedClean(h, 0, 600, 0);
            BlockRecorder r = h.settle();
            assertEquals(600, r.frames());
            assertTrue(r.gaps().isEmpty());
            assertArrayEquals(expected(h, counts(599)), r.frame(599, 8));
        }
    }

    @Test
    void aGapLongerThanTheCounterWrapIsSizedByArrivalTime() {
        try (var h = new StreamHarness(PLAIN)) {
            feedClean(h, 0, 10, 0);
            // 600 packets (2.4 s, more than two wraps) never arrive.
            feedClean(h, 610, 5, 0);
            BlockRecorder r = h.settle();
            assertEquals(List.of(new GapView(10, 600, GapCause.COUNTER_JUMP)), gaps(r));
            assertArrayEquals(expected(h, counts(610)), r.frame(610, 8));
            assertEquals(15, r.frames());
            assertEquals(600, h.stats.snapshot().gapSamples());
        }
    }

    @Test
    void arrivalJitterWithinHalfAWrapDoesNotInventAGap() {
        try (var h = new StreamHarness(PLAIN)) {
            // a USB adapter batching 100 packets: the first of the batch arrives 400 ms after the last one
            for (int i = 0; i < 200; i++) {
                long t = (i / 100 + 1) * 100 * PACKET_NANOS;
                h.read(packet(i & 0xFF, i), t);
            }
            BlockRecorder r = h.settle();
            assertTrue(r.gaps().isEmpty());
            assertEquals(200, r.frames());
        }
    }

    @ParameterizedTest(name = "cut by {0} bytes")
    @ValueSource(ints = {1, 2, 3, 5, 8, 16, 24, 30, 31})
    void aTruncatedPacketCostsOnlyItselfNotTheCleanPacketAfterIt(int cut) {
        try (var h = new StreamHarness(PLAIN)) {
            feedClean(h, 0, 5, 0);
            byte[] truncated = Arrays.copyOf(packet(5, 5), Cyton.PACKET_BYTES - cut);
            h.read(truncated, 5 * PACKET_NANOS);
            feedClean(h, 6, 5, 0);
            BlockRecorder r = h.settle();
            assertEquals(List.of(new GapView(5, 1, GapCause.REJECTED_FRAME)), gaps(r));
            assertArrayEquals(expected(h, counts(6)), r.frame(6, 8), "the clean packet after the truncated one");
            assertEquals(10, r.frames());
            var s = h.stats.snapshot();
            assertEquals(1, s.rejectedFrames());
            assertEquals(1, s.gaps());
            assertEquals(1, s.resyncs());
            assertTrue(Quality.has(r.blocks().stream().filter(b -> b.first() == 6 && b.kind() == BlockKind.SAMPLES)
                    .findFirst().orElseThrow().quality(), Quality.RESYNCED));
        }
    }

    @Test
    void aRemnantOfOnlyTheStartByteIsSkippedAndTheLossStillShowsAsARejectedFrameGap() {
        try (var h = new StreamHarness(PLAIN)) {
            feedClean(h, 0, 5, 0);
            h.read(new byte[] {(byte) 0xA0}, 5 * PACKET_NANOS);
            feedClean(h, 6, 5, 0);
            BlockRecorder r = h.settle();
            assertEquals(List.of(new GapView(5, 1, GapCause.REJECTED_FRAME)), gaps(r));
            assertEquals(10, r.frames());
            assertEquals(1, h.stats.snapshot().skippedBytes());
        }
    }

    @Test
    void aTruncatedPacketWhoseCutLandsOnAFooterLikeSampleNumberIsStillCaught() {
        try (var h = new StreamHarness(PLAIN)) {
            // packet 0xC2 is cut by 2 bytes: its "footer" position holds the next packet's sample number 0xC3
            feedClean(h, 0xB0, 0x12, 0);
            byte[] all = new StreamHarness.Packets().raw(Arrays.copyOf(packet(0xC2, 0xC2), 31))
                    .add(0xC3, 0xC3).add(0xC4, 0xC4).bytes();
            h.read(all, 0xC4 * PACKET_NANOS);
            BlockRecorder r = h.settle();
            assertEquals(List.of(new GapView(0x12, 1, GapCause.REJECTED_FRAME)), gaps(r));
            assertArrayEquals(expected(h, counts(0xC3)), r.frame(0x13, 8));
            assertEquals(1, h.stats.snapshot().rejectedFrames());
        }
    }

    @Test
    void aBadFooterRejectsOnePacketAndKeepsTheNext() {
        try (var h = new StreamHarness(PLAIN)) {
            byte[] bad = packet(3, 3);
            bad[32] = 0x55;
            var bytes = new StreamHarness.Packets().add(0, 0).add(1, 1).add(2, 2).raw(bad).add(4, 4).add(5, 5).bytes();
            h.read(bytes, 5 * PACKET_NANOS);
            BlockRecorder r = h.settle();
            assertEquals(List.of(new GapView(3, 1, GapCause.REJECTED_FRAME)), gaps(r));
            assertArrayEquals(expected(h, counts(4)), r.frame(4, 8));
            assertEquals(5, r.frames());
            assertEquals(1, h.stats.snapshot().rejectedFrames());
        }
    }

    @Test
    void twoBadFootersInARowAreTwoRejectedFrames() {
        try (var h = new StreamHarness(PLAIN)) {
            byte[] bad3 = packet(3, 3);
            bad3[32] = 0x00;
            byte[] bad4 = packet(4, 4);
            bad4[32] = (byte) 0xFF;
            var bytes = new StreamHarness.Packets().add(0, 0).add(1, 1).add(2, 2).raw(bad3).raw(bad4).add(5, 5).bytes();
            h.read(bytes, 5 * PACKET_NANOS);
            BlockRecorder r = h.settle();
            assertEquals(List.of(new GapView(3, 2, GapCause.REJECTED_FRAME)), gaps(r));
            assertEquals(2, h.stats.snapshot().rejectedFrames());
        }
    }

    @Test
    void garbageBetweenPacketsIsSkippedWithoutLosingOrRejectingAPacket() {
        try (var h = new StreamHarness(PLAIN)) {
            // text, and a stray start byte followed by an impossible sample number
            byte[] junk = "Success: Channel set for 3$$$".getBytes();
            var bytes = new StreamHarness.Packets().add(0, 0).add(1, 1).raw(junk).add(2, 2)
                    .raw(new byte[] {(byte) 0xA0, (byte) 0x80, 1, 2, 3}).add(3, 3).bytes();
            h.read(bytes, 3 * PACKET_NANOS);
            BlockRecorder r = h.settle();
            assertEquals(4, r.frames());
            assertTrue(r.gaps().isEmpty());
            var s = h.stats.snapshot();
            assertEquals(0, s.rejectedFrames());
            assertEquals(junk.length + 5, s.skippedBytes());
            assertEquals(2, s.resyncs());
            for (int i = 0; i < 4; i++) {
                assertArrayEquals(expected(h, counts(i)), r.frame(i, 8));
            }
        }
    }

    @Test
    void bytesSplitAnywhereDecodeExactlyAsWholePackets() {
        byte[] stream = new StreamHarness.Packets().add(0, 0).add(1, 1).add(2, 2).add(3, 3).bytes();
        try (var h = new StreamHarness(PLAIN)) {
            for (int i = 0; i < stream.length; i++) {
                h.read(new byte[] {stream[i]}, i * 100_000L);
            }
            BlockRecorder r = h.settle();
            assertEquals(4, r.frames());
            assertTrue(r.gaps().isEmpty());
            assertArrayEquals(expected(h, counts(3)), r.frame(3, 8));
            assertEquals(0, h.stats.snapshot().rejectedFrames());
        }
    }

    @Test
    void aRepeatedPacketIsRejectedNotPublishedTwice() {
        try (var h = new StreamHarness(PLAIN)) {
            h.read(packet(0, 0), 0);
            h.read(packet(1, 1), PACKET_NANOS);
            h.read(packet(1, 1), PACKET_NANOS + 1000);
            h.read(packet(2, 2), 2 * PACKET_NANOS);
            BlockRecorder r = h.settle();
            assertEquals(3, r.frames());
            assertEquals(1, h.stats.snapshot().rejectedFrames());
        }
    }

    @Test
    void daisyPairsOddAndEvenSampleNumbersIntoSixteenChannelRows() {
        try (var h = new StreamHarness(Map.of("daisy", true, "accelerometer", false))) {
            // an orphan board-2 packet first (sample 0), then rows (1,2), (3,4), a lost 6, rows (7,8)
            int[] samples = {0, 1, 2, 3, 4, 5, 7, 8};
            for (int s : samples) {
                h.read(packet(s, s), s * PACKET_NANOS);
            }
            BlockRecorder r = h.settle();
            assertEquals(3, r.frames());
            assertEquals(List.of(new GapView(2, 1, GapCause.COUNTER_JUMP)), gaps(r));
            float[] row0 = r.frame(0, 16);
            float[] row3 = r.frame(3, 16);
            assertNotNull(row3);
            for (int ch = 0; ch < 8; ch++) {
                assertEquals(uv(counts(1)[ch], h.scale(ch)), row0[ch]);
                assertEquals(uv(counts(2)[ch], h.scale(8 + ch)), row0[8 + ch]);
                assertEquals(uv(counts(7)[ch], h.scale(ch)), row3[ch]);
                assertEquals(uv(counts(8)[ch], h.scale(8 + ch)), row3[8 + ch]);
            }
            assertNull(r.frame(2, 16));
            assertEquals(125.0, h.layout.channels().get(0).sampleRateHz());
        }
    }

    @Test
    void daisyRowsSurviveAReadThatEndsBetweenTheTwoHalves() {
        try (var h = new StreamHarness(Map.of("daisy", true, "accelerometer", false))) {
            h.read(new StreamHarness.Packets().add(1, 1).add(2, 2).add(3, 3).bytes(), 0);
            h.read(new StreamHarness.Packets().add(4, 4).add(5, 5).bytes(), 5 * PACKET_NANOS);
            h.read(new StreamHarness.Packets().add(6, 6).add(7, 7).bytes(), 7 * PACKET_NANOS);
            BlockRecorder r = h.settle();
            assertEquals(3, r.frames());
            assertTrue(r.gaps().isEmpty());
            for (int row = 0; row < 3; row++) {
                float[] f = r.frame(row, 16);
                for (int ch = 0; ch < 8; ch++) {
                    assertEquals(uv(counts(2 * row + 1)[ch], h.scale(ch)), f[ch], "row " + row);
                    assertEquals(uv(counts(2 * row + 2)[ch], h.scale(8 + ch)), f[8 + ch], "row " + row);
                }
            }
        }
    }

    @Test
    void afterAReconnectTheMissingTimeIsOneReconnectGap() {
        try (var h = new StreamHarness(PLAIN)) {
            feedClean(h, 0, 10, 0);
            h.stream.linkRestored();
            h.decoder.reset();
            // the board restarted its counter; 2 s (500 packets) passed
            h.read(new StreamHarness.Packets().add(0, 100).add(1, 101).bytes(), (9 + 500) * PACKET_NANOS);
            BlockRecorder r = h.settle();
            List<GapView> gaps = gaps(r);
            assertEquals(1, gaps.size());
            assertEquals(GapCause.RECONNECT, gaps.get(0).cause());
            assertEquals(10, gaps.get(0).first());
            assertEquals(499, gaps.get(0).samples(), 128.0);
            assertEquals(12, r.frames());
        }
    }

    record GapView(long first, long samples, GapCause cause) {
    }

    private static List<GapView> gaps(BlockRecorder r) {
        return r.gaps().stream().map(b -> new GapView(b.first(), b.gapSamples(), b.cause())).toList();
    }
}
