package org.myofuse.line.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.Quality;
import org.myofuse.testkit.Configs;
import org.myofuse.testkit.BlockRecorder;

class LineStreamTest {

    /** 100 Hz: 10 ms per line. */
    private static final long MS = 1_000_000;
    private static final Map<String, Object> LOAD_CELL = Map.of("channelNames", "fz,temp", "units", "N,degC",
            "scale", "0.5,1", "offset", "1000,0", "rateHz", 100.0);

    @Test
    void valuesAreScaledAsRawMinusOffsetTimesScale() {
        try (var h = new StreamHarness(LOAD_CELL)) {
            h.read("1000,21.5\r\n1010,21.75\r\n", 10 * MS);
            h.read("990,-3\r\n", 20 * MS);
            BlockRecorder r = h.settle();
            assertArrayEquals(new float[] {0f, 21.5f}, r.frame(0, 2));
            assertArrayEquals(new float[] {5f, 21.75f}, r.frame(1, 2));
            assertArrayEquals(new float[] {-5f, -3f}, r.frame(2, 2));
            assertTrue(r.gaps().isEmpty());
            assertEquals(3, h.stats.snapshot().frames());
        }
    }

    @Test
    void aRejectedLineIsOneMissingSampleAndTheNextCleanLineKeepsItsPlace() {
        try (var h = new StreamHarness(LOAD_CELL)) {
            h.read("1000,1\n", 0);
            h.read("10x0,2\n", 10 * MS);
            h.read("1004,3\n1006,4\n", 20 * MS);
            BlockRecorder r = h.settle();
            assertEquals(1, r.gaps().size());
            assertEquals(1, r.gaps().get(0).first());
            assertEquals(1, r.gaps().get(0).gapSamples());
            assertEquals(GapCause.REJECTED_FRAME, r.gaps().get(0).cause());
            assertArrayEquals(new float[] {2f, 3f}, r.frame(2, 2));
            assertArrayEquals(new float[] {3f, 4f}, r.frame(3, 2));
            assertTrue(r.blocks().stream().anyMatch(b -> b.first() == 2 && Quality.has(b.quality(), Quality.RESYNCED)));
            var s = h.stats.snapshot();
            assertEquals(1, s.rejectedFrames());
            assertEquals(1, s.resyncs());
            assertEquals(1, s.gaps());
        }
    }

    @Test
    void aSilenceLongerThanTheThresholdIsAStallGapSizedFromArrivalTimeAndFlaggedTimeEstimated() {
        try (var h = new StreamHarness(LOAD_CELL)) {
            h.read("1000,1\n", 0);
            h.read("1000,2\n", 10 * MS);
            h.read("1000,3\n", 520 * MS); // 51 periods later: 50 lines were never printed
            BlockRecorder r = h.settle();
            assertEquals(1, r.gaps().size());
            assertEquals(2, r.gaps().get(0).first());
            assertEquals(50, r.gaps().get(0).gapSamples());
            assertEquals(GapCause.STALL, r.gaps().get(0).cause());
            assertArrayEquals(new float[] {0f, 3f}, r.frame(52, 2));
            assertTrue(r.blocks().stream().anyMatch(b -> b.first() == 52
                    && Quality.has(b.quality(), Quality.TIME_ESTIMATED)));
        }
    }

    @Test
    void aStallFollowedByOneLineAndARejectedLineIsSizedExactly() {
        try (var h = new StreamHarness(LOAD_CELL)) {
            for (int k = 0; k < 30; k++) {
                h.read("1000,1\n", k * 10 * MS + (k % 3) * MS);
            }
            h.read("1000,2\n", 55 * 10 * MS + 2 * MS); // samples 30..54 never printed
            h.read("10#00,3\n", 56 * 10 * MS);
            h.read("1000,4\n", 57 * 10 * MS);
            h.read("1000,5\n", 58 * 10 * MS);
            BlockRecorder r = h.settle();
            assertEquals(List.of("30+25STALL", "56+1REJECTED_FRAME"),
                    r.gaps().stream().map(g -> g.first() + "+" + g.gapSamples() + g.cause()).toList());
            assertArrayEquals(new float[] {0f, 2f}, r.frame(55, 2));
            assertArrayEquals(new float[] {0f, 4f}, r.frame(57, 2));
        }
    }

    /** 80 Hz as the pseudo-terminal CI runs: 12.5 ms per line. */
    private static final long PERIOD = 12_500_000;
    private static final Map<String, Object> EIGHTY_HZ = Map.of("channelNames", "fz,temp", "scale", "0.5,1",
            "offset", "1000,0", "rateHz", 80.0);

    /**
     * The failure seen over pseudo-terminals on a loaded host: after a stall the first line comes 0.6 to
     * 0.9 period late, and the next reads come in late bursts; only a later read shows the device's pace.
     * Sized from the first reads the gap came out one too large and shifted every later index.
     */
    @ParameterizedTest
    @CsvSource({"25, 0.6", "25, 0.7", "25, 0.8", "25, 0.9", "26, 0.6", "26, 0.9"})
    void aStallIsSizedFromTheLeastDelayedReadAfterItNotFromTheLateFirstOnes(int stall, double firstDelay) {
        try (var h = new StreamHarness(EIGHTY_HZ)) {
            int after = 40 + stall; // samples 40 .. after-1 never printed
            for (int k = 0; k < 40; k++) {
                h.read(line(k), at(k, (k % 4) * 0.1)); // jitter of up to 0.3 period before the stall
            }
            h.read(line(after), at(after, firstDelay));
            h.read(line(after + 1) + line(after + 2), at(after + 2, 0.7)); // a late burst
            h.read(line(after + 3), at(after + 3, 0.6));
            for (int k = after + 4; k < after + 30; k++) {
                h.read(line(k), at(k, (k % 4) * 0.1));
            }
            BlockRecorder r = h.settle();
            assertEquals(List.of("40+" + stall + "STALL"), gaps(r));
            assertLinesInPlace(r, 0, 40);
            assertLinesInPlace(r, after, after + 30);
            assertTrue(r.blocks().stream().anyMatch(b -> b.first() == after && Quality.has(b.quality(), Quality.TIME_ESTIMATED)));
        }
    }

    @Test
    void aSecondSilenceWhileTheLinesAfterAStallAreHeldIsAGapOfItsOwn() {
        try (var h = new StreamHarness(EIGHTY_HZ)) {
            for (int k = 0; k < 40; k++) {
                h.read(line(k), at(k, 0));
            }
            h.read(line(65), at(65, 0)); // 40..64 never printed
            for (int k = 96; k < 120; k++) { // 66..95 neither
                h.read(line(k), at(k, 0.2));
            }
            BlockRecorder r = h.settle();
            assertEquals(List.of("40+25STALL", "66+30STALL"), gaps(r));
            assertLinesInPlace(r, 65, 66);
            assertLinesInPlace(r, 96, 120);
        }
    }

    /** Line of sample k: both channels read k after scaling. */
    private static String line(int k) {
        return (1000 + 2 * k) + "," + k + "\n";
    }

    /** Arrival of a read whose last line is sample k, {@code delay} periods after the device printed it. */
    private static long at(int k, double delay) {
        return Math.round((k + delay) * PERIOD);
    }

    private static List<String> gaps(BlockRecorder r) {
        return r.gaps().stream().map(g -> g.first() + "+" + g.gapSamples() + g.cause()).toList();
    }

    private static void assertLinesInPlace(BlockRecorder r, int from, int to) {
        for (int k = from; k < to; k++) {
            assertArrayEquals(new float[] {k, k}, r.frame(k, 2), "sample " + k);
        }
    }

    @Test
    void aLateBatchThatBringsTheMissedLinesItselfIsNoGap() {
        try (var h = new StreamHarness(LOAD_CELL)) {
            h.read("1000,0\n", 0);
            // the host was busy for 200 ms; the 20 lines printed meanwhile arrive in one read
            h.read("1000,1\n".repeat(20), 200 * MS);
            h.read("1000,2\n", 210 * MS);
            BlockRecorder r = h.settle();
            assertTrue(r.gaps().isEmpty(), () -> "gaps: " + r.gaps());
            assertEquals(22, r.frames());
        }
    }

    @Test
    void aSilenceBelowTheThresholdIsJitterNotAGap() {
        try (var h = new StreamHarness(LOAD_CELL)) {
            h.read("1000,0\n", 0);
            h.read("1000,1\n", 95 * MS); // 9.5 periods, threshold 10
            BlockRecorder r = h.settle();
            assertTrue(r.gaps().isEmpty());
            assertEquals(2, r.frames());
        }
    }

    @Test
    void rejectedLinesBeforeTheFirstSampleAreCountedButMakeNoGap() {
        try (var h = new StreamHarness(LOAD_CELL)) {
            h.read("HX711 load cell sketch\r\nTaring... done\r\n1000,1\r\n", 0);
            BlockRecorder r = h.settle();
            assertTrue(r.gaps().isEmpty());
            assertEquals(1, r.frames());
            assertEquals(2, h.stats.snapshot().rejectedFrames());
        }
    }

    @Test
    void aValueBeyondTheConfiguredRangeIsKeptAndFlaggedClipped() {
        var config = new java.util.HashMap<String, Object>(LOAD_CELL);
        config.put("maximum", "100,50");
        try (var h = new StreamHarness(config)) {
            h.read("1100,1\n", 0);
            h.read("1300,1\n", 10 * MS);
            BlockRecorder r = h.settle();
            assertFalse(Quality.has(r.blocks().get(0).quality(), Quality.CLIPPED));
            assertTrue(Quality.has(r.blocks().get(1).quality(), Quality.CLIPPED));
            assertArrayEquals(new float[] {150f, 1f}, r.frame(1, 2));
        }
    }

    @Test
    void aReconnectGapCoversTheTimeTheDeviceWasAway() {
        try (var h = new StreamHarness(LOAD_CELL)) {
            h.read("1000,1\n", 0);
            h.stream.linkRestored();
            h.decoder.reset();
            h.read("1000,2\n", 1_000 * MS);
            BlockRecorder r = h.settle();
            assertEquals(1, r.gaps().size());
            assertEquals(GapCause.RECONNECT, r.gaps().get(0).cause());
            assertEquals(99, r.gaps().get(0).gapSamples());
        }
    }

    @Test
    void moreThanABlockOfLinesInOneReadIsSplitAcrossBlocksWithoutLoss() {
        try (var h = new StreamHarness(LOAD_CELL)) {
            var sb = new StringBuilder();
            for (int i = 0; i < 100; i++) {
                sb.append(1000 + 2 * i).append(",0\n");
            }
            h.read(sb.toString(), 0);
            BlockRecorder r = h.settle();
            assertEquals(100, r.frames());
            for (int i = 0; i < 100; i++) {
                assertEquals(i, r.frame(i, 2)[0]);
            }
        }
    }

    @Test
    void configurationErrorsNameTheSetting() {
        var e = assertThrows(IllegalArgumentException.class, () -> LineLayout.of(Configs.with(LineDeviceConfig.class,
                Map.of("channelNames", "a,b,c", "scale", "1,2"))));
        assertEquals("scale: 2 values given; give one, or one per channel (3)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LineLayout.of(Configs.with(LineDeviceConfig.class,
                Map.of("channelNames", "a,a"))));
        assertEquals("channelNames: 'a' given twice", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LineLayout.of(Configs.with(LineDeviceConfig.class,
                Map.of("format", "keyValue", "channelNames", "f z"))));
        assertTrue(e.getMessage().startsWith("channel name 'f z'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> LineLayout.of(Configs.with(LineDeviceConfig.class,
                Map.of("scale", 0.0))));
        assertEquals("scale 0.0: must be finite and not zero", e.getMessage());
    }

    /** Single settings' ranges are LineDeviceConfig's declaration, enforced by the host (and by Configs). */
    @Test
    void settingsOutsideTheirDeclaredRangeAreRefusedByTheHost() {
        var e = assertThrows(IllegalArgumentException.class, () -> Configs.with(LineDeviceConfig.class, Map.of("rateHz", "0.05")));
        assertEquals("invalid value '0.05' for line-device setting 'rateHz': expected a number between 0.1 and 10000",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Configs.with(LineDeviceConfig.class, Map.of("gapPeriods", 1)));
        assertEquals("invalid value '1' for line-device setting 'gapPeriods': expected an integer between 2 and 1000",
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Configs.with(LineDeviceConfig.class, Map.of("separator", "pipe")));
        assertEquals("invalid value 'pipe' for line-device setting 'separator': expected one of COMMA, TAB, SEMICOLON, "
                + "WHITESPACE", e.getMessage());
    }
}
