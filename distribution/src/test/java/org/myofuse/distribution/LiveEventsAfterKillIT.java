package org.myofuse.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events are recorded as they happen: a run of the three simulators killed with SIGKILL keeps the
 * events the live fusion journaled (origin {@code live}), and after {@code myofuse replay} the session's
 * analysis events (origin {@code analysis}) agree with them: the same types and sources, at the same
 * times within {@link #TIME_TOLERANCE_S}. Everything through the installed {@code bin/myofuse}; the
 * events are read from the session report's events table, which names each event's origin.
 */
class LiveEventsAfterKillIT {

    /**
     * The report prints times to a tenth of a second; live and analysis times differ by the arrival jitter
     * of the stored blocks (a few ms, see docs/summary.md), so they print equal or one tenth apart.
     */
    static final double TIME_TOLERANCE_S = 0.1;

    /**
     * How far before the last journaled event the analysis may find events the journal lacks, or lack
     * events the journal has: the kill loses the entries of the last uncommitted flush (up to 100 ms) and
     * the events still pending (a guarding event waits for its stroke, about 1.2 s here, to be
     * confirmed), and the replay confirms an event only from the samples after it.
     */
    static final double END_WINDOW_S = 2.0;

    @TempDir
    Path home;

    @Test
    void theLiveEventsOfAKilledSessionAreKeptAndTheAnalysisFindsTheSame() throws Exception {
        var myofuse = new InstalledMyofuse(home);
        StringBuilder seen = new StringBuilder();
        try (var run = myofuse.start("run", "--headless")) {
            run.awaitLine("recording session 1", seen);
            run.awaitLine("00:12  sim-iastm \\d+ S/s.*", seen);
            run.process().destroyForcibly(); // SIGKILL: nothing is ended or flushed
            assertTrue(run.process().waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, run.process().exitValue(), "killed by SIGKILL");
        }
        String sessions = myofuse.run("sessions").out();
        assertTrue(sessions.lines().anyMatch(l -> l.matches("1 .* INTERRUPTED")), sessions);

        var replay = myofuse.run("replay", "1");
        assertEquals(0, replay.code(), replay.err());
        assertTrue(replay.out().contains("stored the analysis of session 1"), replay.out());
        Path page = home.resolve("session-1.html");
        var report = myofuse.run("report", "1", "--out", page.toString());
        assertEquals(0, report.code(), report.err());
        List<ReportEvent> events = ReportEvent.readFrom(page);

        List<ReportEvent> live = events.stream().filter(e -> e.origin().equals("live")).toList();
        List<ReportEvent> analysis = new ArrayList<>(events.stream().filter(e -> e.origin().equals("analysis")).toList());
        assertEquals(events.size(), live.size() + analysis.size(), "only live and analysis events: " + events);
        Set<String> liveTypes = live.stream().map(ReportEvent::type).collect(Collectors.toSet());
        assertTrue(liveTypes.containsAll(Set.of("STROKE_START", "STROKE_END", "EMG_ONSET", "EMG_OFFSET", "GUARDING")),
                "the live fusion's events were journaled and survived the kill: " + liveTypes);

        int analysed = analysis.size();
        double lastLive = live.stream().mapToDouble(ReportEvent::timeS).max().orElseThrow();
        List<ReportEvent> liveOnly = new ArrayList<>();
        for (ReportEvent e : live) {
            analysis.stream().filter(a -> a.type().equals(e.type()) && a.source().equals(e.source())
                    && Math.abs(a.timeS() - e.timeS()) <= TIME_TOLERANCE_S + 1e-9).findFirst()
                    .ifPresentOrElse(analysis::remove, () -> liveOnly.add(e));
        }
        System.out.println("live events " + live.size() + ", analysis events " + analysed + "; live only: " + liveOnly
                + "; analysis only: " + analysis);
        for (ReportEvent missing : liveOnly) {
            // The kill cuts each stream's stored data at a slightly different point, and the analysis needs
            // the samples after an event to confirm it: an event seen live in the last moments may be
            // beyond what the replay can confirm (seen in CI: an EMG onset 0.5 s before the kill).
            assertTrue(missing.timeS() >= lastLive - END_WINDOW_S,
                    "the analysis has no " + missing + ", before the session's last moments; analysis: " + analysis);
        }
        for (ReportEvent extra : analysis) {
            assertTrue(extra.timeS() >= lastLive - END_WINDOW_S,
                    "an analysis event the journal lacks, before the session's last moments: " + extra);
        }
    }
}
