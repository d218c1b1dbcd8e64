package org.myofuse.example.forcegauge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceException;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.serial.VirtualPortPair;
import org.myofuse.api.serial.WireSimulator;
import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.Quality;
import org.myofuse.example.forcegauge.gcl.ForceUnit;
import org.myofuse.example.forcegauge.gcl.ReadingParser;
import org.myofuse.example.forcegauge.sim.GaugeSimulator;
import org.myofuse.example.forcegauge.sim.Mark10WireSimulator;
import org.myofuse.api.runtime.StandaloneHost;
import org.myofuse.api.runtime.StandaloneRuntime;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.testkit.BlockRecorder;
import org.myofuse.testkit.Configs;
import org.myofuse.testkit.DriverTestContext;

/**
 * The real driver against the gauge simulator over socat pseudo-terminal pairs, through the real serial
 * transport and the real stream bus: identification, values, damage, a dead port, unplug and replug.
 */
class GaugeOverPseudoTerminalTest {

    private static final long SEED = 17;

    private final SerialTransport transport = ServiceLoader.load(SerialTransport.class).findFirst().orElseThrow();
    private final BlockRecorder recorder = new BlockRecorder();
    private StandaloneHost host;
    private SessionClock clock;
    private VirtualPortPair pair;
    private GaugeSimulator gauge;
    private GaugeConnection connection;

    @TempDir
    Path dir;

    @BeforeEach
    void host() {
        host = StandaloneRuntime.load().startHost();
        clock = host.clock();
        host.bus().subscribe("recorder", recorder, 65536);
    }

    @AfterEach
    void unplug() {
        if (connection != null) {
            connection.close();
        }
        if (gauge != null) {
            gauge.close();
        }
        if (pair != null) {
            pair.close();
        }
        host.close();
    }

    private static void await(String what, double seconds, BooleanSupplier condition) {
        Awaitility.await(what).atMost(Duration.ofMillis((long) (seconds * 1000))).pollInterval(Duration.ofMillis(5))
                .until(condition::getAsBoolean);
    }

    private DriverTestContext<Mark10GaugeConfig> context(String port, Map<String, ?> settings) {
        return new DriverTestContext<>("org.myofuse.device.mark10_gauge~test", host.bus(), clock, port,
                Configs.with(Mark10GaugeConfig.class, new HashMap<>(settings)));
    }

    private GaugeConnection connect(DriverTestContext<Mark10GaugeConfig> context) throws DeviceException {
        return (GaugeConnection) new Mark10GaugeDriver(transport).connect(context);
    }

    private void serve(GaugeSimulator.Settings settings) throws Exception {
        pair = transport.openVirtualPair();
        gauge = GaugeSimulator.serve(settings, transport, pair.devicePath(), clock);
    }

    /** A reading as the gauge printed it, in newtons as the driver publishes it. */
    private static float newtons(String reading) {
        byte[] b = reading.getBytes(StandardCharsets.US_ASCII);
        var parser = new ReadingParser();
        assertEquals(ReadingParser.Outcome.READING, parser.parse(b, b.length, ForceUnit.NEWTON), reading);
        return (float) parser.newtons();
    }

    /** The published frames' values, in index order. */
    private List<Float> published() {
        return recorder.blocks().stream().filter(b -> b.kind() == BlockKind.SAMPLES).map(b -> b.samples()[0]).toList();
    }

    /**
     * Every published value is one of the gauge's clean readings, in the order it sent them. A reading
     * may be left out only as the driver documents: an answer later than the give-up time is taken for
     * the next poll's, and that poll's own answer then comes unasked and is skipped (counted in
     * skipped bytes). On a loaded machine that can happen once or twice; no more.
     */
    private void assertPublishedInOrder(List<String> sent, List<Float> published) {
        List<Float> expected = sent.stream().map(GaugeOverPseudoTerminalTest::newtons).toList();
        int next = 0;
        for (int i = 0; i < published.size(); i++) {
            float value = published.get(i);
            while (next < expected.size() && expected.get(next) != value) {
                next++;
            }
            int at = i;
            assertTrue(next < expected.size(), () -> "frame " + at + " (" + value + " N) is no reading the gauge sent in order: "
                    + published + " vs " + expected);
            next++;
        }
        int leftOut = next - published.size();
        assertTrue(leftOut <= 2, () -> leftOut + " readings left out: " + published + " vs " + expected);
        if (leftOut > 0) {
            assertTrue(connection.statistics().snapshot().skippedBytes() > 0, "a reading left out came unasked");
        }
    }

    @Test
    void identifiesTheGaugeSwitchesItToNewtonsAndPublishesEveryReadingItSendsInOrder() throws Exception {
        serve(GaugeSimulator.Settings.clean(SEED));
        connection = connect(context(pair.hostPath(), Map.of()));

        DeviceDescriptor d = connection.descriptor();
        assertEquals(List.of("Mark-10", GaugeSimulator.MODEL, GaugeSimulator.FIRMWARE, GaugeSimulator.serialNumber(SEED)),
                List.of(d.vendor(), d.model(), d.firmware(), d.serialNumber()));
        ChannelDescriptor force = d.channels().get(0);
        assertEquals(List.of("force", "N"), List.of(force.name(), force.unit()));
        assertEquals(50, force.sampleRateHz());
        assertEquals(0.01, force.resolution(), 1e-12, "two decimals in newtons, as the gauge printed its first reading");
        assertEquals(List.of(-100.0, 100.0), List.of(force.min(), force.max()));
        assertEquals(List.of("RM", "RS", "RV", "N", "?C"), gauge.commands());

        connection.start();
        await("100 frames", 15, () -> recorder.frames() >= 100);
        connection.stop();
        long asked = gauge.readings();
        Thread.sleep(200);
        assertEquals(asked, gauge.readings(), "no poll after stop()");
        long frames = recorder.frames();
        Thread.sleep(100);
        assertEquals(frames, recorder.frames(), "nothing published after stop()");

        List<String> sent = gauge.cleanReadings();
        assertTrue(sent.stream().allMatch(r -> r.endsWith(" N")), () -> "all in newtons: " + sent);
        List<Float> values = published();
        // the first reading answered the identification; every later one, in order, is a frame
        assertPublishedInOrder(sent.subList(1, sent.size()), values);
        assertTrue(recorder.gaps().stream().allMatch(g -> g.cause() == GapCause.STALL), () -> "gaps: " + recorder.gaps());
        var stats = connection.statistics().snapshot();
        assertEquals(values.size(), stats.frames());
        assertEquals(0, stats.rejectedFrames());
    }

    @Test
    void aPortWhereNothingAnswersFailsAfterOneTimeoutNamingThePortAndLeavesNothingOpen() throws Exception {
        serve(new GaugeSimulator.Settings(SEED, 0, false, true, true));
        long t0 = System.nanoTime();
        var e = assertThrows(DeviceException.class, () -> connect(context(pair.hostPath(), Map.of("identifyTimeoutMs", 300))));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2), "failed within the timeout");
        assertEquals(pair.hostPath() + ": no answer to RM (read model number) within 300 ms (gauge off, wrong port or baud rate?)",
                e.getMessage());
        String reader = Mark10GaugeDriver.TYPE_ID + "-" + pair.hostPath();
        await("the port's reader thread ended", 2,
                () -> Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals(reader)));
    }

    @Test
    void aDeviceThatIsNoSeries5GaugeIsRefusedInOneLine() throws Exception {
        serve(new GaugeSimulator.Settings(SEED, 0, true, false, true));
        var e = assertThrows(DeviceException.class, () -> connect(context(pair.hostPath(), Map.of())));
        assertEquals(pair.hostPath() + ": the device answered RM (read model number) with *10 (illegal command): "
                + "not a Mark-10 Series 5 gauge?", e.getMessage());
    }

    @Test
    void damagedAndUnansweredReadingsAreRejectedCountedAndBecomeGapsWhileEveryCleanReadingIsKept() throws Exception {
        serve(new GaugeSimulator.Settings(SEED, 0.08, true, true, true));
        connection = connect(context(pair.hostPath(), Map.of("pollRateHz", 100)));
        connection.start();
        await("400 readings asked", 30, () -> gauge.readings() >= 400);
        connection.stop();
        Thread.sleep(100);

        assertTrue(gauge.damaged() > 5 && gauge.unanswered() > 3,
                () -> "damage injected: " + gauge.damaged() + " damaged, " + gauge.unanswered() + " unanswered");
        var stats = connection.statistics().snapshot();
        // the answer to the last poll before stop() may have come after it, and was not looked at
        assertTrue(stats.rejectedFrames() == gauge.damaged() || stats.rejectedFrames() == gauge.damaged() - 1,
                () -> stats.rejectedFrames() + " rejected of " + gauge.damaged() + " damaged");
        List<Float> values = published();
        assertPublishedInOrder(gauge.cleanReadings().subList(1, gauge.cleanReadings().size()), values);
        List<BlockRecorder.Block> gaps = recorder.gaps();
        assertTrue(gaps.stream().allMatch(g -> g.cause() == GapCause.REJECTED_FRAME || g.cause() == GapCause.STALL),
                () -> "gaps: " + gaps);
        long missing = gaps.stream().mapToLong(BlockRecorder.Block::gapSamples).sum();
        assertTrue(missing >= stats.rejectedFrames() + gauge.unanswered() - 2,
                () -> missing + " samples missing for " + stats.rejectedFrames() + " rejected, " + gauge.unanswered() + " unanswered");
        long resynced = recorder.blocks().stream().filter(b -> Quality.has(b.quality(), Quality.RESYNCED)).count();
        assertEquals(stats.resyncs(), resynced);
        assertTrue(resynced > 0);
    }

    @Test
    void unplugAndReplugOnTheSamePathGivesAReconnectGapAndTheGaugeIsSetToNewtonsAgain() throws Exception {
        Path deviceEnd = dir.resolve("gauge-device");
        Path hostEnd = dir.resolve("gauge-usb");
        pair = transport.openVirtualPair(deviceEnd, hostEnd);
        gauge = GaugeSimulator.serve(GaugeSimulator.Settings.clean(SEED), transport, deviceEnd.toString(), clock);
        var context = context(hostEnd.toString(), Map.of());
        connection = connect(context);
        connection.start();
        await("streaming", 10, () -> recorder.frames() >= 50);

        long unplugged = System.nanoTime();
        pair.close();
        gauge.close();
        await("DISCONNECTED", 2, () -> context.reports().stream().anyMatch(r -> r.startsWith("DISCONNECTED")));
        assertTrue(System.nanoTime() - unplugged < TimeUnit.SECONDS.toNanos(1), "unplug noticed within 1 s");
        assertTrue(context.reports().get(0).startsWith("DISCONNECTED: " + hostEnd), () -> "names the port: " + context.reports());
        long framesBefore = recorder.frames();
        Thread.sleep(500);

        pair = transport.openVirtualPair(deviceEnd, hostEnd);
        gauge = GaugeSimulator.serve(GaugeSimulator.Settings.clean(SEED + 1), transport, deviceEnd.toString(), clock);
        await("RECONNECTED", 10, () -> context.reports().stream().anyMatch(r -> r.startsWith("RECONNECTED")));
        long back = System.nanoTime();
        await("frames after the replug", 10, () -> recorder.frames() >= framesBefore + 50);
        connection.stop();

        assertEquals(List.of("DISCONNECTED", "RECONNECTED"), context.reports().stream().map(r -> r.substring(0, r.indexOf(':'))).toList());
        List<BlockRecorder.Block> reconnects = recorder.gaps().stream().filter(g -> g.cause() == GapCause.RECONNECT).toList();
        assertEquals(1, reconnects.size(), () -> "gaps: " + recorder.gaps());
        long gap = reconnects.get(0).gapSamples();
        double outageSeconds = (back - unplugged) / 1e9;
        assertTrue(gap >= 25 && gap <= Math.ceil(outageSeconds * 50) + 2,
                () -> "the outage (0.5 to " + outageSeconds + " s at 50 Hz) is the gap: " + gap);

        // the replugged gauge came up in pound-force; the driver set it to newtons again
        assertEquals(ForceUnit.POUND_FORCE, GaugeSimulator.POWER_ON_UNIT);
        assertTrue(gauge.commands().contains("N"), () -> "commands after the replug: " + gauge.commands());
        assertEquals(ForceUnit.NEWTON, gauge.unit());
        long firstAfter = reconnects.get(0).first() + gap;
        List<Float> after = recorder.blocks().stream().filter(b -> b.kind() == BlockKind.SAMPLES && b.first() >= firstAfter)
                .map(b -> b.samples()[0]).toList();
        assertPublishedInOrder(gauge.cleanReadings(), after); // every reading of the replugged gauge, in newtons
        var stats = connection.statistics().snapshot();
        assertEquals(List.of(1L, 1L), List.of(stats.disconnects(), stats.reconnects()));
    }

    @Test
    void theWireSimulatorServiceServesTheDriverWithItsDefaults() throws Exception {
        var service = new Mark10WireSimulator(transport, clock);
        var e = assertThrows(IllegalArgumentException.class, () -> service.start(new WireSimulator.Options(1, 1.5)));
        assertEquals("corruptRate 1.5: must be 0 to 1", e.getMessage());
        try (WireSimulator.Running running = service.start(new WireSimulator.Options(3, 0))) {
            assertEquals("", running.connectQuery());
            connection = connect(context(running.portPath(), Map.of()));
            connection.start();
            await("frames from the simulation", 10, () -> recorder.frames() >= 20);
            connection.close();
            assertTrue(running.summary().startsWith("mark10-gauge simulator: "), running.summary());
            assertFalse(running.summary().contains(" 0 readings"), running.summary());
        }
    }
}
