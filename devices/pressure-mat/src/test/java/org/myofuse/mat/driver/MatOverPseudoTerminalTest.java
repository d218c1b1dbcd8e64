package org.myofuse.mat.driver;

import org.myofuse.api.serial.VirtualPortPair;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.stream.GapCause;
import org.myofuse.mat.protocol.MatIdentity;
import org.myofuse.mat.sim.MatSimulator;
import org.myofuse.mat.sim.MatWireSimulator;
import org.myofuse.testkit.Await;
import org.myofuse.testkit.DriverTestContext;
import org.myofuse.testkit.Configs;
import org.myofuse.testkit.BlockRecorder;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.WireSimulator;

/**
 * The real driver against the wire simulator over a socat pseudo-terminal pair, through the real
 * serial transport and the real stream bus.
 */
class MatOverPseudoTerminalTest {

    private static final long SEED = 11;

    private final MonotonicSessionClock clock = new MonotonicSessionClock();
    private final SerialTransport transport = ServiceLoader.load(SerialTransport.class).findFirst().orElseThrow();
    private final BlockRecorder recorder = new BlockRecorder();
    private RingStreamBus bus;
    private VirtualPortPair pair;
    private MatSimulator sim;
    private DeviceConnection connection;

    @TempDir
    Path dir;

    @BeforeEach
    void bus() {
        bus = new RingStreamBus(clock);
        bus.subscribe("recorder", recorder, 1024);
    }

    @AfterEach
    void unplug() {
        if (connection != null) {
            connection.close();
        }
        if (sim != null) {
            sim.close();
        }
        if (pair != null) {
            pair.close();
        }
        bus.close();
    }

    private DriverTestContext<MatConfig> context(String port, Map<String, ?> config) {
        return new DriverTestContext<>("org.myofuse.device.pressure_mat~test", bus, clock, port, Configs.with(MatConfig.class, config));
    }

    private static float[] expected(MatSimulator.Settings s, long k) {
        MatIdentity id = s.identity();
        float[] f = new float[s.rows() * s.columns()];
        for (int r = 0; r < s.rows(); r++) {
            for (int c = 0; c < s.columns(); c++) {
                f[r * s.columns() + c] = (float) id.kpa(MatSimulator.count(s, k, r, c));
            }
        }
        return f;
    }

    @Test
    void streamsTheSimulatorsImagesAt100HzInKilopascalWithTheMatsGeometry() throws Exception {
        var settings = MatSimulator.Settings.clean(SEED);
        pair = transport.openVirtualPair();
        sim = MatSimulator.serve(settings, transport, pair.devicePath(), clock);
        connection = new MatDriver(transport).connect(context(pair.hostPath(), Map.of("placement", "standing")));
        var d = connection.descriptor();
        assertEquals(new GridLayout(32, 32, 15.0, 12.5), d.grid());
        assertEquals(1024, d.channels().size());
        assertEquals("r31c31", d.channels().get(1023).name());
        assertEquals("standing", d.channels().get(0).site());
        assertEquals("SIM-11", d.serialNumber());
        assertEquals("1.0.0", d.firmware());
        connection.start();
        Await.until("300 images", 15, () -> recorder.frames() >= 300);
        connection.stop();
        long frames = recorder.frames();
        for (long i = 0; i < frames; i++) {
            assertArrayEquals(expected(settings, i), recorder.frame(i, 1024), "image " + i);
        }
        assertTrue(recorder.gaps().isEmpty(), () -> "gaps: " + recorder.gaps());
        Await.until("stopped mat quiet", 2, () -> !sim.isStreaming());
        long afterStop = recorder.frames();
        Thread.sleep(100);
        assertEquals(afterStop, recorder.frames(), "nothing published after stop()");
    }

    @Test
    void aSixtyFourBySixtyFourMatStreamsWholeImages() throws Exception {
        var settings = new MatSimulator.Settings(SEED, 0, 64, 64, 50, MatSimulator.Scene.BLOB, true);
        pair = transport.openVirtualPair();
        sim = MatSimulator.serve(settings, transport, pair.devicePath(), clock);
        connection = new MatDriver(transport).connect(context(pair.hostPath(), Map.of("expectedRows", 64,
                "expectedColumns", 64)));
        assertEquals(4096, connection.descriptor().channels().size());
        connection.start();
        Await.until("100 images", 15, () -> recorder.frames() >= 100);
        connection.stop();
        for (long i = 0; i < 100; i++) {
            assertArrayEquals(expected(settings, i), recorder.frame(i, 4096), "image " + i);
        }
        assertTrue(recorder.gaps().isEmpty());
    }

    @Test
    void corruptionIsRejectedCountedAndEveryCleanImageKept() throws Exception {
        var settings = new MatSimulator.Settings(SEED, 0.08, 16, 16, 100, MatSimulator.Scene.FEET, true);
        pair = transport.openVirtualPair();
        sim = MatSimulator.serve(settings, transport, pair.devicePath(), clock);
        var mat = (MatConnection) new MatDriver(transport).connect(context(pair.hostPath(), Map.of()));
        connection = mat;
        connection.start();
        Await.until("600 frames sent", 20, () -> sim.framesSent() >= 600);
        sim.pause();
        long sent = sim.framesSent();
        long lastClean = lastClean(sent);
        Await.until("all images through", 5, () -> recorder.lastIndex() >= lastClean);
        connection.stop();

        List<Long> lost = sim.lostFrameNumbers().stream().filter(k -> k < lastClean).toList();
        assertTrue(lost.size() > 10, "the test injected damage: " + lost.size());
        long gapSamples = recorder.gaps().stream().mapToLong(BlockRecorder.Block::gapSamples).sum();
        assertEquals(lost.size(), gapSamples, "every damaged or dropped frame is one missing image");
        assertEquals(lastClean + 1 - lost.size(), recorder.frames(), "every clean image kept");
        for (long i = 0; i <= lastClean; i++) {
            if (lost.contains(i)) {
                assertNull(recorder.frame(i, 256), "frame " + i + " was damaged");
            } else {
                assertArrayEquals(expected(settings, i), recorder.frame(i, 256), "image " + i);
            }
        }
        var stats = mat.statistics().snapshot();
        long rejectable = sim.rejectableFrameNumbers().stream().filter(k -> k < lastClean).count();
        assertEquals(rejectable, stats.rejectedFrames(), "every truncated or bad-CRC frame rejected, nothing else");
        assertEquals(recorder.gaps().size(), stats.gaps());
        assertEquals(gapSamples, stats.gapSamples());
        assertTrue(recorder.gaps().stream().allMatch(g -> g.cause() == GapCause.REJECTED_FRAME
                || g.cause() == GapCause.COUNTER_JUMP));
        assertTrue(stats.resyncs() > 0);
        assertTrue(sim.garbageRuns() > 0 && sim.framesDropped() > 0, "every kind of damage was injected");
    }

    private long lastClean(long sent) {
        long k = sent - 1;
        List<Long> lost = sim.lostFrameNumbers();
        while (lost.contains(k)) {
            k--;
        }
        return k;
    }

    @Test
    void theWireSimulatorServesAThirtyTwoByThirtyTwoMatForMyofuseSimulate() throws Exception {
        var wire = new MatWireSimulator(transport, clock);
        try (var running = wire.start(new WireSimulator.Options(SEED, 0))) {
            connection = new MatDriver(transport).connect(context(running.portPath(), Map.of()));
            assertEquals(new GridLayout(32, 32, 15.0, 12.5), connection.descriptor().grid());
            connection.start();
            Await.until("50 images", 10, () -> recorder.frames() >= 50);
            connection.stop();
            assertArrayEquals(expected(MatSimulator.Settings.clean(SEED), 49), recorder.frame(49, 1024));
            assertTrue(running.summary().startsWith("pressure-mat simulator (32x32, 100 Hz): "), running.summary());
            connection.close();
            connection = null;
        }
    }

    @Test
    void aMatThatNeverAnswersIsAClearErrorWithinAFewSeconds() throws Exception {
        pair = transport.openVirtualPair();
        sim = MatSimulator.serve(new MatSimulator.Settings(SEED, 0, 32, 32, 100, MatSimulator.Scene.FEET, false),
                transport, pair.devicePath(), clock);
        long t0 = System.nanoTime();
        var e = assertThrows(DeviceException.class,
                () -> new MatDriver(transport).connect(context(pair.hostPath(), Map.of("replyTimeoutMs", 1500))));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(4));
        assertEquals(pair.hostPath() + ": no answer to identify within 1500 ms (mat off, wrong port or baud rate?)",
                e.getMessage());
    }

    @Test
    void aDeviceSendingOnlyNoiseLikeAWrongBaudRateIsAClearErrorWithinAFewSeconds() throws Exception {
        pair = transport.openVirtualPair();
        var noise = transport.open(new org.myofuse.api.serial.SerialLinkSpec(pair.devicePath(), 115200, clock, "noise",
                java.time.Duration.ofSeconds(1), false), (b, n, t) -> { });
        var random = new java.util.SplittableRandom(5);
        var running = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            byte[] junk = new byte[256];
            while (running.get()) {
                random.nextBytes(junk);
                try {
                    noise.write(junk);
                    Thread.sleep(5);
                } catch (Exception e) {
                    return;
                }
            }
        });
        writer.start();
        try {
            long t0 = System.nanoTime();
            var e = assertThrows(DeviceException.class,
                    () -> new MatDriver(transport).connect(context(pair.hostPath(), Map.of("replyTimeoutMs", 1000))));
            assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(3));
            assertEquals(pair.hostPath() + ": no answer to identify within 1000 ms (mat off, wrong port or baud rate?)",
                    e.getMessage());
        } finally {
            running.set(false);
            writer.join(2000);
            noise.close();
        }
    }

    @Test
    void aMatOfAnotherSizeThanConfiguredIsRefused() throws Exception {
        pair = transport.openVirtualPair();
        sim = MatSimulator.serve(MatSimulator.Settings.clean(SEED), transport, pair.devicePath(), clock);
        var e = assertThrows(DeviceException.class, () -> new MatDriver(transport).connect(
                context(pair.hostPath(), Map.of("expectedRows", 48))));
        assertEquals(pair.hostPath() + ": the mat is 32x32, configured 48xany", e.getMessage());
    }

    @Test
    void unplugAndReplugOnTheSamePathGivesDisconnectedThenReconnectedWithAReconnectGap() throws Exception {
        Path deviceEnd = dir.resolve("mat-device");
        Path hostEnd = dir.resolve("mat-usb");
        pair = transport.openVirtualPair(deviceEnd, hostEnd);
        sim = MatSimulator.serve(MatSimulator.Settings.clean(SEED), transport, deviceEnd.toString(), clock);
        var ctx = context(hostEnd.toString(), Map.of());
        connection = new MatDriver(transport).connect(ctx);
        connection.start();
        Await.until("streaming", 10, () -> recorder.frames() >= 50);

        long unplugged = System.nanoTime();
        pair.close();
        sim.close();
        Await.until("DISCONNECTED", 2, () -> ctx.reports().stream().anyMatch(r -> r.startsWith("DISCONNECTED")));
        assertTrue(System.nanoTime() - unplugged < TimeUnit.SECONDS.toNanos(1), "unplug noticed within 1 s");
        Thread.sleep(500);

        pair = transport.openVirtualPair(deviceEnd, hostEnd);
        sim = MatSimulator.serve(MatSimulator.Settings.clean(SEED + 1), transport, deviceEnd.toString(), clock);
        Await.until("RECONNECTED", 10, () -> ctx.reports().stream().anyMatch(r -> r.startsWith("RECONNECTED")));
        long before = recorder.frames();
        Await.until("images after replug", 10, () -> recorder.frames() >= before + 50);
        connection.stop();

        List<String> states = ctx.reports().stream().map(r -> r.substring(0, r.indexOf(':'))).distinct().toList();
        assertEquals(List.of("DISCONNECTED", "RECONNECTED"), states);
        var gaps = recorder.gaps();
        assertEquals(1, gaps.size(), () -> "gaps: " + gaps);
        assertEquals(GapCause.RECONNECT, gaps.get(0).cause());
        assertTrue(gaps.get(0).gapSamples() >= 50, "the outage (>0.5 s at 100 Hz) is in the gap: " + gaps.get(0));
    }
}
