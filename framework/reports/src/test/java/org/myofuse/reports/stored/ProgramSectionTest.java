package org.myofuse.reports.stored;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.report.AnalysisProgress;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.store.Program;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.programs.plan.InstalledPlans;
import org.myofuse.programs.progress.StoredProgress;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The progress report's program section, on a real H2 file: a patient on the shipped 12-week lumbar plan,
 * sessions whose protocol journal (step results, pain scores) was written through the store's journal,
 * and the programs bundle's progress service on the same store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgramSectionTest {

    @TempDir
    static Path home;
    @TempDir
    static Path out;

    private RecordedStore recorded;
    private final LocalDate today = LocalDate.now();

    @BeforeAll
    void sessions() throws Exception {
        recorded = new RecordedStore(home);
        recorded.patient("P-9");
        recorded.review.setProgram("P-9", new Program(12, 2, today.minusWeeks(1), "lumbar-session", "lumbar-12-week"));
        session(Map.of("multifidus-left", 0.9), 6);
        session(Map.of("multifidus-left", 1.0), 4);
        InstalledPlans plans = new InstalledPlans();
        try (InputStream in = ProgramSectionTest.class.getResourceAsStream("/programs/lumbar-12-week.yaml")) {
            plans.add(1, "lumbar-12-week.yaml", "bundle org.myofuse.protocol-lumbar-session", in.readAllBytes());
        }
        recorded.reports.setProgramProgress(new StoredProgress(plans, recorded.review, recorded.store, recorded.review,
                Clock.systemDefaultZone()));
    }

    private void session(Map<String, Double> results, int pain) throws Exception {
        SessionInfo s = recorded.store.beginSession("P-9", "", "lumbar-session", "1.0.0");
        journal(s, "PAIN_NRS", "pain-before", pain);
        results.forEach((step, result) -> journal(s, "STEP_RESULT", step, result));
        recorded.store.endSession(s.id());
    }

    private void journal(SessionInfo s, String type, String source, double value) {
        assertTrue(recorded.store.append(s.id(), new JournalEntry(recorded.host.clock().nanos(), type, source, value, "", "",
                JournalEntry.PROTOCOL)));
    }

    @AfterAll
    void close() {
        recorded.reports.setProgramProgress(null);
        recorded.close();
    }

    @Test
    void theProgressReportShowsWeekAdherencePainTrendAndProgression() throws Exception {
        Path file = recorded.reports.writeProgressReport("P-9", out.resolve("progress.html"), AnalysisProgress.NONE);
        Document page = xhtml(file);
        String text = Files.readString(file);
        assertTrue(text.contains("<h2>Program</h2>"), "the program section");
        assertTrue(text.contains("lumbar-12-week 1.0.0"), "the plan");
        assertTrue(text.contains("2 of 12, phase weeks 1-4: Activation"), "the week and its phase");
        assertTrue(text.contains("6 (" + today + ") to 4 (" + today + "), change -2, 2 sessions scored"), "pain trend");
        List<List<String>> weeks = rows(page, "adherence");
        assertEquals(12, weeks.size());
        assertEquals(List.of("2", today.minusWeeks(1).plusWeeks(1).toString(), "2", "2"), weeks.get(1));
        assertEquals("-", weeks.get(2).get(3), "a week still to come");
        List<String> left = rows(page, "progression").get(0);
        assertEquals("multifidus-left.target.min", left.get(1));
        assertEquals("25 %MVC", left.get(3), "two sessions at >= 0.8 raised it from 20");
        assertTrue(left.get(6).startsWith("20 to 25 after session "), left.get(6));
        assertEquals("none yet", rows(page, "progression").get(1).get(6));
        List<String> bridge = rows(page, "progression").get(2);
        assertEquals("bridge.repetitions", bridge.get(1));
        assertTrue(bridge.get(5).endsWith("; applies from week 5"), bridge.get(5));
        assertTrue(text.contains("lumbar-session with multifidus-left.target.min 25 %MVC, multifidus-right.target.min 20 %MVC"),
                "the next session's values");
    }

    @Test
    void withoutTheProgramsBundleTheReportHasNoProgramSection() throws Exception {
        var service = new StoredSessionReports(recorded.store, recorded.review, recorded.review,
                new org.myofuse.fusion.osgi.SessionAnalyzerComponent(recorded.runtime.configuration(
                        org.myofuse.fusion.osgi.FusionConfig.class, Map.of())), new org.myofuse.reports.internal.HtmlReports());
        Path file = service.writeProgressReport("P-9", out.resolve("plain.html"), AnalysisProgress.NONE);
        String text = Files.readString(file);
        assertFalse(text.contains("<h2>Program</h2>"));
        assertTrue(text.contains("12 weeks x 2 sessions per week"), "the program line as before");
    }

    private static Document xhtml(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** The cells' texts of each body row of the table of this class. */
    private static List<List<String>> rows(Document page, String cssClass) {
        List<List<String>> rows = new ArrayList<>();
        NodeList tables = page.getElementsByTagNameNS("*", "table");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            if (!table.getAttribute("class").equals(cssClass)) {
                continue;
            }
            NodeList trs = ((Element) table.getElementsByTagNameNS("*", "tbody").item(0)).getElementsByTagNameNS("*", "tr");
            for (int r = 0; r < trs.getLength(); r++) {
                NodeList tds = ((Element) trs.item(r)).getElementsByTagNameNS("*", "td");
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < tds.getLength(); c++) {
                    cells.add(tds.item(c).getTextContent());
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
