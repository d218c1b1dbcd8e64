package org.myofuse.line.driver;

import org.myofuse.api.serial.VirtualPortPair;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.GapCause;
import org.myofuse.line.protocol.LineDecoder;
import org.myofuse.line.protocol.LineFormat;
import org.myofuse.line.protocol.Separator;
import org.myofuse.line.sim.LoadCellSimulator;
import org.myofuse.testkit.DriverTestContext;
import org.myofuse.testkit.PseudoTerminalBench;
import org.myofuse.testkit.BlockRecorder;
import org.myofuse.api.serial.SerialTransport;

/**
 * The real driver against the HX711 sketch simulator over a socat pseudo-terminal pair, through the
 * real serial transport and the real stream bus.
 */
class LineDeviceOverPseudoTerminalTest {

    /** Waits for other threads: polls every 5 ms, fails naming what was awaited after 10 s. */
    private static final ConditionFactory WAIT = Awaitility.with().pollInterval(Duration.ofMillis(5))
            .atMost(Duration.ofSeconds(10));

    private static final long SEED = 11;
    private static final double RATE = 100;
    private static final double SCALE = 1 / LoadCellSimulator.COUNTS_PER_NEWTON;

    private final PseudoTerminalBench bench = new PseudoTerminalBench(65536);
    private final SessionClock clock = bench.clock();
    private final SerialTransport transport = bench.transport();
    private final BlockRecorder recorder = bench.recorder();
    private VirtualPortPair pair;
    private LoadCellSimulator sim;
    private DeviceConnection connection;

    @TempDir
    Path dir;

    @AfterEach
    void unplug() throws Exception {
        bench.close();
    }

    private DriverTestContext<LineDeviceConfig> context(String port, Map<String, ?> config) {
        return bench.context("org.myofuse.device.line_device~test", port, LineDeviceConfig.class, config);
    }

    private static Map<String, Object> loadCell(Map<String, ?> more) {
        var config = new HashMap<String, Object>(Map.of("channelNames", "fz,temp", "units", "N,degC",
                "scale", SCALE + ",1", "offset", LoadCellSimulator.TARE_COUNTS + ",0", "rateHz", RATE,
                "startCommand", "start", "stopCommand", "stop"));
        config.putAll(more);
        return config;
    }

    /** What the driver must publish for sample {@code k}. */
    private static float[] expected(long k, double rate) {
        return new float[] {(float) ((LoadCellSimulator.rawCount(SEED, k, rate) - LoadCellSimulator.TARE_COUNTS) * SCALE),
                (float) (LoadCellSimulator.centiCelsius(SEED, k) / 100.0)};
    }

    private void assertFrame(long k) {
        assertFrame(k, RATE);
    }

    private void assertFrame(long k, double rate) {
        float[] f = recorder.frame(k, 2);
        float[] want = expected(k, rate);
        assertEquals(want[0], f[0], "fz of sample " + k);
        assertEquals(want[1], f[1], "temp of sample " + k);
    }

    @Test
    void streamsTheSimulatorsValuesAfterScalingWithNamesAndUnits() throws Exception {
        pair = bench.plug();
        sim = bench.closeLater(LoadCellSimulator.serve(LoadCellSimulator.Settings.clean(SEED, RATE), transport, pair.devicePath(), clock));
        connection = bench.connected(new LineDeviceDriver(transport).connect(context(pair.hostPath(), loadCell(Map.of()))));
        assertEquals("fz", connection.descriptor().channels().get(0).name());
        assertEquals("N", connection.descriptor().channels().get(0).unit());
        assertEquals(RATE, connection.descriptor().channels().get(1).sampleRateHz());
        bench.start();
        WAIT.alias("300 frames").atMost(Duration.ofSeconds(15)).until(() -> recorder.frames() >= 300);
        bench.stop();
        WAIT.alias("sketch stopped by the stop command").atMost(Duration.ofSeconds(2)).until(() -> !sim.isStreaming());
        long frames = recorder.frames();
        for (long k = 0; k < frames; k++) {
            assertFrame(k);
        }
        assertTrue(recorder.gaps().isEmpty(), () -> "gaps: " + recorder.gaps());
        Thread.sleep(100);
        assertEquals(frames, recorder.frames(), "nothing published after stop()");
    }

    @Test
    void aDeviceThatAlwaysPrintsNeedsNoCommandsAndStreamsConsecutiveSimulatorSamples() throws Exception {
        pair = bench.plug();
        sim = bench.closeLater(LoadCellSimulator.serve(new LoadCellSimulator.Settings(SEED, RATE, LineFormat.VALUES, Separator.COMMA, "",
                "\r\n", 0, false, true), transport, pair.devicePath(), clock));
        connection = bench.connected(new LineDeviceDriver(transport).connect(context(pair.hostPath(),
                loadCell(Map.of("startCommand", "", "stopCommand", "")))));
        bench.start();
        WAIT.alias("150 frames").atMost(Duration.ofSeconds(15)).until(() -> recorder.frames() >= 150);
        bench.stop();
        // the sketch printed before start(): find which of its samples came first
        long k0 = -1;
        for (long k = 0; k < sim.linesSent() && k0 < 0; k++) {
            float[] want = expected(k, RATE);
            float[] f = recorder.frame(0, 2);
            if (want[0] == f[0] && want[1] == f[1] && java.util.Arrays.equals(expected(k + 1, RATE), recorder.frame(1, 2))) {
                k0 = k;
            }
        }
        assertTrue(k0 > 0, "first frame is a sample the sketch printed after the banner");
        for (long i = 0; i < 150; i++) {
            assertEquals(java.util.Arrays.toString(expected(k0 + i, RATE)), java.util.Arrays.toString(recorder.frame(i, 2)),
                    "frame " + i);
        }
        assertTrue(recorder.gaps().isEmpty(), () -> "gaps: " + recorder.gaps());
    }

    @Test
    void keyValueLinesWithAPrefixAndWhitespaceDecodeToTheSameValues() throws Exception {
        pair = bench.plug();
        sim = bench.closeLater(LoadCellSimulator.serve(new LoadCellSimulator.Settings(SEED, RATE, LineFormat.KEYVALUE,
                Separator.WHITESPACE, "Reading:", "\n", 0, true, true), transport, pair.devicePath(), clock));
        connection = bench.connected(new LineDeviceDriver(transport).connect(context(pair.hostPath(), loadCell(Map.of(
                "format", "keyValue", "separator", "whitespace", "prefix", "Reading:")))));
        bench.start();
        WAIT.alias("200 frames").atMost(Duration.ofSeconds(15)).until(() -> recorder.frames() >= 200);
        bench.stop();
        for (long k = 0; k < 200; k++) {
            assertFrame(k);
        }
        assertTrue(recorder.gaps().isEmpty(), () -> "gaps: " + recorder.gaps());
    }

    @Test
    void corruptionAndStallsAreRejectedCountedAndEveryCleanLineKeptInPlace() throws Exception {
        pair = bench.plug();
        // 50 Hz: a stall's size is read from arrival times, exact while the host's scheduling jitter stays
        // under half a period (10 ms)
        double rate = 50;
        sim = bench.closeLater(LoadCellSimulator.serve(new LoadCellSimulator.Settings(SEED, rate, LineFormat.VALUES, Separator.COMMA, "",
                "\r\n", 0.05, true, true), transport, pair.devicePath(), clock));
        var line = bench.connected((LineConnection) new LineDeviceDriver(transport).connect(context(pair.hostPath(),
                loadCell(Map.of("rateHz", rate)))));
        bench.start();
        WAIT.alias("700 sample times").atMost(Duration.ofSeconds(30)).until(() -> sim.linesSent() >= 700);
        sim.pause();
        long sent = sim.linesSent();
        List<Long> lost = sim.lostSamples();
        long lastClean = sent - 1;
        while (lost.contains(lastClean)) {
            lastClean--;
        }
        long last = lastClean;
        WAIT.alias("every line through").atMost(Duration.ofSeconds(5)).until(() -> lastIndex() >= last);
        bench.stop();

        long lostBefore = lost.stream().filter(k -> k < last).count();
        assertTrue(sim.linesDamaged() > 10 && sim.stalls() > 0,
                () -> "the test injected damage and stalls: " + sim.linesDamaged() + ", " + sim.stalls() + " lost " + lost.size() + " sent " + sent);
        long gapSamples = recorder.gaps().stream().mapToLong(BlockRecorder.Block::gapSamples).sum();
        assertEquals(lostBefore, gapSamples, () -> "every lost sample is in a gap: " + recorder.gaps().stream().map(g -> g.first() + "+" + g.gapSamples() + g.cause()).toList() + " lost " + lost);
        assertTrue(recorder.gaps().stream().allMatch(g -> g.cause() == GapCause.REJECTED_FRAME
                || g.cause() == GapCause.STALL), () -> "causes: " + recorder.gaps());
        assertEquals(last + 1 - lostBefore, recorder.frames(), "every clean line kept");
        for (long k = 0; k <= last; k++) {
            if (lost.contains(k)) {
                assertNull(recorder.frame(k, 2), "sample " + k + " was lost");
            } else {
                assertFrame(k, rate);
            }
        }
        long damagedBefore = sim.damagedSamples().stream().filter(k -> k < last).count();
        var stats = line.statistics().snapshot();
        assertEquals(damagedBefore, stats.rejectedFrames(), "every damaged line rejected once");
        LineDecoder d = line.decoder();
        assertTrue(d.rejections(LineDecoder.Rejection.OVERLONG) > 0 && d.rejections(LineDecoder.Rejection.BAD_NUMBER) > 0
                && d.rejections(LineDecoder.Rejection.FIELD_COUNT) > 0, "every kind of damage seen");
    }

    private long lastIndex() {
        return recorder.blocks().stream().filter(b -> b.kind() == BlockKind.SAMPLES)
                .mapToLong(b -> b.first() + b.frames() - 1).max().orElse(-1);
    }

    @Test
    void aDeviceThatNeverPrintsIsAClearErrorWithinAFewSeconds() throws Exception {
        pair = bench.plug();
        sim = bench.closeLater(LoadCellSimulator.serve(new LoadCellSimulator.Settings(SEED, RATE, LineFormat.VALUES, Separator.COMMA, "",
                "\r\n", 0, true, false), transport, pair.devicePath(), clock));
        long t0 = System.nanoTime();
        var e = assertThrows(DeviceException.class, () -> new LineDeviceDriver(transport)
                .connect(context(pair.hostPath(), loadCell(Map.of("firstLineTimeoutMs", 1500)))));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(4));
        assertEquals(pair.hostPath() + ": no data within 1500 ms (device off, wrong port, or a start command needed?)",
                e.getMessage());
    }

    @Test
    void linesThatNeverMatchTheConfigurationAreAClearError() throws Exception {
        pair = bench.plug();
        sim = bench.closeLater(LoadCellSimulator.serve(LoadCellSimulator.Settings.clean(SEED, RATE), transport, pair.devicePath(), clock));
        var e = assertThrows(DeviceException.class, () -> new LineDeviceDriver(transport)
                .connect(context(pair.hostPath(), loadCell(Map.of("channelNames", "fz,temp,fx", "units", "N",
                        "scale", 1.0, "offset", 0.0, "firstLineTimeoutMs", 1000)))));
        assertTrue(e.getMessage().startsWith(pair.hostPath() + ": no valid line within 1000 ms ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("wrong baud rate, format, separator or channel count?)"), e.getMessage());
    }

    @Test
    void unplugAndReplugOnTheSamePathGivesAReconnectGap() throws Exception {
        Path deviceEnd = dir.resolve("hx711-device");
        Path hostEnd = dir.resolve("hx711-usb");
        pair = bench.plug(deviceEnd, hostEnd);
        sim = bench.closeLater(LoadCellSimulator.serve(LoadCellSimulator.Settings.clean(SEED, RATE), transport, deviceEnd.toString(), clock));
        var ctx = context(hostEnd.toString(), loadCell(Map.of()));
        connection = bench.connected(new LineDeviceDriver(transport).connect(ctx));
        bench.start();
        WAIT.alias("streaming").until(() -> recorder.frames() >= 50);

        long unplugged = System.nanoTime();
        pair.close();
        sim.close();
        WAIT.alias("DISCONNECTED").atMost(Duration.ofSeconds(2))
                .until(() -> ctx.reports().stream().anyMatch(r -> r.startsWith("DISCONNECTED")));
        assertTrue(System.nanoTime() - unplugged < TimeUnit.SECONDS.toNanos(1), "unplug noticed within 1 s");
        Thread.sleep(500);

        pair = bench.plug(deviceEnd, hostEnd);
        sim = bench.closeLater(LoadCellSimulator.serve(LoadCellSimulator.Settings.clean(SEED, RATE), transport, deviceEnd.toString(), clock));
        WAIT.alias("RECONNECTED").until(() -> ctx.reports().stream().anyMatch(r -> r.startsWith("RECONNECTED")));
        long before = recorder.frames();
        WAIT.alias("frames after replug").until(() -> recorder.frames() >= before + 50);
        bench.stop();

        var gaps = recorder.gaps();
        assertEquals(1, gaps.size(), () -> "gaps: " + gaps);
        assertEquals(GapCause.RECONNECT, gaps.get(0).cause());
        assertTrue(gaps.get(0).gapSamples() >= 50, "the outage (>0.5 s at 100 Hz) is in the gap: " + gaps.get(0));
    }
}
