package org.myofuse.openbci.driver;

import static org.awaitility.Awaitility.await;

import org.myofuse.api.serial.VirtualPortPair;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.GapCause;
import org.myofuse.openbci.protocol.Cyton;
import org.myofuse.openbci.sim.CytonSimulator;
import org.myofuse.testkit.DriverTestContext;
import org.myofuse.testkit.PseudoTerminalBench;
import org.myofuse.testkit.BlockRecorder;
import org.myofuse.api.serial.SerialTransport;

/**
 * The real driver against the wire simulator over a socat pseudo-terminal pair, through the real
 * serial transport and the real stream bus: what a therapist's laptop does with a real dongle.
 */
class CytonOverPseudoTerminalTest {

    private static final long SEED = 7;

    private final PseudoTerminalBench bench = new PseudoTerminalBench(65536);
    private final SessionClock clock = bench.clock();
    private final SerialTransport transport = bench.transport();
    private final BlockRecorder recorder = bench.recorder();
    private VirtualPortPair pair;
    private CytonSimulator sim;
    private DeviceConnection connection;

    @TempDir
    Path dir;

    @AfterEach
    void unplug() throws Exception {
        bench.close();
    }

    private DriverTestContext<CytonConfig> context(String port, Map<String, ?> config) {
        return bench.context("org.myofuse.device.openbci_cyton~test", port, CytonConfig.class, config);
    }

    @Test
    void streamsTheSimulatorsValuesToTheMicrovoltWithTheConfiguredGainsAndNames() throws Exception {
        pair = bench.plug();
        sim = bench.closeLater(CytonSimulator.serve(CytonSimulator.Settings.clean(SEED), transport, pair.devicePath(), clock));
        var ctx = context(pair.hostPath(), Map.of("gains", "12",
                "channelNames", "L_multifidus,R_multifidus,L_erector,R_erector,L_glute,R_glute,L_QL,R_QL"));
        connection = bench.connected(new CytonDriver(transport).connect(ctx));
        assertEquals("v3.1.2", connection.descriptor().firmware());
        assertEquals("L_multifidus", connection.descriptor().channels().get(0).name());
        for (int ch = 0; ch < 8; ch++) {
            assertEquals(Cyton.gainCode(12), sim.gainCode(ch), "gain sent to channel " + (ch + 1));
        }
        bench.start();
        await("500 frames").atMost(Duration.ofSeconds(15)).until(() -> recorder.frames() >= 500);
        bench.stop();
        long frames = recorder.frames();
        double scale = Cyton.microvoltsPerCount(12);
        for (long i = 0; i < frames; i++) {
            float[] f = recorder.frame(i, 11);
            for (int ch = 0; ch < 8; ch++) {
                assertEquals((float) (CytonSimulator.counts(SEED, i, ch, Cyton.gainCode(12)) * scale), f[ch],
                        "frame " + i + " channel " + (ch + 1));
            }
            assertEquals(1.0f, f[10], "accel z 1 g");
        }
        assertTrue(recorder.gaps().isEmpty(), () -> "gaps: " + recorder.gaps());
        long afterStop = recorder.frames();
        await("stopped board quiet").atMost(Duration.ofSeconds(2)).until(() -> !sim.isStreaming());
        Thread.sleep(100);
        assertEquals(afterStop, recorder.frames(), "nothing published after stop()");
    }

    @Test
    void corruptionIsRejectedCountedAndEveryCleanPacketKept() throws Exception {
        pair = bench.plug();
        sim = bench.closeLater(CytonSimulator.serve(CytonSimulator.Settings.clean(SEED).withCorruption(0.05).withBoardTime(true), transport,
                pair.devicePath(), clock));
        var ctx = context(pair.hostPath(), Map.of("accelerometer", false));
        var cyton = bench.connected((CytonConnection) new CytonDriver(transport).connect(ctx));
        bench.start();
        await("750 packets sent").atMost(Duration.ofSeconds(15)).until(() -> sim.packetsSent() >= 750);
        sim.pause();
        long sent = sim.packetsSent();
        await("all frames through").atMost(Duration.ofSeconds(5)).until(() -> lastIndex() >= lastCleanPacket(sent));
        bench.stop();

        long last = lastIndex();
        long lostBefore = sim.lostPacketNumbers().stream().filter(k -> k < last).count();
        assertTrue(lostBefore > 10, "the test injected damage: " + lostBefore);
        long gapSamples = recorder.gaps().stream().mapToLong(BlockRecorder.Block::gapSamples).sum();
        assertEquals(lostBefore, gapSamples, "every lost packet is one missing sample");
        assertTrue(recorder.gaps().stream().allMatch(g -> g.cause() == GapCause.REJECTED_FRAME));
        assertEquals(last + 1 - lostBefore, recorder.frames(), "every clean packet kept");
        for (long i = 0; i <= last; i++) {
            float[] f = recorder.frame(i, 8);
            if (sim.lostPacketNumbers().contains(i)) {
                assertEquals(null, f, "packet " + i + " was damaged");
                continue;
            }
            for (int ch = 0; ch < 8; ch++) {
                assertEquals((float) (CytonSimulator.counts(SEED, i, ch, Cyton.gainCode(24))
                        * Cyton.microvoltsPerCount(24)), f[ch], "frame " + i);
            }
        }
        var stats = cyton.statistics().snapshot();
        assertTrue(stats.rejectedFrames() <= lostBefore && stats.rejectedFrames() >= lostBefore - lostBefore / 10,
                () -> "rejected " + stats.rejectedFrames() + " of " + lostBefore + " lost");
        assertTrue(stats.resyncs() > 0);
    }

    private long lastCleanPacket(long sent) {
        long k = sent - 1;
        List<Long> lost = sim.lostPacketNumbers();
        while (lost.contains(k)) {
            k--;
        }
        return k;
    }

    private long lastIndex() {
        return recorder.blocks().stream().filter(b -> b.kind() == BlockKind.SAMPLES)
                .mapToLong(b -> b.first() + b.frames() - 1).max().orElse(-1);
    }

    @Test
    void unplugAndReplugOnTheSamePathGivesDisconnectedThenReconnectedWithAReconnectGap() throws Exception {
        Path deviceEnd = dir.resolve("cyton-device");
        Path hostEnd = dir.resolve("cyton-dongle");
        pair = bench.plug(deviceEnd, hostEnd);
        sim = bench.closeLater(CytonSimulator.serve(CytonSimulator.Settings.clean(SEED), transport, deviceEnd.toString(), clock));
        var ctx = context(hostEnd.toString(), Map.of());
        connection = bench.connected(new CytonDriver(transport).connect(ctx));
        bench.start();
        await("streaming").atMost(Duration.ofSeconds(10)).until(() -> recorder.frames() >= 100);

        long unplugged = System.nanoTime();
        pair.close();
        sim.close();
        await("DISCONNECTED").atMost(Duration.ofSeconds(2)).until(() -> ctx.reports().stream().anyMatch(r -> r.startsWith("DISCONNECTED")));
        assertTrue(System.nanoTime() - unplugged < TimeUnit.SECONDS.toNanos(1), "unplug noticed within 1 s");
        Thread.sleep(500);

        pair = bench.plug(deviceEnd, hostEnd);
        sim = bench.closeLater(CytonSimulator.serve(CytonSimulator.Settings.clean(SEED + 1), transport, deviceEnd.toString(), clock));
        await("RECONNECTED").atMost(Duration.ofSeconds(10)).until(() -> ctx.reports().stream().anyMatch(r -> r.startsWith("RECONNECTED")));
        long before = recorder.frames();
        await("frames after replug").atMost(Duration.ofSeconds(10)).until(() -> recorder.frames() >= before + 100);
        bench.stop();

        List<String> states = ctx.reports().stream().map(r -> r.substring(0, r.indexOf(':'))).distinct().toList();
        assertEquals(List.of("DISCONNECTED", "RECONNECTED"), states);
        var gaps = recorder.gaps();
        assertEquals(1, gaps.size(), () -> "gaps: " + gaps);
        assertEquals(GapCause.RECONNECT, gaps.get(0).cause());
        assertTrue(gaps.get(0).gapSamples() >= 100, "the outage (>0.5 s at 250 Hz) is in the gap: " + gaps.get(0));
    }

    @Test
    void aBoardThatNeverAnswersIsAClearErrorWithinAFewSeconds() throws Exception {
        pair = bench.plug();
        sim = bench.closeLater(CytonSimulator.serve(CytonSimulator.Settings.clean(SEED).withFault(CytonSimulator.Fault.SILENT), transport,
                pair.devicePath(), clock));
        long t0 = System.nanoTime();
        var e = assertThrows(DeviceException.class,
                () -> new CytonDriver(transport).connect(context(pair.hostPath(), Map.of("replyTimeoutMs", 2000))));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(4));
        assertEquals(pair.hostPath() + ": no answer to soft reset 'v' within 2000 ms (board off, wrong port or baud rate?)",
                e.getMessage());
    }

    @Test
    void aBannerThatNeverEndsIsAClearErrorWithinAFewSeconds() throws Exception {
        pair = bench.plug();
        sim = bench.closeLater(CytonSimulator.serve(CytonSimulator.Settings.clean(SEED).withFault(CytonSimulator.Fault.ENDLESS_BANNER), transport,
                pair.devicePath(), clock));
        var e = assertThrows(DeviceException.class,
                () -> new CytonDriver(transport).connect(context(pair.hostPath(), Map.of("replyTimeoutMs", 1000))));
        assertTrue(e.getMessage().startsWith(pair.hostPath() + ": the answer to soft reset 'v' did not end within 1000 ms: "
                + "'OpenBCI V3 8-16 channel garbage garbage"), e.getMessage());
        assertTrue(e.getMessage().endsWith("(wrong baud rate or not an OpenBCI board?)"), e.getMessage());
    }

    @Test
    void daisyModeStreamsSixteenChannelsAt125Hz() throws Exception {
        pair = bench.plug();
        sim = bench.closeLater(CytonSimulator.serve(CytonSimulator.Settings.clean(SEED).withDaisy(true), transport,
                pair.devicePath(), clock));
        connection = bench.connected(new CytonDriver(transport).connect(context(pair.hostPath(), Map.of("daisy", true,
                "accelerometer", false))));
        assertEquals(16, connection.descriptor().channels().size());
        bench.start();
        await("200 rows").atMost(Duration.ofSeconds(15)).until(() -> recorder.frames() >= 200);
        bench.stop();
        assertTrue(recorder.gaps().isEmpty(), () -> "gaps: " + recorder.gaps());
        double scale = Cyton.microvoltsPerCount(24);
        for (long r = 0; r < 200; r++) {
            float[] f = recorder.frame(r, 16);
            for (int ch = 0; ch < 16; ch++) {
                long packet = 2 * r + ch / 8;
                assertEquals((float) (CytonSimulator.counts(SEED, packet, ch % 8, Cyton.gainCode(24)) * scale), f[ch],
                        "row " + r + " channel " + (ch + 1));
            }
        }
    }

    @Test
    void daisyConfiguredWithoutADaisyModuleIsRefused() throws Exception {
        pair = bench.plug();
        sim = bench.closeLater(CytonSimulator.serve(CytonSimulator.Settings.clean(SEED), transport, pair.devicePath(), clock));
        var e = assertThrows(DeviceException.class,
                () -> new CytonDriver(transport).connect(context(pair.hostPath(), Map.of("daisy", true))));
        assertEquals(pair.hostPath() + ": daisy=true but the board has no Daisy module (it answered "
                + "'no daisy to attach!8' to 'C')", e.getMessage());
    }
}
