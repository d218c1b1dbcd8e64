package org.myofuse.commands.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.commands.request.ConsoleCommand;

/** {@code myofuse console}: its options as read, and what it refuses in one line. */
class ConsoleParsingTest {

    private final CommandLineParser parser = new CommandLineParser("1.0", DeviceRequest::parse);

    private ConsoleCommand console(String... args) throws UsageException {
        var launch = assertInstanceOf(LaunchRequest.class, parser.parse(List.of(args)));
        return assertInstanceOf(ConsoleCommand.class, launch.command());
    }

    private String refusal(String... args) {
        return assertThrows(UsageException.class, () -> parser.parse(List.of(args))).getMessage();
    }

    @Test
    void shouldReadTheScreenshotAndItsDelayInSeconds() throws UsageException {
        ConsoleCommand c = console("console", "--screenshot", "shot.png", "--after", "8");
        assertEquals(Optional.of(Path.of("shot.png").toAbsolutePath().normalize()), c.screenshot());
        assertEquals(Duration.ofSeconds(8), c.after());
        assertEquals(Duration.ofMillis(2500), console("console", "--screenshot=a.png", "--after=2.5").after());
        assertEquals(Duration.ofSeconds(90), console("console", "--screenshot", "a.png", "--after", "1m30s").after());
        assertEquals(ConsoleCommand.DEFAULT_AFTER, console("console", "--screenshot", "a.png").after());
    }

    @Test
    void shouldReadDevicesPatientAndTherapist() throws UsageException {
        ConsoleCommand c = console("console", "--device", "sim-emg?seed=7", "--device", "sim-mat", "--patient", "P-1",
                "--therapist", "TK");
        assertEquals(List.of("sim-emg?seed=7", "sim-mat"), c.deviceSpecs());
        assertEquals("P-1", c.patientId());
        assertEquals("TK", c.therapistId());
        assertEquals(Optional.empty(), c.screenshot());
    }

    @Test
    void shouldRefuseWhatDoesNotGoTogetherInOneLine() {
        assertEquals("option --after needs --screenshot (see myofuse console --help)", refusal("console", "--after", "3"));
        assertEquals("option --after 0: must be more than 0 and at most 86400 seconds (see myofuse console --help)",
                refusal("console", "--screenshot", "a.png", "--after", "0"));
        assertEquals("option --after 'soon': expected seconds, e.g. 8 or 2.5 (see myofuse console --help)",
                refusal("console", "--screenshot", "a.png", "--after", "soon"));
        assertEquals("option --screenshot given twice (see myofuse console --help)",
                refusal("console", "--screenshot", "a.png", "--screenshot", "b.png"));
        assertTrue(refusal("console", "--device", "@x").startsWith("device spec '@x'"));
    }

    @Test
    void theGeneralHelpShouldListTheConsoleAndSayItIsTheDefault() throws UsageException {
        String help = assertInstanceOf(TextRequest.class, parser.parse(List.of("--help"))).text();
        assertTrue(help.contains("\n  console "), help);
        assertTrue(help.contains("Without a command, myofuse opens the clinician console"), help);
        String own = assertInstanceOf(TextRequest.class, parser.parse(List.of("console", "--help"))).text();
        assertTrue(own.startsWith("Usage: myofuse console [--device SPEC]..."), own);
    }
}
