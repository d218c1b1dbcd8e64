package org.myofuse.console;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.console.ConsoleException;
import org.myofuse.api.console.ConsoleOutcome;
import org.myofuse.api.console.ConsoleRequest;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.api.store.SessionStatus;
import org.myofuse.console.ui.WindowProbe;

/**
 * The console on a real host (runtime, simulators, live fusion, H2 store) under the build's Xvfb:
 * what it shows, what it records, how it closes. Screenshots of each main view go to
 * target/screenshots/.
 */
class ConsoleLiveTest {

    static final Path SHOTS = Path.of(System.getProperty("myofuse.screenshots.dir", "target/screenshots"));

    @TempDir
    Path home;
    TestHost host;

    @BeforeEach
    void start() throws Exception {
        host = new TestHost(home);
    }

    private OpenConsole open;

    @AfterEach
    void stop() throws InterruptedException {
        if (open != null) {
            open.close();
            open.awaitEnded(20, java.util.concurrent.TimeUnit.SECONDS);
        }
        host.close();
    }

    @Test
    void shouldShowTheSimulatorsLiveRecordTheSessionAndEndItWhenClosed() throws Exception {
        OpenConsole console = OpenConsole.open(TestHost.simulators(), host);
        open = console;
        String sessionId = console.session().orElseThrow().id();
        WindowProbe probe = console.ui().call(() -> new WindowProbe(console.window()));
        await().atMost(Duration.ofSeconds(20)).until(() -> console.ui().call(() -> {
            probe.showDevices();
            List<List<String>> rows = probe.devicesTable();
            return rows.size() == 3 && rows.stream().allMatch(r -> r.get(3).equals("streaming") && !r.get(4).equals("\u2013"));
        }));
        Thread.sleep(6_000); // ten seconds of strip chart half full, a few strokes and onsets
        List<List<String>> rows = console.ui().call(probe::devicesTable);
        assertEquals(List.of("sim-emg", "sim-iastm", "sim-mat"), rows.stream().map(r -> r.get(1)).sorted().toList());
        for (List<String> row : rows) {
            double rate = Double.parseDouble(row.get(4));
            double nominal = switch (row.get(1)) {
                case "sim-emg" -> 2000;
                case "sim-iastm" -> 1000;
                default -> 100;
            };
            assertTrue(Math.abs(rate - nominal) < nominal * 0.1, row + " rate vs " + nominal);
            assertEquals("0", row.get(7), "nothing dropped for any consumer: " + row);
        }
        List<Path> shots = console.ui().call(() -> probe.screenshots(SHOTS, "live-"));
        for (Path p : shots) {
            assertTrue(Files.size(p) > 1_000, p + " is a real picture");
        }
        assertEquals(Arrays.asList(null, null, null, null, null), console.ui().call(probe::viewFailures));
        assertEquals(0, console.subscription().droppedBlocks(), "the console kept up");

        console.close();
        ConsoleOutcome outcome = console.await();
        assertEquals("", outcome.failure());
        assertEquals(SessionStatus.COMPLETE, outcome.session().orElseThrow().status());
        assertEquals(sessionId, outcome.session().get().id());
        assertTrue(outcome.timing().frames() > 200, outcome.timing().toString());
        assertTrue(host.devices().devices().isEmpty(), "the devices the console added are gone");
        assertTrue(Files.isRegularFile(home.resolve("console").resolve(System.getProperty("user.name") + ".layout")),
                "the layout is remembered");
    }

    @Test
    void shouldRefuseAnUnknownDeviceTypeBeforeStoringAnything() throws Exception {
        var request = new ConsoleRequest(List.of(DeviceRequest.parse("no-such-device")), "", "", Optional.empty());
        ConsoleException e = assertThrows(ConsoleException.class, () -> OpenConsole.open(request, host));
        assertTrue(e.getMessage().startsWith("cannot add device no-such-device: "), e.getMessage());
        assertEquals(List.of(), host.store.sessions(null));
        assertTrue(host.devices().devices().isEmpty());
    }

    @Test
    void shouldRefuseAnUnregisteredPatientBeforeStoringAnything() throws Exception {
        var request = new ConsoleRequest(List.of(), "P-404", "", Optional.empty());
        ConsoleException e = assertThrows(ConsoleException.class, () -> OpenConsole.open(request, host));
        assertEquals("cannot start recording: unknown patient P-404 (register with: myofuse patients add P-404)",
                e.getMessage());
        assertEquals(List.of(), host.store.sessions(null));
    }

    @Test
    void shouldWriteTheScreenshotAskedForAndClose() throws Exception {
        Path shot = home.resolve("shot.png");
        var request = new ConsoleRequest(List.of(), "", "",
                Optional.of(new ConsoleRequest.Screenshot(shot, Duration.ofSeconds(3))));
        ConsoleOutcome outcome = OpenConsole.open(request, host).await();
        assertEquals(Optional.of(shot), outcome.screenshot());
        byte[] png = Files.readAllBytes(shot);
        assertEquals(List.of((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G'),
                List.of(png[0], png[1], png[2], png[3]));
        assertEquals(SessionStatus.COMPLETE, outcome.session().orElseThrow().status());
        assertFalse(Files.exists(home.resolve("shot.png.partial")));
    }
}
