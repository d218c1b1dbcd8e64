package org.myofuse.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installed bin/myofuse opens the clinician console on a private Xvfb display: 'console
 * --screenshot FILE --after 8' writes a PNG of the live views and completes the recorded session;
 * without a display, a screenshot is refused in one line and myofuse alone runs headless.
 */
class ConsoleIT {

    private static final Path SCRIPT = Path.of(System.getProperty("myofuse.distribution.dir", "target/myofuse"), "bin",
            "myofuse");

    @TempDir
    Path home;

    @Test
    void theConsoleShouldWriteAScreenshotOfTheLiveViewsAndCompleteTheSession() throws Exception {
        Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String display = ":" + new String(xvfb.getInputStream().readNBytes(8)).strip().split("\\s")[0];
            Path shot = home.resolve("shot.png");
            Result r = run(display, "console", "--screenshot", shot.toString(), "--after", "8");
            assertEquals(0, r.code, r.out);
            assertTrue(r.out.contains("screenshot written to " + shot), r.out);
            assertTrue(r.out.matches("(?s).*recording session (\\d+).*session \\1 recorded.*"), r.out);
            assertTrue(Files.size(shot) > 50_000, "a PNG of the live views: " + Files.size(shot) + " bytes");
            Result sessions = run(display, "sessions");
            assertTrue(sessions.out.lines().anyMatch(l -> l.endsWith("COMPLETE")), sessions.out);
            Files.copy(shot, Path.of("target", "console-shot.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            xvfb.destroy();
            xvfb.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void withoutADisplayAScreenshotShouldBeRefusedInOneLine() throws Exception {
        Result r = run(null, "console", "--screenshot", home.resolve("x.png").toString(), "--after", "1");
        assertEquals(1, r.code, r.out);
        assertTrue(r.out.contains("myofuse: cannot take a screenshot: no display (DISPLAY is not set)"), r.out);
    }

    private record Result(int code, String out) {
    }

    /** Runs bin/myofuse with DISPLAY set to {@code display} (unset when null), stdout and stderr together. */
    private Result run(String display, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString(), "--home", home.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("WAYLAND_DISPLAY");
        if (display == null) {
            pb.environment().remove("DISPLAY");
        } else {
            pb.environment().put("DISPLAY", display);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not end: " + out);
        }
        return new Result(p.exitValue(), out);
    }
}
