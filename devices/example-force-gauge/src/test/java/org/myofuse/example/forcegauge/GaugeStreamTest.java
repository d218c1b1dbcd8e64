package org.myofuse.example.forcegauge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.myofuse.api.serial.PortStatistics;
import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.Quality;
import org.myofuse.api.runtime.StandaloneHost;
import org.myofuse.api.runtime.StandaloneRuntime;
import org.myofuse.testkit.BlockRecorder;

/** Responses to numbered polls, through the stream, onto the real bus. */
class GaugeStreamTest {

    private static final double CAPACITY_N = 100;

    private final StandaloneHost host = StandaloneRuntime.load().startHost();
    private final BlockRecorder recorder = new BlockRecorder();
    private final PortStatistics statistics = new PortStatistics();
    private final List<String> reconnectedAt = new ArrayList<>();
    private GaugeStream stream;
    private long arrival;

    @BeforeEach
    void open() {
        host.bus().subscribe("recorder", recorder, 1024);
        var publisher = host.bus().openStream("org.myofuse.device.mark10_gauge~bench", Mark10GaugeDriver.descriptor(
                new Identity("M5-20", "00001234", "1.00", 0.01), 50, CAPACITY_N), GaugeStream.MAX_BLOCK_FRAMES);
        stream = new GaugeStream(publisher, statistics, CAPACITY_N, () -> {
            var s = statistics.snapshot();
            reconnectedAt.add("gaps " + s.gaps() + ", frames " + s.frames());
        });
    }

    @AfterEach
    void close() {
        host.close();
    }

    private void respond(long poll, String line) {
        byte[] b = line.getBytes(StandardCharsets.US_ASCII);
        stream.response(poll, b, b.length, arrival += 20_000_000L);
    }

    private List<BlockRecorder.Block> blocks(int count) {
        Awaitility.await(count + " blocks").atMost(Duration.ofSeconds(5)).until(() -> recorder.blocks().size() >= count);
        return recorder.blocks();
    }

    private static String describe(BlockRecorder.Block b) {
        return b.kind() == BlockKind.GAP ? "gap " + b.first() + "+" + b.gapSamples() + " " + b.cause()
                : b.first() + "=" + b.samples()[0] + (b.quality() == 0 ? "" : " q" + b.quality());
    }

    private List<String> described(int count) {
        return blocks(count).stream().map(GaugeStreamTest::describe).toList();
    }

    @Test
    void eachAnsweredPollIsOneFrameInNewtons() {
        respond(0, "6.52 N");
        respond(1, "-0.03 N");
        respond(2, "1.000 lbF");
        assertEquals(List.of("0=6.52", "1=-0.03", "2=" + (float) 4.4482216152605), described(3));
        assertEquals(3, statistics.snapshot().frames());
    }

    @Test
    void pollsWithoutAnAnswerBecomeAStallGapBeforeTheNextFrame() {
        respond(0, "6.52 N");
        respond(3, "6.60 N");
        assertEquals(List.of("0=6.52", "gap 1+2 STALL", "3=6.6"), described(3));
        assertEquals(2, statistics.snapshot().gapSamples());
    }

    @Test
    void aRejectedResponseIsCountedAndItsPollIsARejectedFrameGapFlaggedResynced() {
        respond(0, "6.52 N");
        respond(1, "6.q2 N");
        respond(2, "*10");
        respond(3, "6.71 N");
        assertEquals(List.of("0=6.52", "gap 1+2 REJECTED_FRAME", "3=6.71 q" + Quality.RESYNCED), described(3));
        var s = statistics.snapshot();
        assertEquals(2, s.rejectedFrames());
        assertEquals(1, s.resyncs());
        assertEquals(1, s.gaps());
    }

    @Test
    void afterARestoredLinkTheMissedPollsAreOneReconnectGapAndReconnectedFollowsIt() {
        respond(0, "6.52 N");
        respond(1, "6.53 N");
        stream.linkRestored();
        respond(40, "0.00 N");
        respond(41, "0.01 N");
        assertEquals(List.of("0=6.52", "1=6.53", "gap 2+38 RECONNECT", "40=0.0", "41=0.01"), described(5));
        assertEquals(List.of("gaps 1, frames 3"), reconnectedAt, "reported once, after the gap and its first frame");
    }

    @Test
    void aRestartNumbersOnWithoutAGap() {
        respond(0, "1.00 N");
        respond(1, "2.00 N");
        stream.requestRestart();
        respond(57, "3.00 N");
        respond(58, "4.00 N");
        assertEquals(List.of("0=1.0", "1=2.0", "2=3.0", "3=4.0"), described(4));
    }

    @Test
    void readingsAtOrBeyondTheCapacityArePublishedAtTheLimitAndFlaggedClipped() {
        respond(0, "99.99 N");
        respond(1, "100.00 N");
        respond(2, "-140.00 N");
        assertEquals(List.of("0=99.99", "1=100.0 q" + Quality.CLIPPED, "2=-100.0 q" + Quality.CLIPPED), described(3));
    }

    @Test
    void indicesOnlyIncreaseEvenIfAnAnswerIsTakenForAnOlderPoll() {
        respond(5, "1.00 N");
        respond(4, "2.00 N"); // cannot happen with one poll outstanding, but must not break the stream
        assertEquals(List.of("0=1.0", "1=2.0"), described(2));
        assertTrue(recorder.gaps().isEmpty());
    }
}
