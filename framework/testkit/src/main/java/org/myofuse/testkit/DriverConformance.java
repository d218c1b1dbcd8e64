package org.myofuse.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceDriver;
import org.myofuse.api.device.DeviceState;
import org.myofuse.api.device.DeviceType;

/**
 * The driver conformance kit. A vendor extends this class in a JUnit 5 test of its driver bundle,
 * names the driver and the device spec to configure (and, for a device behind a wire, the simulator
 * to start and its {@link LinkControl}); the inherited tests then check the device SPI contract on the
 * host's real device manager and stream bus:
 * <ul>
 * <li>the type and the descriptor are complete;</li>
 * <li>sample indices are contiguous (or announced by gap blocks), arrival times monotonic, values in the
 * declared channel ranges;</li>
 * <li>the declared rate is held over time, in samples delivered (announced gaps do not count);</li>
 * <li>connect, start, stop and close can be repeated, and nothing is published after a device is removed;</li>
 * <li>with a {@link LinkControl}: random and mutated bytes are survived, and an unplug and replug is
 * recovered from by itself with the missing samples recorded as a gap.</li>
 * </ul>
 * Tests that need a {@link LinkControl} are reported as skipped (aborted) for drivers without a wire,
 * such as simulators.
 */
public abstract class DriverConformance {

    private TestHost host;

    /** A new driver instance, as Declarative Services would create it. */
    protected abstract DeviceDriver<?> driver() throws Exception;

    /** The spec of the device to configure, e.g. {@code sim-emg?seed=3} or {@code openbci-cyton@/dev/pts/4}. */
    protected abstract String deviceSpec();

    /** Starts what the driver talks to (e.g. a wire simulator on a pseudo-terminal). Called before each test. */
    protected void startDevice() throws Exception {
    }

    /** Stops it. Called after each test, after the host has closed. */
    protected void stopDevice() throws Exception {
    }

    /** The device's link, for the robustness tests; empty for devices without a wire. */
    protected Optional<LinkControl> link() {
        return Optional.empty();
    }

    /** How long a device may take from configuration to its first samples. */
    protected Duration connectTimeout() {
        return Duration.ofSeconds(10);
    }

    /** Tolerance on the rate held over {@link #rateWindow()}, as a fraction of the declared rate. */
    protected double rateTolerance() {
        return 0.05;
    }

    /** How long the rate is measured. */
    protected Duration rateWindow() {
        return Duration.ofSeconds(3);
    }

    @BeforeEach
    final void startHost() throws Exception {
        startDevice();
        host = new TestHost(driver());
    }

    @AfterEach
    final void stopHost() throws Exception {
        if (host != null) {
            host.close();
        }
        stopDevice();
    }

    /** The running host, for vendor-specific tests in the subclass. */
    protected final TestHost host() {
        return host;
    }

    @Test
    void theDeviceTypeIsWellFormed() throws Exception {
        DeviceDriver<?> driver = driver();
        DeviceType type = driver.type();
        assertNotNull(type, "type()");
        assertFalse(type.displayName().isBlank(), "display name");
        assertFalse(type.vendor().isBlank(), "vendor");
        Class<?> config = driver.configurationType();
        assertNotNull(config, "configurationType()");
        assertTrue(config.isInterface(), "the configuration type " + config.getName() + " must be an (annotation) interface");
    }

    @Test
    void theDescriptorIsComplete() throws Exception {
        String id = host.addStreaming(deviceSpec(), connectTimeout());
        DeviceDescriptor d = host.log().device(id).stream().descriptor();
        DeviceType type = driver().type();
        assertEquals(type.id(), d.typeId(), "descriptor type id");
        for (String[] field : new String[][] { { "vendor", d.vendor() }, { "model", d.model() },
                { "firmware", d.firmware() }, { "serial number", d.serialNumber() } }) {
            assertFalse(field[1].isBlank(), "descriptor " + field[0] + " is blank");
        }
        for (ChannelDescriptor c : d.channels()) {
            assertFalse(c.unit().isBlank(), "channel " + c.name() + " has no unit");
            assertEquals(d.channels().get(0).sampleRateHz(), c.sampleRateHz(), 1e-9,
                    "channel " + c.name() + ": every channel of a stream shares the frame rate");
        }
    }

    @Test
    void samplesFollowTheSampleModel() throws Exception {
        String id = host.addStreaming(deviceSpec(), connectTimeout());
        long until = host.log().device(id).frames() + framesIn(host.log().device(id), Duration.ofSeconds(1));
        host.await("one more second of samples", connectTimeout(), () -> host.log().device(id).frames() >= until);
        assertEquals(List.of(), host.log().device(id).violations(), "sample model violations");
    }

    @Test
    void theDeclaredRateIsHeld() throws Exception {
        String id = host.addStreaming(deviceSpec(), connectTimeout());
        StreamLog.Device log = host.log().device(id);
        Thread.sleep(500); // let start-up batching settle
        // Delivered frames only: a gap record keeps the index in time but delivers nothing, so a driver
        // publishing gaps at the declared rate must not pass for one that streams. The rate is taken on
        // the blocks' arrival times (a slope over every block of the window): on a loaded 2-core machine
        // a consumer or reader thread that was late when the window opened would otherwise count its
        // backlog as rate.
        int mark = log.blocks();
        long gaps0 = log.gapSamples();
        Thread.sleep(rateWindow().toMillis());
        double rate = log.frameRateSince(mark);
        long gapSamples = log.gapSamples() - gaps0;
        double declared = log.stream().sampleRateHz();
        assertTrue(Math.abs(rate - declared) <= declared * rateTolerance(),
                "measured " + String.format("%.1f", rate) + " delivered frames/s over " + (log.blocks() - mark)
                        + " blocks in " + rateWindow().toSeconds() + " s (" + gapSamples
                        + " samples announced missing), declared " + declared + " Hz");
    }

    @Test
    void connectStartStopAndCloseCanBeRepeated() throws Exception {
        for (int cycle = 1; cycle <= 3; cycle++) {
            String id = host.addStreaming(deviceSpec(), connectTimeout());
            StreamLog.Device log = host.log().device(id);
            int opened = cycle;
            // Device ids may be reused after a removal: wait for this cycle's own stream.
            host.await("cycle " + cycle + ": its stream opened", Duration.ofSeconds(5),
                    () -> log.streamsOpened() >= opened && log.closedReason() == null);
            assertTrue(host.manager().removeDevice(id, "conformance cycle " + cycle));
            host.await("cycle " + cycle + ": stream closed", Duration.ofSeconds(5), () -> log.closedReason() != null);
            assertEquals("conformance cycle " + cycle, log.closedReason());
            long frames = log.frames();
            Thread.sleep(300);
            assertEquals(frames, log.frames(), "cycle " + cycle + ": samples published after the device was removed");
            assertEquals(List.of(), log.violations(), "cycle " + cycle + ": sample model violations");
        }
    }

    @Test
    void randomAndMutatedBytesAreSurvived() throws Exception {
        Assumptions.assumeTrue(link().isPresent(), "the device has no wire to corrupt");
        String id = host.addStreaming(deviceSpec(), connectTimeout());
        StreamLog.Device log = host.log().device(id);
        var random = new SplittableRandom(20261125L);
        for (int burst = 0; burst < 20; burst++) {
            byte[] garbage = new byte[1 + random.nextInt(200)];
            random.nextBytes(garbage);
            link().get().inject(garbage);
            Thread.sleep(20);
        }
        long after = log.frames() + framesIn(log, Duration.ofMillis(500));
        host.await("samples after the corruption", connectTimeout(), () -> log.frames() >= after);
        assertEquals(DeviceState.STREAMING, host.state(id));
        assertEquals(List.of(), log.violations(), "sample model violations");
    }

    @Test
    void anUnplugAndReplugIsRecoveredFromWithAGap() throws Exception {
        Assumptions.assumeTrue(link().isPresent(), "the device has no link to unplug");
        String id = host.addStreaming(deviceSpec(), connectTimeout());
        StreamLog.Device log = host.log().device(id);
        link().get().unplug();
        host.await("DISCONNECTED reported within 1 s", Duration.ofSeconds(1),
                () -> host.sawState(id, DeviceState.DISCONNECTED));
        Thread.sleep(500);
        link().get().replug();
        host.await("RECONNECTED", Duration.ofSeconds(10), () -> host.sawState(id, DeviceState.RECONNECTED));
        long after = log.frames() + framesIn(log, Duration.ofMillis(500));
        host.await("samples after the replug", connectTimeout(), () -> log.frames() >= after);
        assertTrue(log.gapSamples() > 0, "the samples missed while unplugged are recorded as a gap");
        assertEquals(List.of(), log.violations(), "sample model violations");
    }

    /** Frames the stream of {@code log} delivers in {@code d} at its declared rate (at least one). */
    private static long framesIn(StreamLog.Device log, Duration d) {
        return Math.max(1, (long) Math.ceil(log.stream().sampleRateHz() * d.toNanos() / 1e9));
    }
}
