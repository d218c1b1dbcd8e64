package org.myofuse.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A therapist stops a run with Ctrl-C (SIGINT) or the system stops it with SIGTERM: the installed
 * {@code bin/myofuse} must end the session it records as COMPLETE, not leave it to be found
 * interrupted at the next start.
 */
class StopSignalIT {

    @TempDir
    Path home;

    @ParameterizedTest
    @ValueSource(strings = { "INT", "TERM" })
    void aStoppedRunEndsItsSessionComplete(String signal) throws Exception {
        Path myofuse = Path.of(System.getProperty("myofuse.distribution.dir", "target/myofuse"), "bin", "myofuse");
        // As from a terminal: SIGINT at its default disposition, whatever the build's own process inherited
        // (a shell ignores SIGINT for the jobs it starts in the background, and children keep that).
        Process run = new ProcessBuilder("/usr/bin/python3", "-c", "import os, signal, sys; "
                + "signal.signal(signal.SIGINT, signal.SIG_DFL); os.execv(sys.argv[1], sys.argv[1:])",
                myofuse.toString(), "--home", home.toString(), "run", "--headless").redirectErrorStream(true).start();
        var out = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8));
        int statusLines = 0;
        for (String line = out.readLine(); line != null && statusLines < 3; line = out.readLine()) {
            if (line.matches("\\d\\d:\\d\\d  sim-iastm \\d+ S/s.*")) {
                statusLines++;
            }
        }
        assertEquals(3, statusLines, "the run streamed for three seconds");
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(run.pid())).start().waitFor());
        StringBuilder rest = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            rest.append(line).append('\n');
        }
        assertTrue(run.waitFor(30, TimeUnit.SECONDS), "the run stopped");
        assertTrue(rest.toString().contains("session 1 recorded"), rest.toString());

        Path listing = Files.createTempFile(home, "sessions", ".txt");
        Process sessions = new ProcessBuilder(List.of(myofuse.toString(), "--home", home.toString(), "sessions"))
                .redirectOutput(listing.toFile()).redirectErrorStream(true).start();
        assertTrue(sessions.waitFor(60, TimeUnit.SECONDS));
        String table = Files.readString(listing);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("1 ") && l.endsWith("COMPLETE")), table);
    }
}
