package org.myofuse.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code myofuse run --device openbci-cyton@PORT} streams from a board that answers nothing to 'c': a
 * Cyton without a Daisy module, served by {@code myofuse simulate openbci-cyton --firmware vN} in its
 * own process, and the run in another, both the installed {@code bin/myofuse}.
 */
class CytonFirmwareRunIT {

    private static final Pattern STATUS = Pattern.compile("\\d\\d:\\d\\d  openbci-cyton (\\d+) S/s gaps (\\d+) drops (\\d+)");
    private static final Pattern TOTAL = Pattern.compile("openbci-cyton: (\\d+) samples, (\\d+) gaps, (\\d+) drops; "
            + "stream ended: run ended");

    @TempDir
    Path folder;

    @Test
    void theSimulatorsOptionsAreInItsHelpAndAnotherOptionIsRefusedInOneLine() throws Exception {
        var myofuse = new InstalledMyofuse(folder);
        var help = myofuse.run("simulate", "openbci-cyton", "--help");
        assertEquals(0, help.code(), help.err());
        assertTrue(help.out().startsWith("Usage: myofuse simulate TYPE"), help.out());
        assertTrue(help.out().contains("Options of the openbci-cyton simulator:\n  --firmware v1|v2|v3 "), help.out());
        assertTrue(help.out().lines().anyMatch(l -> l.startsWith("  --daisy ")), help.out());

        var refused = myofuse.run("simulate", "openbci-cyton", "--firmware", "v2", "--wifi");
        assertEquals(2, refused.code(), refused.out() + refused.err());
        assertEquals("myofuse: unknown option --wifi for simulate openbci-cyton (its simulator's options: "
                + "--firmware v1|v2|v3, --daisy; see myofuse simulate openbci-cyton --help)\n", refused.err());
        assertEquals("", refused.out(), "no board was served");
    }

    @ParameterizedTest(name = "firmware {0}")
    @CsvSource({ "v3, v3.1.2", "v2, v2.0.0", "v1, v1" })
    void aRunStreamsFromTheSimulatedBoardOfEachGeneration(String firmware, String version) throws Exception {
        var board = new InstalledMyofuse(Files.createDirectories(folder.resolve("board")));
        var clinic = new InstalledMyofuse(Files.createDirectories(folder.resolve("clinic")));
        StringBuilder served = new StringBuilder();
        try (var simulator = board.start("simulate", "openbci-cyton", "--firmware", firmware)) {
            String line = simulator.awaitLine("openbci-cyton simulator serving on \\S+", served);
            String port = line.substring(line.lastIndexOf(' ') + 1);
            var run = clinic.run("run", "--headless", "--device", "openbci-cyton@" + port, "--duration", "5s");
            assertEquals(0, run.code(), run.out() + run.err());

            List<Matcher> statuses = run.out().lines().map(STATUS::matcher).filter(Matcher::matches).toList();
            assertTrue(statuses.size() >= 4, "a status line a second: " + run.out());
            // From the second second on the board sends its 250 packets per second, and none is lost.
            for (Matcher status : statuses.subList(1, statuses.size())) {
                int rate = Integer.parseInt(status.group(1));
                assertTrue(rate >= 240 && rate <= 260, "samples per second: " + status.group());
                assertEquals("0", status.group(2), "no gaps: " + status.group());
                assertEquals("0", status.group(3), "no drops: " + status.group());
            }
            Matcher total = run.out().lines().map(TOTAL::matcher).filter(Matcher::matches).findFirst()
                    .orElseThrow(() -> new AssertionError("no end summary: " + run.out()));
            assertTrue(Long.parseLong(total.group(1)) >= 5 * 240, "five seconds of samples: " + total.group());
            assertEquals("0", total.group(2), "no gaps over the run: " + total.group());

            String summary = simulator.terminate(); // the simulator says what it served
            assertTrue(summary.contains("openbci-cyton simulator (firmware " + version + "):"), "no Daisy: " + summary);
        }
    }
}
