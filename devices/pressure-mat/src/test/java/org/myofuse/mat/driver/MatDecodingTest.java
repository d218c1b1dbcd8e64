package org.myofuse.mat.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.myofuse.mat.driver.MatHarness.concat;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.Quality;
import org.myofuse.mat.protocol.Mat;
import org.myofuse.testkit.BlockRecorder;
import org.myofuse.api.serial.PortStatistics;

/**
 * The decoder and the stream assembler on frames built by the encoder, on a real bus: calibration,
 * geometry, large frames cut anywhere, the sequence wrap, and every kind of damage with exact counts
 * of rejected frames and gaps.
 */
class MatDecodingTest {

    private static void feed(MatHarness h, int from, int n) {
        for (int i = from; i < from + n; i++) {
            h.read(h.frame(i, i), i * h.frameNanos);
        }
    }

    @Test
    void cleanFramesArePublishedOnePerBlockCalibratedToKilopascalExactly() {
        try (var h = new MatHarness(4, 3, 100)) {
            feed(h, 0, 20);
            BlockRecorder r = h.settle();
            assertEquals(20, r.blocks().size());
            assertTrue(r.blocks().stream().allMatch(b -> b.frames() == 1));
            for (int i = 0; i < 20; i++) {
                assertArrayEquals(h.expected(i), r.frame(i, 12), "frame " + i);
            }
            assertEquals(new PortStatistics.Snapshot(0, 20, 0, 0, 0, 0, 0, 0, 0), h.stats.snapshot());
        }
    }

    @Test
    void kilopascalIsCountMinusOffsetTimesScale() {
        try (var h = new MatHarness(1, 2, 100)) {
            byte[] f = new byte[Mat.OVERHEAD_BYTES + Mat.dataPayload(1, 2)];
            org.myofuse.mat.protocol.MatEncoder.data(f, 0, 1, 2, 0, new int[] {100, 1100});
            h.read(f, 0);
            float[] got = h.settle().frame(0, 2);
            assertArrayEquals(new float[] {0f, (float) (1000 * (double) 0.05f)}, got);
        }
    }

    @Test
    void theDescriptorCarriesTheGridAndOneKilopascalChannelPerCellRowMajor() {
        try (var h = new MatHarness(32, 24, 100)) {
            DeviceDescriptor d = h.publisher.stream().descriptor();
            assertEquals(new GridLayout(32, 24, 10.0, 12.5), d.grid());
            assertEquals(768, d.channels().size());
            assertEquals("r00c00", d.channels().get(0).name());
            assertEquals("r00c23", d.channels().get(23).name());
            assertEquals("r01c00", d.channels().get(24).name());
            assertEquals("r31c23", d.channels().get(767).name());
            var cell = d.channels().get(0);
            assertEquals("kPa", cell.unit());
            assertEquals(100, cell.sampleRateHz());
            assertEquals(-100 * (double) 0.05f, cell.min(), 1e-9);
            assertEquals((65535 - 100) * (double) 0.05f, cell.max(), 1e-9);
            assertEquals((double) 0.05f, cell.resolution());
            assertEquals("SN1", d.serialNumber());
        }
    }

    @Test
    void aSixtyFourBySixtyFourStreamSurvivesReadsCutAnywhere() {
        try (var h = new MatHarness(64, 64, 50)) {
            byte[] wire = concat(h.frame(0, 0), h.frame(1, 1), h.frame(2, 2), h.frame(3, 3), h.frame(4, 4));
            var random = new SplittableRandom(3);
            int at = 0;
            while (at < wire.length) {
                int n = Math.min(wire.length - at, random.nextInt(1, 5000));
                h.read(Arrays.copyOfRange(wire, at, at + n), at);
                at += n;
            }
            BlockRecorder r = h.settle();
            assertEquals(5, r.frames());
            for (int i = 0; i < 5; i++) {
                assertArrayEquals(h.expected(i), r.frame(i, 4096), "frame " + i);
            }
            assertEquals(0, h.stats.snapshot().rejectedFrames());
        }
    }

    @Test
    void aLargeFrameFedOneByteAtATimeIsDecodedWhole() {
        try (var h = new MatHarness(64, 64, 50)) {
            byte[] wire = concat(h.frame(0, 0), h.frame(1, 1));
            for (int i = 0; i < wire.length; i++) {
                h.read(new byte[] {wire[i]}, i);
            }
            BlockRecorder r = h.settle();
            assertArrayEquals(h.expected(0), r.frame(0, 4096));
            assertArrayEquals(h.expected(1), r.frame(1, 4096));
            assertEquals(0, h.stats.snapshot().skippedBytes());
        }
    }

    @Test
    void aTruncatedFrameCostsOnlyItselfAndIsCountedAsOneRejectedFrameAndAGapOfOne() {
        try (var h = new MatHarness(8, 8, 100)) {
            feed(h, 0, 3);
            byte[] cut = Arrays.copyOf(h.frame(3, 3), 40);
            h.read(concat(cut, h.frame(4, 4)), 4 * h.frameNanos);
            feed(h, 5, 3);
            BlockRecorder r = h.settle();
            assertNull(r.frame(3, 64));
            for (int i : new int[] {0, 1, 2, 4, 5, 6, 7}) {
                assertArrayEquals(h.expected(i), r.frame(i, 64), "frame " + i);
            }
            assertEquals(1, r.gaps().size());
            var gap = r.gaps().get(0);
            assertEquals(List.of(3L, 1L, GapCause.REJECTED_FRAME), List.of(gap.first(), gap.gapSamples(), gap.cause()));
            var s = h.stats.snapshot();
            assertEquals(1, s.rejectedFrames());
            assertEquals(1, s.resyncs());
            assertEquals(1, s.gaps());
            assertEquals(1, s.gapSamples());
            assertTrue(Quality.has(r.blocks().stream().filter(b -> b.first() == 4 && b.frames() == 1).findFirst()
                    .orElseThrow().quality(), Quality.RESYNCED));
        }
    }

    @Test
    void theCleanFrameAfterATruncatedOneIsPublishedAsSoonAsItIsComplete() {
        try (var h = new MatHarness(8, 8, 100)) {
            feed(h, 0, 1);
            h.read(concat(Arrays.copyOf(h.frame(1, 1), 100), h.frame(2, 2)), 2 * h.frameNanos);
            // nothing more arrives: the truncated frame's claimed length is not yet filled
            assertEquals(1, h.stats.snapshot().rejectedFrames());
            assertArrayEquals(h.expected(2), h.settle().frame(2, 64));
        }
    }

    @Test
    void aTruncatedLargeFrameFollowedByACleanOneFedByteByByteReleasesTheCleanOneWhenItCompletes() {
        try (var h = new MatHarness(64, 64, 50)) {
            byte[] clean = h.frame(1, 1);
            byte[] wire = concat(Arrays.copyOf(h.frame(0, 0), 5000), clean);
            for (int i = 0; i < wire.length; i++) {
                h.read(new byte[] {wire[i]}, i);
                if (i == wire.length - 2) {
                    assertEquals(0, h.stats.snapshot().frames(), "not before its last byte");
                }
            }
            assertEquals(1, h.stats.snapshot().frames(), "published as soon as complete");
            assertEquals(1, h.stats.snapshot().rejectedFrames());
            assertArrayEquals(h.expected(1), h.settle().frame(0, 4096));
        }
    }

    @Test
    void aBadCrcIsRejectedAndCountedAndTheNextFrameKept() {
        try (var h = new MatHarness(8, 8, 100)) {
            feed(h, 0, 2);
            byte[] bad = h.frame(2, 2);
            bad[30] ^= 0x10;
            h.read(bad, 2 * h.frameNanos);
            feed(h, 3, 2);
            BlockRecorder r = h.settle();
            assertEquals(4, r.frames());
            assertNull(r.frame(2, 64));
            assertArrayEquals(h.expected(3), r.frame(3, 64));
            assertEquals(1, h.stats.snapshot().rejectedFrames());
            assertEquals(GapCause.REJECTED_FRAME, r.gaps().get(0).cause());
        }
    }

    @Test
    void garbageBetweenFramesIsSkippedWithoutLosingOrRejectingAFrame() {
        try (var h = new MatHarness(8, 8, 100)) {
            feed(h, 0, 2);
            h.read(concat(new byte[] {1, 2, (byte) 0xA5, 3, (byte) 0xA5, 0x5A, 0x77, 9}, h.frame(2, 2)), 2 * h.frameNanos);
            feed(h, 3, 2);
            BlockRecorder r = h.settle();
            assertEquals(5, r.frames());
            assertTrue(r.gaps().isEmpty());
            var s = h.stats.snapshot();
            assertEquals(0, s.rejectedFrames());
            assertEquals(8, s.skippedBytes());
            assertEquals(1, s.resyncs());
        }
    }

    @Test
    void aLostFrameIsAGapSizedByTheSequenceNumber() {
        try (var h = new MatHarness(4, 4, 100)) {
            feed(h, 0, 3);
            feed(h, 7, 2);
            BlockRecorder r = h.settle();
            assertEquals(1, r.gaps().size());
            assertEquals(3, r.gaps().get(0).first());
            assertEquals(4, r.gaps().get(0).gapSamples());
            assertEquals(GapCause.COUNTER_JUMP, r.gaps().get(0).cause());
            assertArrayEquals(h.expected(7), r.frame(7, 16));
        }
    }

    @Test
    void theSequenceWrapsWithoutAGap() {
        try (var h = new MatHarness(2, 2, 100)) {
            for (int i = 0; i < 6; i++) {
                h.read(h.frame((65533 + i) & 0xFFFF, i), i * h.frameNanos);
            }
            BlockRecorder r = h.settle();
            assertEquals(6, r.frames());
            assertTrue(r.gaps().isEmpty());
            assertArrayEquals(h.expected(5), r.frame(5, 4));
        }
    }

    @Test
    void anOutageLongerThanAWrapIsSizedByArrivalTime() {
        try (var h = new MatHarness(2, 2, 100)) {
            h.read(h.frame(10, 0), 0);
            // 65536 + 5 frames later by the clock; the counter only says 5
            h.read(h.frame(15, 1), (65536 + 5) * h.frameNanos);
            BlockRecorder r = h.settle();
            assertEquals(65536 + 4, r.gaps().get(0).gapSamples());
            assertEquals(65536 + 5, r.blocks().get(r.blocks().size() - 1).first());
        }
    }

    @Test
    void aRepeatedFrameIsRejectedNotPublishedTwice() {
        try (var h = new MatHarness(2, 2, 100)) {
            h.read(concat(h.frame(0, 0), h.frame(1, 1), h.frame(1, 1), h.frame(2, 2)), 0);
            BlockRecorder r = h.settle();
            assertEquals(3, r.frames());
            assertEquals(1, h.stats.snapshot().rejectedFrames());
        }
    }

    @Test
    void aFrameOfAnotherGeometryIsRejected() {
        try (var h = new MatHarness(2, 2, 100); var other = new MatHarness(2, 3, 100)) {
            h.read(concat(h.frame(0, 0), other.frame(1, 1), h.frame(1, 1)), 0);
            BlockRecorder r = h.settle();
            assertEquals(2, r.frames());
            assertEquals(1, h.stats.snapshot().rejectedFrames());
        }
    }

    @Test
    void aSaturatedCellMarksTheBlockClipped() {
        try (var h = new MatHarness(1, 2, 100)) {
            byte[] f = new byte[Mat.OVERHEAD_BYTES + Mat.dataPayload(1, 2)];
            org.myofuse.mat.protocol.MatEncoder.data(f, 0, 1, 2, 0, new int[] {500, 65535});
            h.read(f, 0);
            assertTrue(Quality.has(h.settle().blocks().get(0).quality(), Quality.CLIPPED));
        }
    }

    @Test
    void afterALostLinkTheGapIsSizedByArrivalTimeAsAReconnect() {
        try (var h = new MatHarness(2, 2, 100)) {
            feed(h, 0, 3);
            h.stream.linkRestored();
            h.decoder.reset();
            // the replugged mat restarted its count at 0, 50 frame periods later
            h.read(h.frame(0, 9), (2 + 50) * h.frameNanos);
            BlockRecorder r = h.settle();
            assertEquals(49, r.gaps().get(0).gapSamples());
            assertEquals(GapCause.RECONNECT, r.gaps().get(0).cause());
            assertArrayEquals(h.expected(9), r.frame(52, 4));
        }
    }

    @Test
    void aFrameCutByAnUnplugIsDroppedWithoutCostingTheFirstFrameAfterTheReplug() {
        try (var h = new MatHarness(8, 8, 100)) {
            feed(h, 0, 2);
            h.read(Arrays.copyOf(h.frame(2, 2), 77), 2 * h.frameNanos);
            h.stream.linkRestored();
            h.decoder.reset();
            h.read(concat(h.frame(0, 5), h.frame(1, 6)), 30 * h.frameNanos);
            BlockRecorder r = h.settle();
            assertEquals(4, r.frames());
            // the last image arrived at 1 period, the replugged mat's first at 30: 28 images missing
            assertArrayEquals(h.expected(5), r.frame(30, 64));
            assertArrayEquals(h.expected(6), r.frame(31, 64));
            assertEquals(1, r.gaps().size());
            assertEquals(GapCause.RECONNECT, r.gaps().get(0).cause());
            assertEquals(28, r.gaps().get(0).gapSamples());
            assertEquals(0, h.stats.snapshot().rejectedFrames(), "an unplug is not a rejected frame");
        }
    }

    @Test
    void aRestartAfterStopContinuesTheIndicesWithoutAGap() {
        try (var h = new MatHarness(2, 2, 100)) {
            feed(h, 0, 3);
            h.stream.restart();
            h.read(h.frame(0, 7), 500 * h.frameNanos);
            BlockRecorder r = h.settle();
            assertTrue(r.gaps().isEmpty());
            assertArrayEquals(h.expected(7), r.frame(3, 4));
        }
    }
}
