package org.myofuse.reports.stored;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.report.AnalysisProgress;
import org.myofuse.api.report.ReportException;
import org.myofuse.api.store.Program;
import org.myofuse.api.store.SessionInfo;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report service on sessions recorded from the simulators into a real H2 file, analysed by the real
 * fusion analyzer: what the reports show (the therapist's mark among the events, with its origin), what
 * the service stores (the analysis), what it tells about progress, and the one-line refusals that leave
 * nothing behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredSessionReportsTest {

    @TempDir
    static Path home;
    @TempDir
    static Path out;

    private RecordedStore recorded;
    private SessionInfo marked;
    private SessionInfo plain;

    @BeforeAll
    void record() throws Exception {
        recorded = new RecordedStore(home);
        recorded.patient("P-1");
        marked = recorded.record("P-1", Duration.ofSeconds(6),
                s -> assertTrue(recorded.store.append(s.id(), recorded.mark("patient felt tingling"))));
        plain = recorded.record("P-1", Duration.ofSeconds(3), s -> { });
        recorded.review.assess(marked.id(), OptionalInt.of(6), OptionalInt.of(3));
        recorded.review.setProgram("P-1", new Program(12, 2, LocalDate.of(2026, 1, 5), ""));
    }

    @AfterAll
    void close() {
        recorded.close();
    }

    /** What the service said about progress, in order. */
    private static final class Told implements AnalysisProgress {
        final List<String> calls = new ArrayList<>();
        long lastTotal = -1;

        @Override
        public void analysing(String sessionId) {
            calls.add("analysing " + sessionId);
        }

        @Override
        public void progress(String sessionId, long done, long total) {
            lastTotal = total;
            if (calls.isEmpty() || !calls.get(calls.size() - 1).startsWith("progress")) {
                calls.add("progress " + sessionId);
            }
        }

        @Override
        public void analysed(String sessionId) {
            calls.add("analysed " + sessionId);
        }
    }

    @Test
    void aSessionReportShowsTheRecordTheChartsAndTheTherapistsMarkWithItsOrigin() throws Exception {
        Path file = out.resolve("session.html");
        Told told = new Told();
        assertEquals(file, recorded.reports.writeSessionReport(marked.id(), file, told));

        assertEquals(List.of("analysing " + marked.id(), "progress " + marked.id(), "analysed " + marked.id()), told.calls);
        assertTrue(told.lastTotal > 0, "the replay counts frames");
        assertTrue(recorded.review.summaryJson(marked.id()).isPresent(), "the analysis is stored with the session");
        Document page = xhtml(file);
        assertTrue(page.getElementsByTagName("svg").getLength() >= 4, "force, EMG, sway and heat map charts");
        String text = Files.readString(file);
        assertTrue(text.contains("P-1") && text.contains("6 / 10"), "patient and pain before");
        List<List<String>> marks = eventRows(page).stream().filter(r -> r.contains("MARK")).toList();
        assertEquals(1, marks.size(), "one mark: " + eventRows(page));
        assertTrue(marks.get(0).contains("patient felt tingling") && marks.get(0).contains("therapist"), marks.get(0).toString());
        assertTrue(eventRows(page).stream().anyMatch(r -> r.contains("live")), "the live fusion's events beside it");
        assertEquals(List.of(file), leftIn(out).filter(p -> p.getFileName().toString().startsWith("session")).toList());
    }

    @Test
    void aProgressReportAnalysesOnlyTheSessionsWithoutAStoredSummary() throws Exception {
        List<String> unanalysed = new ArrayList<>();
        for (SessionInfo s : List.of(marked, plain)) {
            if (recorded.review.summaryJson(s.id()).isEmpty()) {
                unanalysed.add("analysing " + s.id());
            }
        }
        Path file = out.resolve("progress.html");
        Told told = new Told();
        recorded.reports.writeProgressReport("P-1", file, told);

        assertEquals(unanalysed, told.calls.stream().filter(c -> c.startsWith("analysing")).toList());
        String text = Files.readString(file);
        assertTrue(text.contains("12 weeks"), "the program");
        Document page = xhtml(file);
        assertTrue(page.getElementsByTagName("svg").getLength() >= 1, "the pain trend");
        assertTrue(text.contains(">" + marked.id() + "<") && text.contains(">" + plain.id() + "<"), "a row per session");
    }

    @Test
    void anUnknownSessionIsOneLineAndWritesNothing() {
        Path file = out.resolve("none.html");
        ReportException e = assertThrows(ReportException.class,
                () -> recorded.reports.writeSessionReport("99", file, AnalysisProgress.NONE));
        assertEquals("unknown session 99 (see myofuse sessions)", e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void aMissingFolderIsRefusedBeforeAnyAnalysis() {
        Path file = out.resolve("missing").resolve("r.html");
        Told told = new Told();
        ReportException e = assertThrows(ReportException.class,
                () -> recorded.reports.writeSessionReport(marked.id(), file, told));
        assertEquals("cannot write " + file + ": folder " + file.getParent() + " does not exist", e.getMessage());
        assertEquals(List.of(), told.calls);
        assertThrows(ReportException.class, () -> recorded.reports.writeProgressReport("P-1", file, told));
        assertEquals(List.of(), told.calls);
        assertFalse(Files.exists(file.getParent()));
    }

    private static Stream<Path> leftIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList().stream();
        }
    }

    private static Document xhtml(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** The cells' texts of each row of the events table. */
    private static List<List<String>> eventRows(Document page) {
        List<List<String>> rows = new ArrayList<>();
        NodeList tables = page.getElementsByTagNameNS("*", "table");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            if (!table.getAttribute("class").contains("events")) {
                continue;
            }
            NodeList trs = table.getElementsByTagNameNS("*", "tr");
            for (int r = 0; r < trs.getLength(); r++) {
                NodeList tds = ((Element) trs.item(r)).getElementsByTagNameNS("*", "td");
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < tds.getLength(); c++) {
                    cells.add(tds.item(c).getTextContent().strip());
                }
                if (!cells.isEmpty()) {
                    rows.add(cells);
                }
            }
        }
        return rows;
    }
}
