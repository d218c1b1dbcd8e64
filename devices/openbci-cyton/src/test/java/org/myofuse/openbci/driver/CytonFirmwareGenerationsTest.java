package org.myofuse.openbci.driver;

import static org.awaitility.Awaitility.await;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.myofuse.api.device.DeviceConnection;
import org.myofuse.api.device.DeviceException;
import org.myofuse.openbci.protocol.Cyton;
import org.myofuse.openbci.protocol.CytonFirmware;
import org.myofuse.openbci.sim.CytonSimulator;
import org.myofuse.openbci.sim.CytonSimulator.Fault;

/**
 * The real driver against each firmware generation the simulator speaks as published (v1, v2, v3;
 * with and without a Daisy module; both published banner texts), over a real pseudo-terminal.
 */
class CytonFirmwareGenerationsTest {

    private static final long SEED = 11;
    private static final Map<String, Object> NO_ACCEL = Map.of("accelerometer", false);

    private final PtyBench bench = new PtyBench();

    @AfterEach
    void unplug() throws Exception {
        bench.close();
    }

    private static CytonSimulator.Settings board(CytonFirmware firmware) {
        return CytonSimulator.Settings.clean(SEED).withFirmware(firmware);
    }

    @Test
    void aV3BoardWithoutDaisyStreamsEightChannelsWhenConfiguredWithoutDaisy() throws Exception {
        bench.serve(board(CytonFirmware.V3));
        long t0 = System.nanoTime();
        DeviceConnection c = bench.connect(Map.of("accelerometer", false, "replyTimeoutMs", 10_000));
        long connectMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        // Every answer awaited is one the board sends: no wait lets the 10 s reply timeout run out.
        assertTrue(connectMillis < 6000, "connect took " + connectMillis + " ms");
        assertEquals("v3.1.2", c.descriptor().firmware());
        assertEquals("Cyton (8 channels)", c.descriptor().model());
        assertEquals(8, c.descriptor().channels().size());
        assertFalse(bench.sim.daisyInUse());
        assertEquals("", bench.sim.ignoredCommands(), "commands v3 does not have");
        streamAndCheck(8, gains(8, 24), 250);
    }

    @Test
    void aV3BoardLeftAtAnotherSampleRateIsSetTo250Hz() throws Exception {
        bench.serve(board(CytonFirmware.V3).withSampleRate(1000));
        DeviceConnection c = bench.connect(NO_ACCEL);
        assertEquals(250, bench.sim.sampleRateHz());
        assertEquals(250.0, c.descriptor().channels().get(0).sampleRateHz());
        streamAndCheck(8, gains(8, 24), 100);
    }

    @ParameterizedTest
    @EnumSource(CytonFirmware.class)
    void daisyTrueOnABoardWithoutDaisyIsOneLineNamingThePortAndWhatTheBoardSaid(CytonFirmware firmware)
            throws Exception {
        String port = bench.serve(board(firmware));
        var e = assertThrows(DeviceException.class, () -> bench.connect(Map.of("daisy", true)));
        // v1 prints "no daisy to attach!" with println, the line end becomes a space in the message
        String answer = firmware == CytonFirmware.V1 ? "no daisy to attach! 8" : "no daisy to attach!8";
        assertEquals(port + ": daisy=true but the board has no Daisy module (it answered '" + answer + "' to 'C')",
                e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(CytonFirmware.class)
    void withADaisyModuleEachGenerationStreamsSixteenChannelsWhenAskedTo(CytonFirmware firmware) throws Exception {
        bench.serve(board(firmware).withDaisy(true));
        DeviceConnection c = bench.connect(Map.of("daisy", true, "accelerometer", false));
        assertEquals(16, c.descriptor().channels().size());
        assertTrue(bench.sim.daisyInUse());
        assertEquals("", bench.sim.ignoredCommands());
        streamAndCheck(16, gains(16, 24), 100);
    }

    @ParameterizedTest
    @EnumSource(CytonFirmware.class)
    void withADaisyModuleEachGenerationStreamsEightChannelsWhenConfiguredWithout(CytonFirmware firmware)
            throws Exception {
        bench.serve(board(firmware).withDaisy(true));
        DeviceConnection c = bench.connect(NO_ACCEL);
        assertEquals(8, c.descriptor().channels().size());
        assertFalse(bench.sim.daisyInUse(), "'c' removed the Daisy");
        streamAndCheck(8, gains(8, 24), 200);
    }

    @Test
    void aV1BoardWithoutFirmwareLineOrSampleRateCommandWorks() throws Exception {
        bench.serve(board(CytonFirmware.V1));
        DeviceConnection c = bench.connect(Map.of("accelerometer", false, "gains", new int[] {12}));
        assertEquals("v1", c.descriptor().firmware());
        // '~6' would have been ignored and its '6' taken as "channel 6 off"
        assertEquals("", bench.sim.ignoredCommands());
        assertFalse(bench.sim.poweredDown(5));
        streamAndCheck(8, gains(8, 12), 200);
        // SDK document: v1 needs more than 10 ms between command characters. A late reader at the
        // simulator's end brings a few together; a driver that sends each command in one write would
        // bring 8 of the 9 characters of every channel setting together.
        long commands = bench.sim.commandCharacters();
        assertTrue(commands > 70, commands + " command characters");
        assertTrue(bench.sim.unpacedCommands() * 4 <= commands,
                bench.sim.unpacedCommands() + " of " + commands + " command characters came within 10 ms");
    }

    @ParameterizedTest
    @EnumSource(CytonFirmware.class)
    void channelSettingsAndDefaultsAreAnsweredAndTakenByEachGeneration(CytonFirmware firmware) throws Exception {
        bench.serve(board(firmware));
        int[] gains = {1, 2, 4, 6, 8, 12, 24, 12};
        bench.connect(Map.of("accelerometer", false, "gains", gains));
        for (int ch = 0; ch < 8; ch++) {
            assertEquals(Cyton.gainCode(gains[ch]), bench.sim.gainCode(ch), "gain of channel " + (ch + 1));
            assertFalse(bench.sim.poweredDown(ch), "channel " + (ch + 1) + " on");
        }
        assertEquals("", bench.sim.ignoredCommands());
        streamAndCheck(8, gains, 100);
    }

    @ParameterizedTest
    @EnumSource(value = CytonFirmware.class, names = {"V2", "V3"})
    void aChannelSettingTheBoardRefusesIsOneLineWithItsAnswer(CytonFirmware firmware) throws Exception {
        String port = bench.serve(board(firmware).withFault(Fault.LOSES_A_SETTINGS_CHARACTER));
        var e = assertThrows(DeviceException.class, () -> bench.connect(NO_ACCEL));
        assertEquals(port + ": channel 1 settings refused: Failure: too few chars", e.getMessage());
    }

    @Test
    void aV1BoardThatLosesAChannelSettingsCharacterFailsWithinTheReplyTimeout() throws Exception {
        String port = bench.serve(board(CytonFirmware.V1).withFault(Fault.LOSES_A_SETTINGS_CHARACTER));
        long t0 = System.nanoTime();
        var e = assertThrows(DeviceException.class, () -> bench.connect(Map.of("replyTimeoutMs", 1000)));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5));
        // v1 takes the 'X' as the seventh setting and never latches: no "updating channel settings"
        assertTrue(e.getMessage().startsWith(port + ": the answer to channel 1 settings did not end within 1000 ms"),
                e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aBoardThatIsOffIsReportedWithTheDonglesAnswer() throws Exception {
        String port = bench.serve(board(CytonFirmware.V3).withFault(Fault.BOARD_OFF));
        var e = assertThrows(DeviceException.class, () -> bench.connect(NO_ACCEL));
        assertEquals(port + ": the dongle answered 'Failure: Communications timeout - Device failed to poll Host' "
                + "to soft reset 'v' (board off or out of range?)", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(CytonFirmware.class)
    void aBoardThatNeverAnswersFailsInBoundedTimeWithOneLineNamingThePort(CytonFirmware firmware) throws Exception {
        String port = bench.serve(board(firmware).withFault(Fault.SILENT));
        long t0 = System.nanoTime();
        var e = assertThrows(DeviceException.class, () -> bench.connect(Map.of("replyTimeoutMs", 1000)));
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(3));
        assertEquals(port + ": no answer to soft reset 'v' within 1000 ms (board off, wrong port or baud rate?)",
                e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(CytonFirmware.class)
    void aBannerAsTheSdkDocumentShowsItIsCompletedByAskingTheBoardWithC(CytonFirmware firmware) throws Exception {
        bench.serve(board(firmware).withDaisy(true).withBanner(CytonSimulator.Banner.SDK_DOCUMENT));
        DeviceConnection c = bench.connect(NO_ACCEL);
        assertEquals(8, c.descriptor().channels().size());
        assertFalse(bench.sim.daisyInUse(), "'C' found the Daisy, 'c' removed it");
        streamAndCheck(8, gains(8, 24), 100);
    }

    @Test
    void aBannerAsTheSdkDocumentShowsItWithoutDaisyNeedsNoC() throws Exception {
        bench.serve(board(CytonFirmware.V2).withBanner(CytonSimulator.Banner.SDK_DOCUMENT));
        DeviceConnection c = bench.connect(NO_ACCEL);
        assertEquals("v2.0.0", c.descriptor().firmware());
        assertFalse(bench.sim.daisyInUse());
        streamAndCheck(8, gains(8, 24), 100);
    }

    private static int[] gains(int n, int gain) {
        int[] g = new int[n];
        java.util.Arrays.fill(g, gain);
        return g;
    }

    /** Streams {@code frames} frames and checks every value against the simulator's formula. */
    private void streamAndCheck(int channels, int[] gains, int frames) throws DeviceException {
        bench.start();
        await(frames + " frames").atMost(Duration.ofSeconds(15)).until(() -> bench.recorder.frames() >= frames);
        bench.stop();
        for (long i = 0; i < frames; i++) {
            float[] f = bench.recorder.frame(i, channels);
            assertNotNull(f, "frame " + i);
            for (int ch = 0; ch < channels; ch++) {
                long packet = channels == 16 ? 2 * i + ch / 8 : i;
                double expected = CytonSimulator.counts(SEED, packet, ch % 8, Cyton.gainCode(gains[ch]))
                        * Cyton.microvoltsPerCount(gains[ch]);
                assertEquals((float) expected, f[ch], "frame " + i + " channel " + (ch + 1));
            }
        }
        assertTrue(bench.recorder.gaps().isEmpty(), () -> "gaps: " + bench.recorder.gaps());
    }
}
