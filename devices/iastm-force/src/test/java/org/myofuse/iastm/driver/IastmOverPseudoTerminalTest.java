package org.myofuse.iastm.driver;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.myofuse.api.serial.VirtualPortPair;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.iastm.sim.IastmSimulator;
import org.myofuse.iastm.sim.StrokeProfile;
import org.myofuse.testkit.DriverTestContext;
import org.myofuse.testkit.PseudoTerminalBench;
import org.myofuse.testkit.BlockRecorder;
import org.myofuse.api.serial.SerialTransport;

/**
 * The real driver against the wire simulator over a socat pseudo-terminal pair, through the real
 * serial transport and the real stream bus.
 */
class IastmOverPseudoTerminalTest {

    /** Waits for other threads: polls every 5 ms, fails naming what was awaited after 10 s. */
    private static final ConditionFactory WAIT = Awaitility.with().pollInterval(Duration.ofMillis(5))
            .atMost(Duration.ofSeconds(10));

    private static final long SEED = 11;
    /** Half the tool's 1 mN resolution, plus float rounding at up to 50 N. */
    private static final double WITHIN_RESOLUTION = 0.0005 + 5e-6;

    private final PseudoTerminalBench bench = new PseudoTerminalBench(65536);
    private final SessionClock clock = bench.clock();
    private final SerialTransport transport = bench.transport();
    private final BlockRecorder recorder = bench.recorder();
    private VirtualPortPair pair;
    private IastmSimulator sim;
    private DeviceConnection connection;

    @TempDir
    Path dir;

    @AfterEach
    void unplug() throws Exception {
        bench.close();
    }

    private DriverTestContext<IastmConfig> context(String port, Map<String, ?> config) {
        return bench.context("org.myofuse.device.iastm_force~test", port, IastmConfig.class, config);
    }

    private void serve(IastmSimulator.Settings settings) throws Exception {
        pair = bench.plug();
        sim = bench.closeLater(IastmSimulator.serve(settings, transport, pair.devicePath(), clock));
    }

    @Test
    void streamsTheSimulatorsForcesAndOrientationWithinTheResolutionAcrossTheWraps() throws Exception {
        serve(IastmSimulator.Settings.clean(SEED));
        connection = bench.connected(new IastmDriver(transport).connect(context(pair.hostPath(), Map.of("orientation", true))));
        var d = connection.descriptor();
        assertEquals(List.of(IastmSimulator.VENDOR, IastmSimulator.MODEL, IastmSimulator.FIRMWARE,
                IastmSimulator.SERIAL), List.of(d.vendor(), d.model(), d.firmware(), d.serialNumber()));
        assertEquals(List.of("Fx", "Fy", "Fz", "qw", "qx", "qy", "qz"),
                d.channels().stream().map(c -> c.name()).toList());
        assertEquals(150.0, d.channels().get(2).max());
        assertEquals(0.001, d.channels().get(0).resolution(), 1e-12);

        bench.start();
        WAIT.alias("1500 frames (past the sequence and clock wraps)").atMost(Duration.ofSeconds(20))
                .until(() -> recorder.frames() >= 1500);
        bench.stop();
        assertEquals(1, sim.tares());
        long frames = recorder.frames();
        for (long k = 0; k < frames; k++) {
            float[] f = recorder.frame(k, 7);
            for (int axis = 0; axis < 3; axis++) {
                assertEquals(IastmStream.newtons(IastmSimulator.forceMicronewtons(SEED, k, axis, true)), f[axis],
                        "frame " + k + " axis " + axis);
                assertEquals(StrokeProfile.newtons(SEED, k, axis), f[axis], WITHIN_RESOLUTION);
            }
            double half = StrokeProfile.tilt(k) / 2;
            assertEquals(Math.cos(half), f[3], 0.5 / 16384 + 1e-7, "qw of frame " + k);
            assertEquals(0.0f, f[4]);
            assertEquals(Math.sin(half), f[5], 0.5 / 16384 + 1e-7, "qy of frame " + k);
        }
        assertTrue(recorder.gaps().isEmpty(), () -> "gaps: " + recorder.gaps());
        long t0 = sim.settings().firstTimeMicros();
        for (var b : recorder.blocks()) {
            assertEquals(t0 + 1000 * b.first(), b.deviceTimeMicros(), "device time of the block at " + b.first());
            assertTrue(b.frames() <= IastmStream.MAX_BLOCK_FRAMES);
        }
        WAIT.alias("stopped tool quiet").atMost(Duration.ofSeconds(2)).until(() -> !sim.isStreaming());
        long afterStop = recorder.frames();
        Thread.sleep(100);
        assertEquals(afterStop, recorder.frames(), "nothing published after stop()");
    }

    @Test
    void withoutTareTheSensorOffsetStaysInTheValues() throws Exception {
        serve(IastmSimulator.Settings.clean(SEED));
        connection = bench.connected(new IastmDriver(transport).connect(context(pair.hostPath(), Map.of("tareOnStart", false))));
        assertEquals(3, connection.descriptor().channels().size());
        bench.start();
        WAIT.alias("100 frames").until(() -> recorder.frames() >= 100);
        bench.stop();
        assertEquals(0, sim.tares());
        for (long k = 0; k < 100; k++) {
            float[] f = recorder.frame(k, 3);
            for (int axis = 0; axis < 3; axis++) {
                assertEquals(IastmStream.newtons(IastmSimulator.forceMicronewtons(SEED, k, axis, false)), f[axis]);
            }
        }
    }

    @Test
    void stopAndStartAgainContinuesTheIndexWithoutAGapAndTheDeviceTimeShowsThePause() throws Exception {
        serve(IastmSimulator.Settings.clean(SEED));
        connection = bench.connected(new IastmDriver(transport).connect(context(pair.hostPath(), Map.of("tareOnStart", false))));
        bench.start();
        WAIT.alias("200 frames").until(() -> recorder.frames() >= 200);
        bench.stop();
        WAIT.alias("stopped tool quiet").atMost(Duration.ofSeconds(2)).until(() -> !sim.isStreaming());
        long firstRun = recorder.frames();
        Thread.sleep(300);
        bench.start();
        WAIT.alias("200 more frames").until(() -> recorder.frames() >= firstRun + 200);
        bench.stop();

        assertTrue(recorder.gaps().isEmpty(), () -> "gaps: " + recorder.gaps());
        long k0 = frameNumberOf(recorder.frame(firstRun, 3), sim.framesSent());
        for (long i = firstRun; i < firstRun + 200; i++) {
            float[] f = recorder.frame(i, 3);
            for (int axis = 0; axis < 3; axis++) {
                assertEquals(IastmStream.newtons(IastmSimulator.forceMicronewtons(SEED, k0 + i - firstRun, axis, false)),
                        f[axis], "frame " + i);
            }
        }
        var second = recorder.blocks().stream().filter(b -> b.first() == firstRun).findFirst().orElseThrow();
        long expectedWithoutPause = sim.settings().firstTimeMicros() + 1000 * k0;
        assertTrue(second.deviceTimeMicros() - expectedWithoutPause >= 250_000,
                "the pause shows in the device time: " + (second.deviceTimeMicros() - expectedWithoutPause));
    }

    /** The simulator's frame number whose forces are {@code f}. */
    private static long frameNumberOf(float[] f, long upTo) {
        for (long k = 0; k <= upTo; k++) {
            if (IastmStream.newtons(IastmSimulator.forceMicronewtons(SEED, k, 0, false)) == f[0]
                    && IastmStream.newtons(IastmSimulator.forceMicronewtons(SEED, k, 1, false)) == f[1]
                    && IastmStream.newtons(IastmSimulator.forceMicronewtons(SEED, k, 2, false)) == f[2]) {
                return k;
            }
        }
        throw new AssertionError("no simulator frame has the forces " + java.util.Arrays.toString(f));
    }

    @Test
    void corruptionIsRejectedCountedExactlyAndEveryCleanFrameKept() throws Exception {
        serve(new IastmSimulator.Settings(SEED, 0.03, true, false, 100, 5_000_000));
        var iastm = bench.connected((IastmConnection) new IastmDriver(transport).connect(context(pair.hostPath(), Map.of())));
        bench.start();
        WAIT.alias("3000 frames sent").atMost(Duration.ofSeconds(20)).until(() -> sim.framesSent() >= 3000);
        sim.pause();
        long sent = sim.framesSent();
        List<Long> lost = sim.lostFrames();
        assertTrue(!lost.contains(sent - 1), "the simulator never ends on a damaged frame");
        WAIT.alias("all frames through").atMost(Duration.ofSeconds(5)).until(() -> lastIndex() >= sent - 1);
        bench.stop();

        assertTrue(lost.size() > 30, "the test injected damage: " + lost.size());
        var stats = iastm.statistics().snapshot();
        assertEquals(lost.size(), stats.rejectedFrames(), "one rejected frame per damaged frame");
        assertEquals(sent - lost.size(), stats.frames());
        long runs = 0;
        for (int i = 0; i < lost.size(); i++) {
            if (i == 0 || lost.get(i) != lost.get(i - 1) + 1) {
                runs++;
            }
        }
        var gaps = recorder.gaps();
        assertEquals(runs, gaps.size(), "one gap per run of damaged frames");
        assertEquals(lost.size(), gaps.stream().mapToLong(BlockRecorder.Block::gapSamples).sum());
        assertTrue(gaps.stream().allMatch(g -> g.cause() == GapCause.REJECTED_FRAME));
        assertEquals(sent - lost.size(), recorder.frames(), "every clean frame kept");
        var lostSet = new java.util.HashSet<>(lost);
        for (long k = 0; k < sent; k++) {
            float[] f = recorder.frame(k, 3);
            if (lostSet.contains(k)) {
                assertEquals(null, f, "frame " + k + " was damaged");
                continue;
            }
            for (int axis = 0; axis < 3; axis++) {
                assertEquals(IastmStream.newtons(IastmSimulator.forceMicronewtons(SEED, k, axis, true)), f[axis],
                        "frame " + k);
            }
        }
        assertTrue(stats.resyncs() > 0);
        assertTrue(sim.garbageRuns() > 0);
    }

    private long lastIndex() {
        return recorder.blocks().stream().filter(b -> b.kind() == BlockKind.SAMPLES)
                .mapToLong(b -> b.first() + b.frames() - 1).max().orElse(-1);
    }

    @Test
    void aToolThatNeverAnswersIsAClearErrorWithinAFewSeconds() throws Exception {
        serve(new IastmSimulator.Settings(SEED, 0, false, true, 0, 0));
        long t0 = System.nanoTime();
        var e = assertThrows(DeviceException.class, () -> new IastmDriver(transport).connect(
                context(pair.hostPath(), Map.of("replyTimeoutMs", 1000))));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(3));
        assertEquals(pair.hostPath() + ": no reply to identify within 1000 ms (tool off, wrong port or baud rate?)",
                e.getMessage());
    }

    @Test
    void orientationOnAToolWithoutAnImuIsRefused() throws Exception {
        serve(new IastmSimulator.Settings(SEED, 0, true, false, 0, 0));
        var e = assertThrows(DeviceException.class, () -> new IastmDriver(transport).connect(
                context(pair.hostPath(), Map.of("orientation", true))));
        assertEquals(pair.hostPath() + ": orientation=true but the tool (" + IastmSimulator.MODEL
                + ") reports no orientation sensor", e.getMessage());
    }

    @Test
    void unplugAndReplugOnTheSamePathGivesDisconnectedThenReconnectedWithAReconnectGap() throws Exception {
        Path deviceEnd = dir.resolve("iastm-device");
        Path hostEnd = dir.resolve("iastm-host");
        pair = bench.plug(deviceEnd, hostEnd);
        sim = bench.closeLater(IastmSimulator.serve(IastmSimulator.Settings.clean(SEED), transport, deviceEnd.toString(), clock));
        var ctx = context(hostEnd.toString(), Map.of());
        connection = bench.connected(new IastmDriver(transport).connect(ctx));
        bench.start();
        WAIT.alias("streaming").until(() -> recorder.frames() >= 200);

        pair.close();
        sim.close();
        WAIT.alias("DISCONNECTED").atMost(Duration.ofSeconds(2))
                .until(() -> ctx.reports().stream().anyMatch(r -> r.startsWith("DISCONNECTED")));
        Thread.sleep(500);

        pair = bench.plug(deviceEnd, hostEnd);
        sim = bench.closeLater(IastmSimulator.serve(IastmSimulator.Settings.clean(SEED + 1), transport, deviceEnd.toString(), clock));
        WAIT.alias("RECONNECTED").until(() -> ctx.reports().stream().anyMatch(r -> r.startsWith("RECONNECTED")));
        long before = recorder.frames();
        WAIT.alias("frames after replug").until(() -> recorder.frames() >= before + 200);
        bench.stop();

        List<String> states = ctx.reports().stream().map(r -> r.substring(0, r.indexOf(':'))).distinct().toList();
        assertEquals(List.of("DISCONNECTED", "RECONNECTED"), states);
        var gaps = recorder.gaps();
        assertEquals(1, gaps.size(), () -> "gaps: " + gaps);
        assertEquals(GapCause.RECONNECT, gaps.get(0).cause());
        assertTrue(gaps.get(0).gapSamples() >= 400, "the outage (>0.5 s at 1 kHz) is in the gap: " + gaps.get(0));
    }
}
