package org.myofuse.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headless and closed loop, through the installed {@code bin/myofuse} of a copy of the installation:
 * {@code run --headless --protocol lumbar-session} runs the composed lumbar session to its end with the
 * three simulators as a scripted therapist and patient - they respond to its cues, the therapist
 * confirms and enters the pain scores - prints every step, records the session and exits 0; the
 * session report lists the protocol's step changes, cues and pain scores.
 *
 * <p>For the build the session is cut short with clinic overrides in the copy's etc/
 * (src/test/resources/closed-loop: every step kept, one repetition or stroke per step or side, short holds, the
 * quiet stance ended by an exit condition after 2 s), about 70 s of session instead of half an hour;
 * the report shows those shortened values with the override file as their source.
 */
class ClosedLoopRunIT {

    /** The composed session with every step: pain, calibrations, assessments, releases, biofeedback, drills. */
    static final String PROTOCOL = "lumbar-session";
    /** Far more than the cut session takes: a run that hangs is aborted by its --duration, not by the test. */
    static final String BOUND = "5m";

    @TempDir
    static Path dir;

    private static InstalledMyofuse myofuse;

    @BeforeAll
    static void copyTheInstallationWithTheShortOverrides() throws IOException {
        myofuse = InstalledMyofuse.onACopyIn(dir);
        for (String name : List.of("ci-short-session", "ci-short-release", "ci-short-drills")) {
            // the distribution module's packaging is pom: its test resources are read where they are
            Files.copy(Path.of("src/test/resources/closed-loop", name + ".override.yaml"),
                    myofuse.installation().resolve("etc").resolve(name + ".override.yaml"));
        }
    }

    @Test
    void theComposedLumbarSessionRunsToItsEndWithTheScriptedSimulatorsAndTheReportShowsIt() throws Exception {
        var run = myofuse.runWithin(TimeUnit.MINUTES.toSeconds(6), "run", "--headless", "--protocol", PROTOCOL, "--duration", BOUND);
        System.out.println(run.out());
        assertEquals(0, run.code(), "exit 0 for a completed protocol:\n" + run.err() + run.out());
        assertTrue(run.out().contains("recording session 1"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\d\\d:\\d\\d  protocol lumbar-session 1\\.0\\.0 completed")),
                run.out());

        int steps = stepCount(run.out());
        List<Integer> seen = stepsSeen(run.out());
        for (int k = 1; k <= steps; k++) {
            assertTrue(seen.contains(k), "step " + k + "/" + steps + " printed: " + seen);
        }
        assertTrue(run.out().lines().anyMatch(l -> l.matches("\\d\\d:\\d\\d  cue \\S+ \\((info|advisory|caution|alarm)\\): .+")),
                "cues printed");
        assertTrue(run.out().contains("session 1 recorded"), run.out());

        Path page = myofuse.home().resolve("session-1.html");
        var report = myofuse.run("report", "1", "--out", page.toString());
        assertEquals(0, report.code(), report.err());
        List<ReportEvent> events = ReportEvent.readFrom(page);
        List<ReportEvent> protocol = events.stream().filter(e -> e.origin().equals("protocol")).toList();
        System.out.println("protocol entries in the report: " + protocol.stream().collect(
                Collectors.groupingBy(ReportEvent::type, Collectors.counting())));
        List<ReportEvent> stepEvents = protocol.stream().filter(e -> e.type().equals("STEP")).toList();
        assertTrue(stepEvents.size() >= steps, "a step event per step: " + stepEvents);
        assertTrue(protocol.stream().anyMatch(e -> e.type().equals("CUE")), "cues: " + protocol);
        List<ReportEvent> pain = protocol.stream().filter(e -> e.type().equals("PAIN_NRS")).toList();
        assertEquals(List.of("before", "after"), pain.stream().map(ReportEvent::detail).toList(), "pain before and after: " + pain);
        for (ReportEvent p : pain) {
            double nrs = nrs(p.value());
            assertTrue(nrs >= 0 && nrs <= 10, "a score on the 0-10 scale: " + p);
        }
        assertTrue(nrs(pain.get(1).value()) < nrs(pain.get(0).value()),
                "the scripted patient's pain is lower after the treatment: " + pain);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains("Pain before (NRS 0-10)</th><td>" + (int) nrs(pain.get(0).value()) + " / 10"),
                "the session's assessment holds the protocol's pain before");

        List<String> started = stepEvents.stream().filter(e -> e.detail().equals("start")).map(ReportEvent::source).toList();
        List<String> done = stepEvents.stream().filter(e -> e.detail().equals("done")).map(ReportEvent::source).toList();
        assertEquals(steps, started.size(), "every step started: " + started);
        assertEquals(started, done, "every step done, in order");
        assertEquals(steps, protocol.stream().filter(e -> e.type().equals("STEP_RESULT")).count(), "a result per step");
        assertTrue(html.contains("<th scope=\"row\">Outcome</th><td>completed</td>"), "the Protocol section");
        assertTrue(protocol.stream().noneMatch(e -> e.type().equals("PARAMETER")), "the values used have their own table");
        assertTrue(html.contains("<tr class=\"changed\"><td>duration</td><td class=\"num\">30 s</td><td>clinic override "
                + "(etc/ci-short-release.override.yaml)</td><td class=\"changed-by\">clinic override</td></tr>"),
                "the Parameters used table: a value with its unit and the override that set it");
        List<ReportEvent> mvc = events.stream().filter(e -> e.type().equals("CALIBRATION") && e.unit().equals("uV")
                && e.detail().startsWith("mvc")).toList();
        assertEquals(6, mvc.stream().filter(e -> e.origin().equals("protocol")).count(), "an MVC per muscle: " + mvc);
        assertEquals(6, mvc.stream().filter(e -> e.origin().equals("live")).count(), "each taken by the live fusion: " + mvc);
        assertEquals(List.of("lumbar-session 1.0.0 started", "completed"),
                protocol.stream().filter(e -> e.type().equals("RUN")).map(ReportEvent::detail).toList());
    }

    private static double nrs(String value) {
        return Double.parseDouble(value.replace(" NRS", ""));
    }

    /** The {@code N} of the {@code step k/N} lines. */
    private static int stepCount(String out) {
        Matcher m = Pattern.compile("  step \\d+/(\\d+) ").matcher(out);
        assertTrue(m.find(), "no step line:\n" + out);
        return Integer.parseInt(m.group(1));
    }

    private static List<Integer> stepsSeen(String out) {
        List<Integer> seen = new ArrayList<>();
        Matcher m = Pattern.compile("  step (\\d+)/\\d+ ").matcher(out);
        while (m.find()) {
            seen.add(Integer.parseInt(m.group(1)));
        }
        return seen;
    }
}
