package org.myofuse.mat.driver;

import org.myofuse.api.serial.VirtualPortPair;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.stream.GapCause;
import org.myofuse.lib.simulation.mat.BodyPosture;
import org.myofuse.lib.simulation.mat.PatientSettings;
import org.myofuse.mat.protocol.MatIdentity;
import org.myofuse.mat.sim.MatImages;
import org.myofuse.mat.sim.MatSimulator;
import org.myofuse.mat.sim.MatWireSimulator;
import org.myofuse.testkit.DriverTestContext;
import org.myofuse.testkit.PseudoTerminalBench;
import org.myofuse.testkit.BlockRecorder;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.WireSimulator;

/**
 * The real driver against the wire simulator over a socat pseudo-terminal pair, through the real
 * serial transport and the real stream bus.
 */
class MatOverPseudoTerminalTest {

    private static final long SEED = 11;

    private final PseudoTerminalBench bench = new PseudoTerminalBench(1024);
    private final SessionClock clock = bench.clock();
    private final SerialTransport transport = bench.transport();
    private final BlockRecorder recorder = bench.recorder();
    private VirtualPortPair pair;
    private MatSimulator sim;
    private DeviceConnection connection;

    @TempDir
    Path dir;

    @AfterEach
    void unplug() throws Exception {
        bench.close();
    }

    private DriverTestContext<MatConfig> context(String port, Map<String, ?> config) {
        return bench.context("org.myofuse.device.pressure_mat~test", port, MatConfig.class, config);
    }

    /**
     * What the driver must publish for the simulator's frame {@code k}: the counts of the simulator's
     * images, known from a second {@link MatImages} built alike, calibrated with its identity.
     */
    private static final class Expected {

        private final MatImages images;
        private final MatIdentity identity;
        private final int[] counts;

        Expected(MatSimulator.Settings settings) {
            images = new MatImages(settings);
            identity = settings.identity();
            counts = new int[settings.rows() * settings.columns()];
        }

        float[] image(long k) {
            images.counts(k, counts);
            float[] kpa = new float[counts.length];
            for (int i = 0; i < counts.length; i++) {
                kpa[i] = (float) identity.kpa(counts[i]);
            }
            return kpa;
        }
    }

    @Test
    void streamsTheSimulatorsImagesAt100HzInKilopascalWithTheMatsGeometry() throws Exception {
        var settings = MatSimulator.Settings.clean(SEED);
        pair = bench.plug();
        sim = bench.closeLater(MatSimulator.serve(settings, transport, pair.devicePath(), clock));
        connection = bench.connected(new MatDriver(transport).connect(context(pair.hostPath(), Map.of("placement", "standing"))));
        var d = connection.descriptor();
        assertEquals(new GridLayout(32, 32, 15.0, 15.0), d.grid());
        assertEquals(1024, d.channels().size());
        assertEquals("r31c31", d.channels().get(1023).name());
        assertEquals("standing", d.channels().get(0).site());
        assertEquals("SIM-11", d.serialNumber());
        assertEquals("1.0.0", d.firmware());
        bench.start();
        await("300 images").atMost(Duration.ofSeconds(15)).until(() -> recorder.frames() >= 300);
        bench.stop();
        long frames = recorder.frames();
        var expected = new Expected(settings);
        double loadN = 0;
        for (long i = 0; i < frames; i++) {
            float[] image = recorder.frame(i, 1024);
            assertArrayEquals(expected.image(i), image, "image " + i);
            for (float kpa : image) {
                loadN += kpa * 1000 * 15e-3 * 15e-3;
            }
        }
        assertEquals(70 * 9.80665, loadN / frames, 70 * 9.80665 * 0.02, "a typical 70 kg patient stands on the mat");
        assertTrue(recorder.gaps().isEmpty(), () -> "gaps: " + recorder.gaps());
        await("stopped mat quiet").atMost(Duration.ofSeconds(2)).until(() -> !sim.isStreaming());
        long afterStop = recorder.frames();
        Thread.sleep(100);
        assertEquals(afterStop, recorder.frames(), "nothing published after stop()");
    }

    @Test
    void aSixtyFourBySixtyFourMatStreamsWholeImages() throws Exception {
        var settings = new MatSimulator.Settings(PatientSettings.typical(BodyPosture.SUPINE, SEED), 0, 64, 64, 50, true);
        pair = bench.plug();
        sim = bench.closeLater(MatSimulator.serve(settings, transport, pair.devicePath(), clock));
        connection = bench.connected(new MatDriver(transport).connect(context(pair.hostPath(), Map.of("expectedRows", 64,
                "expectedColumns", 64))));
        assertEquals(4096, connection.descriptor().channels().size());
        bench.start();
        await("100 images").atMost(Duration.ofSeconds(15)).until(() -> recorder.frames() >= 100);
        bench.stop();
        var expected = new Expected(settings);
        for (long i = 0; i < 100; i++) {
            assertArrayEquals(expected.image(i), recorder.frame(i, 4096), "image " + i);
        }
        assertTrue(recorder.gaps().isEmpty());
    }

    @Test
    void corruptionIsRejectedCountedAndEveryCleanImageKept() throws Exception {
        var settings = new MatSimulator.Settings(PatientSettings.typical(BodyPosture.STANDING, SEED), 0.08, 16, 16,
                100, true);
        pair = bench.plug();
        sim = bench.closeLater(MatSimulator.serve(settings, transport, pair.devicePath(), clock));
        var mat = bench.connected((MatConnection) new MatDriver(transport).connect(context(pair.hostPath(), Map.of())));
        bench.start();
        await("600 frames sent").atMost(Duration.ofSeconds(20)).until(() -> sim.framesSent() >= 600);
        sim.pause();
        long sent = sim.framesSent();
        long lastClean = lastClean(sent);
        await("all images through").atMost(Duration.ofSeconds(5)).until(() -> recorder.lastIndex() >= lastClean);
        bench.stop();

        List<Long> lost = sim.lostFrameNumbers().stream().filter(k -> k < lastClean).toList();
        assertTrue(lost.size() > 10, "the test injected damage: " + lost.size());
        long gapSamples = recorder.gaps().stream().mapToLong(BlockRecorder.Block::gapSamples).sum();
        assertEquals(lost.size(), gapSamples, "every damaged or dropped frame is one missing image");
        assertEquals(lastClean + 1 - lost.size(), recorder.frames(), "every clean image kept");
        var expected = new Expected(settings);
        for (long i = 0; i <= lastClean; i++) {
            if (lost.contains(i)) {
                assertNull(recorder.frame(i, 256), "frame " + i + " was damaged");
            } else {
                assertArrayEquals(expected.image(i), recorder.frame(i, 256), "image " + i);
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
            connection = bench.connected(new MatDriver(transport).connect(context(running.portPath(), Map.of())));
            assertEquals(new GridLayout(32, 32, 15.0, 15.0), connection.descriptor().grid());
            bench.start();
            await("50 images").atMost(Duration.ofSeconds(10)).until(() -> recorder.frames() >= 50);
            bench.stop();
            assertArrayEquals(new Expected(MatSimulator.Settings.clean(SEED)).image(49), recorder.frame(49, 1024));
            assertTrue(running.summary().startsWith("pressure-mat simulator (32x32, 100 Hz): "), running.summary());
            connection.close();
            connection = null;
        }
    }

    @Test
    void aMatThatNeverAnswersIsAClearErrorWithinAFewSeconds() throws Exception {
        pair = bench.plug();
        sim = bench.closeLater(MatSimulator.serve(new MatSimulator.Settings(PatientSettings.typical(BodyPosture.STANDING, SEED), 0, 32,
                32, 100, false), transport, pair.devicePath(), clock));
        long t0 = System.nanoTime();
        var e = assertThrows(DeviceException.class,
                () -> new MatDriver(transport).connect(context(pair.hostPath(), Map.of("replyTimeoutMs", 1500))));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(4));
        assertEquals(pair.hostPath() + ": no answer to identify within 1500 ms (mat off, wrong port or baud rate?)",
                e.getMessage());
    }

    @Test
    void aDeviceSendingOnlyNoiseLikeAWrongBaudRateIsAClearErrorWithinAFewSeconds() throws Exception {
        pair = bench.plug();
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
        pair = bench.plug();
        sim = bench.closeLater(MatSimulator.serve(MatSimulator.Settings.clean(SEED), transport, pair.devicePath(), clock));
        var e = assertThrows(DeviceException.class, () -> new MatDriver(transport).connect(
                context(pair.hostPath(), Map.of("expectedRows", 48))));
        assertEquals(pair.hostPath() + ": the mat is 32x32, configured 48xany", e.getMessage());
    }

    @Test
    void unplugAndReplugOnTheSamePathGivesDisconnectedThenReconnectedWithAReconnectGap() throws Exception {
        Path deviceEnd = dir.resolve("mat-device");
        Path hostEnd = dir.resolve("mat-usb");
        pair = bench.plug(deviceEnd, hostEnd);
        sim = bench.closeLater(MatSimulator.serve(MatSimulator.Settings.clean(SEED), transport, deviceEnd.toString(), clock));
        var ctx = context(hostEnd.toString(), Map.of());
        connection = bench.connected(new MatDriver(transport).connect(ctx));
        bench.start();
        await("streaming").atMost(Duration.ofSeconds(10)).until(() -> recorder.frames() >= 50);

        long unplugged = System.nanoTime();
        pair.close();
        sim.close();
        await("DISCONNECTED").atMost(Duration.ofSeconds(2)).until(() -> ctx.reports().stream().anyMatch(r -> r.startsWith("DISCONNECTED")));
        assertTrue(System.nanoTime() - unplugged < TimeUnit.SECONDS.toNanos(1), "unplug noticed within 1 s");
        Thread.sleep(500);

        pair = bench.plug(deviceEnd, hostEnd);
        sim = bench.closeLater(MatSimulator.serve(MatSimulator.Settings.clean(SEED + 1), transport, deviceEnd.toString(), clock));
        await("RECONNECTED").atMost(Duration.ofSeconds(10)).until(() -> ctx.reports().stream().anyMatch(r -> r.startsWith("RECONNECTED")));
        long before = recorder.frames();
        await("images after replug").atMost(Duration.ofSeconds(10)).until(() -> recorder.frames() >= before + 50);
        bench.stop();

        List<String> states = ctx.reports().stream().map(r -> r.substring(0, r.indexOf(':'))).distinct().toList();
        assertEquals(List.of("DISCONNECTED", "RECONNECTED"), states);
        var gaps = recorder.gaps();
        assertEquals(1, gaps.size(), () -> "gaps: " + gaps);
        assertEquals(GapCause.RECONNECT, gaps.get(0).cause());
        assertTrue(gaps.get(0).gapSamples() >= 50, "the outage (>0.5 s at 100 Hz) is in the gap: " + gaps.get(0));
    }
}
