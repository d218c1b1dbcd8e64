package org.myofuse.iastm.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.myofuse.iastm.driver.StreamHarness.FRAME_NANOS;
import static org.myofuse.iastm.driver.StreamHarness.force;
import static org.myofuse.iastm.driver.StreamHarness.frame;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.Quality;
import org.myofuse.iastm.protocol.Iastm;
import org.myofuse.iastm.protocol.IastmEncoder;
import org.myofuse.testkit.BlockRecorder;
import org.myofuse.api.serial.PortStatistics;

/**
 * The decoder, router and stream assembler on frames built by the encoder, on a real bus: scaling,
 * the quaternion, sequence and clock wraps, gaps of every size, and every kind of damage, with exact
 * counts of rejected frames, skipped bytes and gaps.
 */
class IastmDecodingTest {

    private static float[] expected(long k) {
        int[] f = force(k);
        return new float[] {IastmStream.newtons(f[0]), IastmStream.newtons(f[1]), IastmStream.newtons(f[2])};
    }

    private static void feed(StreamHarness h, long from, long to) {
        for (long k = from; k < to; k++) {
            h.read(frame(k), k * FRAME_NANOS);
        }
    }

    private static void assertFrames(BlockRecorder r, long from, long to) {
        for (long k = from; k < to; k++) {
            assertTrue(Arrays.equals(expected(k), r.frame(k, 3)), "frame " + k);
        }
    }

    @Test
    void cleanFramesAreScaledToNewtonsExactly() {
        try (var h = new StreamHarness(false)) {
            feed(h, 0, 25);
            BlockRecorder r = h.settle();
            assertEquals(25, r.frames());
            assertFrames(r, 0, 25);
            assertEquals(12.5f, IastmStream.newtons(12_500_000));
            assertTrue(r.gaps().isEmpty());
            assertEquals(new PortStatistics.Snapshot(0, 25, 0, 0, 0, 0, 0, 0, 0), h.stats.snapshot());
        }
    }

    @Test
    void blocksOfTenCarryTheDeviceTimeUnwrappedAcrossTheSequenceAndClockWraps() {
        try (var h = new StreamHarness(false)) {
            long t0 = 0xFFFF_FFFFL - 9_999;
            var frames = new StreamHarness.Frames();
            for (int k = 0; k < 30; k++) {
                frames.add(65_530 + k, t0 + k * 1000L, force(k), null);
            }
            h.read(frames.bytes(), 0);
            BlockRecorder r = h.settle();
            List<BlockRecorder.Block> blocks = r.blocks();
            assertEquals(3, blocks.size());
            for (int b = 0; b < 3; b++) {
                assertEquals(10, blocks.get(b).frames());
                assertEquals(10L * b, blocks.get(b).first());
                assertEquals(t0 + 10_000L * b, blocks.get(b).deviceTimeMicros(), "block " + b);
            }
            assertFrames(r, 0, 30);
        }
    }

    @Test
    void lostFramesAreOneCounterJumpGapSizedBySequenceNumber() {
        try (var h = new StreamHarness(false)) {
            feed(h, 0, 10);
            feed(h, 15, 20);
            BlockRecorder r = h.settle();
            assertEquals(1, r.gaps().size());
            assertEquals(10, r.gaps().get(0).first());
            assertEquals(5, r.gaps().get(0).gapSamples());
            assertEquals(GapCause.COUNTER_JUMP, r.gaps().get(0).cause());
            assertFrames(r, 0, 10);
            assertFrames(r, 15, 20);
            assertNull(r.frame(12, 3));
            assertEquals(15_000, r.blocks().stream().filter(b -> b.first() == 15).findFirst().orElseThrow()
                    .deviceTimeMicros());
            assertEquals(5, h.stats.snapshot().gapSamples());
        }
    }

    @Test
    void aGapLongerThanTheSequenceWrapIsSizedByTheDeviceClock() {
        try (var h = new StreamHarness(false)) {
            feed(h, 0, 5);
            long next = 5 + 70_000;
            h.read(frame(next), next * FRAME_NANOS);
            BlockRecorder r = h.settle();
            assertEquals(1, r.gaps().size());
            assertEquals(70_000, r.gaps().get(0).gapSamples());
            assertTrue(Arrays.equals(expected(next), r.frame(next, 3)));
        }
    }

    /** Frames 0..4, frame 5 cut after {@code kept} bytes, frames 6..9; in one read or one byte at a time. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 12, 24})
    void aTruncatedFrameCostsOnlyItselfAndIsOneRejectedFrame(int kept) {
        byte[] cut = Arrays.copyOf(frame(5), kept);
        var wire = new StreamHarness.Frames();
        for (int k = 0; k < 5; k++) {
            wire.add(k);
        }
        wire.raw(cut);
        for (int k = 6; k < 10; k++) {
            wire.add(k);
        }
        for (boolean byteAtATime : new boolean[] {false, true}) {
            try (var h = new StreamHarness(false)) {
                byte[] bytes = wire.bytes();
                if (byteAtATime) {
                    for (byte b : bytes) {
                        h.read(new byte[] {b}, 0);
                    }
                } else {
                    h.read(bytes, 0);
                }
                BlockRecorder r = h.settle();
                assertEquals(9, r.frames());
                assertFrames(r, 0, 5);
                assertFrames(r, 6, 10);
                assertEquals(1, r.gaps().size());
                assertEquals(5, r.gaps().get(0).first());
                assertEquals(1, r.gaps().get(0).gapSamples());
                assertEquals(GapCause.REJECTED_FRAME, r.gaps().get(0).cause());
                assertEquals(new PortStatistics.Snapshot(0, 9, 1, kept - 1, 1, 1, 1, 0, 0), h.stats.snapshot(),
                        "kept " + kept + (byteAtATime ? ", byte at a time" : ""));
                assertTrue(Quality.has(r.blocks().stream().filter(b -> b.first() == 6).findFirst().orElseThrow()
                        .quality(), Quality.RESYNCED));
            }
        }
    }

    @Test
    void aFrameWithABadCrcIsOneRejectedFrameAndOneMissingSample() {
        for (int at = 4; at < 23; at++) {
            byte[] bad = frame(5);
            bad[at] ^= 0x10;
            var wire = new StreamHarness.Frames();
            for (int k = 0; k < 5; k++) {
                wire.add(k);
            }
            wire.raw(bad);
            for (int k = 6; k < 10; k++) {
                wire.add(k);
            }
            try (var h = new StreamHarness(false)) {
                h.read(wire.bytes(), 0);
                BlockRecorder r = h.settle();
                assertEquals(9, r.frames(), "byte " + at);
                assertFrames(r, 6, 10);
                assertEquals(1, h.stats.snapshot().rejectedFrames(), "byte " + at);
                assertEquals(1, r.gaps().size());
                assertEquals(1, r.gaps().get(0).gapSamples());
                assertEquals(GapCause.REJECTED_FRAME, r.gaps().get(0).cause());
            }
        }
    }

    @Test
    void twoDamagedFramesInARowAreTwoRejectedFramesAndOneGapOfTwo() {
        byte[] bad = frame(5);
        bad[10] ^= 0x01;
        var wire = new StreamHarness.Frames().add(0).add(1).add(2).add(3).add(4).raw(bad)
                .raw(Arrays.copyOf(frame(6), 9)).add(7).add(8);
        try (var h = new StreamHarness(false)) {
            h.read(wire.bytes(), 0);
            BlockRecorder r = h.settle();
            assertEquals(7, r.frames());
            assertEquals(2, h.stats.snapshot().rejectedFrames());
            assertEquals(1, r.gaps().size());
            assertEquals(2, r.gaps().get(0).gapSamples());
            assertFrames(r, 7, 9);
        }
    }

    @Test
    void garbageBetweenFramesIsSkippedWithoutLosingAFrame() {
        var wire = new StreamHarness.Frames().add(0).add(1).add(2).raw((byte) 0x00, (byte) 0xFF, (byte) 0x5A,
                (byte) 0x13, (byte) 0x37, (byte) 0x01, (byte) 0xC0).add(3).add(4);
        try (var h = new StreamHarness(false)) {
            h.read(wire.bytes(), 0);
            BlockRecorder r = h.settle();
            assertEquals(5, r.frames());
            assertFrames(r, 0, 5);
            assertTrue(r.gaps().isEmpty());
            assertEquals(new PortStatistics.Snapshot(0, 5, 0, 7, 1, 0, 0, 0, 0), h.stats.snapshot());
        }
    }

    @Test
    void garbageBeforeTheFirstFrameIsSkippedWithoutAResync() {
        var wire = new StreamHarness.Frames().raw((byte) 0xA5, (byte) 0x00, (byte) 0x42).add(0).add(1);
        try (var h = new StreamHarness(false)) {
            h.read(wire.bytes(), 0);
            BlockRecorder r = h.settle();
            assertEquals(2, r.frames());
            assertEquals(new PortStatistics.Snapshot(0, 2, 0, 3, 0, 0, 0, 0, 0), h.stats.snapshot());
        }
    }

    @Test
    void aRepeatedFrameIsRejectedAndNotPublishedTwice() {
        var wire = new StreamHarness.Frames().add(0).add(1).add(2).add(2).add(3);
        try (var h = new StreamHarness(false)) {
            h.read(wire.bytes(), 0);
            BlockRecorder r = h.settle();
            assertEquals(4, r.frames());
            assertFrames(r, 0, 4);
            assertEquals(1, h.stats.snapshot().rejectedFrames());
            assertTrue(r.gaps().isEmpty());
        }
    }

    @Test
    void theQuaternionIsPublishedAfterTheForcesAndAFrameWithoutItIsRejected() {
        int[] q = {16_384, -8_192, 11_585, 1};
        var wire = new StreamHarness.Frames().add(0, 0, force(0), q).add(1, 1000, force(1), q).add(2, 2000,
                force(2), null).add(3, 3000, force(3), q);
        try (var h = new StreamHarness(true)) {
            assertEquals(List.of("Fx", "Fy", "Fz", "qw", "qx", "qy", "qz"),
                    h.layout.channels().stream().map(c -> c.name()).toList());
            h.read(wire.bytes(), 0);
            BlockRecorder r = h.settle();
            assertEquals(3, r.frames());
            float[] f = r.frame(1, 7);
            float[] e = expected(1);
            assertEquals(e[2], f[2]);
            assertEquals(1.0f, f[3]);
            assertEquals(-0.5f, f[4]);
            assertEquals((float) (11_585 / 16384.0), f[5]);
            assertEquals((float) (1 / 16384.0), f[6]);
            assertEquals(1, h.stats.snapshot().rejectedFrames());
            assertEquals(1, r.gaps().size());
            assertEquals(2, r.gaps().get(0).first());
        }
    }

    @Test
    void forcesAtFullScaleMarkTheBlockClipped() {
        var wire = new StreamHarness.Frames().add(0, 0, new int[] {0, 50_000_000, 1}, null).add(1, 1000,
                new int[] {0, 0, 1}, null);
        try (var h = new StreamHarness(false)) {
            h.read(wire.bytes(), 0);
            BlockRecorder r = h.settle();
            assertEquals(Quality.CLIPPED, r.blocks().get(0).quality());
            assertEquals(50f, r.frame(0, 3)[1]);
        }
    }

    @Test
    void repliesBetweenDataFramesReachTheWaiterAndCostNothing() {
        byte[] ack = new byte[Iastm.OVERHEAD_BYTES + Iastm.ACK_LENGTH];
        IastmEncoder.ack(ack, 0, Iastm.CMD_TARE, Iastm.STATUS_OK);
        var wire = new StreamHarness.Frames().add(0).raw(ack).add(1);
        try (var h = new StreamHarness(false)) {
            h.read(wire.bytes(), 0);
            BlockRecorder r = h.settle();
            assertEquals(2, r.frames());
            assertEquals(List.of(Iastm.TYPE_ACK + ":2"), h.replies);
            assertEquals(new PortStatistics.Snapshot(0, 2, 0, 0, 0, 0, 0, 0, 0), h.stats.snapshot());
        }
    }

    @Test
    void channelsTakeRangesAndResolutionFromTheIdentifyReply() {
        var channels = new IastmLayout(StreamHarness.TOOL, false).channels();
        assertEquals(3, channels.size());
        assertEquals("N", channels.get(0).unit());
        assertEquals(-50.0, channels.get(0).min());
        assertEquals(150.0, channels.get(2).max());
        assertEquals(0.001, channels.get(2).resolution(), 1e-12);
        assertEquals(1000.0, channels.get(1).sampleRateHz());
    }
}
