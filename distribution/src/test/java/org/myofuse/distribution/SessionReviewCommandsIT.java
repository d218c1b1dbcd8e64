package org.myofuse.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.distribution.InstalledMyofuse.Result;
import org.w3c.dom.Document;

/**
 * The review commands as a clinic uses them, through the installed {@code bin/myofuse}: a session
 * recorded from the three simulators, then summary, replay, assess and both reports, each in its
 * own process on the same data folder.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionReviewCommandsIT {

    @TempDir
    static Path home;

    private static InstalledMyofuse myofuse;

    @BeforeAll
    static void recordASession() throws Exception {
        myofuse = new InstalledMyofuse(home);
        assertEquals(0, run("patients", "add", "P-100", "--consent").code());
        assertEquals(0, run("therapists", "add", "TK", "--name", "Tove Kline").code());
        Result run = run("run", "--headless", "--duration", "6s", "--patient", "P-100", "--therapist", "TK");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("session 1 recorded"), run.out());
    }

    @Test
    @Order(0)
    void theSessionListNamesPatientAndTherapist() throws Exception {
        Result therapists = run("therapists", "list");
        assertTrue(therapists.out().lines().anyMatch(l -> l.matches("TK +Tove Kline")), therapists.out());
        Result sessions = run("sessions");
        assertTrue(sessions.out().lines().anyMatch(l -> l.matches("1 +P-100 +TK +- +.* +COMPLETE")), sessions.out());
        // A run for an unknown therapist is refused and stores nothing: RefusedRunIT.
    }

    @Test
    @Order(1)
    void theSummaryHasTheDocumentedSectionsAndIsIdenticalBetweenTwoAnalyses() throws Exception {
        Result first = run("summary", "1", "--json");
        Result second = run("summary", "1", "--json");
        assertEquals(0, first.code(), first.err());
        assertEquals(first.out(), second.out(), "two analyses of the same raw data give the same summary, byte for byte");
        for (String field : List.of("\"format\": \"myofuse-summary\"", "\"force\":", "\"strokeCount\":",
                "\"meanNormalN\":", "\"timeInTargetS\":", "\"impulseNs\":", "\"emg\":", "\"medianFrequencyHz\":",
                "\"asymmetry\":", "\"mat\":", "\"pathLengthMm\":", "\"ellipse\":", "\"guarding\":", "\"withdrawal\":",
                "\"parameters\":")) {
            assertTrue(first.out().contains(field), "summary has " + field);
        }
    }

    @Test
    @Order(2)
    void replayStoresTheAnalysisAndPrintsTheTextSummary() throws Exception {
        Result replay = run("replay", "1");
        assertEquals(0, replay.code(), replay.err());
        assertTrue(replay.out().contains("strokes"), replay.out());
        assertTrue(replay.out().contains("stored the analysis of session 1"), replay.out());
        assertTrue(replay.out().contains("  sim-emg-1/"), "channels under the devices' configured names: " + replay.out());
        assertFalse(replay.out().contains("org.myofuse.device."), replay.out());
    }

    @Test
    @Order(3)
    void theSessionAndProgressReportsAreWellFormedPagesWithTheirCharts() throws Exception {
        assertEquals(0, run("assess", "1", "--pain-before", "6", "--pain-after", "4").code());
        Path session = home.resolve("session-1.html");
        Result report = run("report", "1", "--out", session.toString());
        assertEquals(0, report.code(), report.err());
        Document page = xhtml(session);
        assertTrue(page.getElementsByTagName("svg").getLength() >= 4, "force, EMG, sway and heat map charts");
        String text = Files.readString(session);
        assertTrue(text.contains("P-100") && text.contains("6 / 10"), "patient and pain before");
        assertTrue(text.contains(">TK<"), "the therapist");
        assertTrue(text.contains("sim-emg-1"), "devices by their configured names");
        assertFalse(text.contains("org.myofuse.device."), "configuration ids stay out of the therapist's view");

        Result program = run("program", "P-100", "--weeks", "12", "--per-week", "2", "--start", "2026-01-05");
        assertEquals(0, program.code(), program.err());
        Path progress = home.resolve("progress.html");
        assertEquals(0, run("report", "--patient", "P-100", "--out", progress.toString()).code());
        assertTrue(xhtml(progress).getElementsByTagName("svg").getLength() >= 1, "pain trend chart");
        assertTrue(Files.readString(progress).contains("12 weeks"), "the program is shown");
    }

    @Test
    @Order(4)
    void badInputIsOneLineWithTheRightExitCodeAndNothingWritten() throws Exception {
        Result unknown = run("summary", "99");
        assertEquals(1, unknown.code());
        assertEquals("myofuse: unknown session 99 (see myofuse sessions)", unknown.err().strip());

        Path nowhere = home.resolve("missing-folder").resolve("r.html");
        Result unwritable = run("report", "1", "--out", nowhere.toString());
        assertEquals(1, unwritable.code());
        assertTrue(unwritable.err().strip().startsWith("myofuse: cannot write "), unwritable.err());
        assertFalse(Files.exists(nowhere.getParent()));

        Path blocked = Files.createDirectories(home.resolve("blocked"));
        Files.writeString(blocked.resolve("db"), "not a folder");
        Result noDatabase = new InstalledMyofuse(blocked).run("sessions");
        assertEquals(1, noDatabase.code());
        assertTrue(noDatabase.err().contains("cannot create the database folder " + blocked.resolve("db")
                + ": a file of that name is in the way"), noDatabase.err());
        assertTrue(noDatabase.err().lines().count() <= 4, "a few lines, no stack traces: " + noDatabase.err());

        Result badScore = run("assess", "1", "--pain-after", "12");
        assertEquals(2, badScore.code());
        assertEquals("6", run("assess", "1").out().replaceAll(".*pain before (\\d+).*\\s*", "$1"),
                "the stored score is unchanged");
    }

    private static Document xhtml(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        return myofuse.run(args);
    }
}
