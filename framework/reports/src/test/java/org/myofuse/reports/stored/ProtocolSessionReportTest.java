package org.myofuse.reports.stored;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.report.AnalysisProgress;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.store.SessionInfo;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A protocol run journaled into a real recording (simulators, live fusion, H2 file) the way the engine
 * journals it, and the report the service writes of it: the protocol and its parameters in their own
 * sections, the events table without the parameter entries and with everything else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtocolSessionReportTest {

    @TempDir
    static Path home;
    @TempDir
    static Path out;

    private RecordedStore recorded;
    private Document page;

    @BeforeAll
    void recordAProtocolSessionAndReportIt() throws Exception {
        recorded = new RecordedStore(home);
        recorded.patient("P-7");
        // The fixture's 33 s of run, a tenth as long, ending about when the session does.
        SessionInfo session = recorded.record("P-7", Duration.ofSeconds(8), s -> {
            long origin = recorded.host.clock().nanos() - 3_000_000_000L;
            for (JournalEntry entry : JournalFixture.entries(origin, 0.1)) {
                assertTrue(recorded.store.append(s.id(), entry), "journaled: " + entry);
            }
        });
        Path file = out.resolve("protocol-session.html");
        recorded.reports.writeSessionReport(session.id(), file, AnalysisProgress.NONE);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        page = factory.newDocumentBuilder().parse(file.toFile());
        assertTrue(Files.readString(file).contains("<h2>Protocol</h2>"));
    }

    @AfterAll
    void close() {
        recorded.close();
    }

    @Test
    void theEventsTableHasNoParameterRowsButTheStepsCuesPainMarksAndLiveEvents() {
        List<List<String>> events = rows("events");
        assertTrue(events.stream().noneMatch(r -> r.get(1).equals("PARAMETER")), "no PARAMETER row: " + events);
        for (String type : List.of("RUN", "STEP", "STEP_RESULT", "CUE", "PAIN_NRS", "CONFIRMATION", "CALIBRATION")) {
            assertTrue(events.stream().anyMatch(r -> r.get(1).equals(type) && r.get(5).equals("protocol")),
                    "a protocol " + type + " row");
        }
        assertTrue(events.stream().anyMatch(r -> r.get(1).equals("MARK") && r.get(5).equals("therapist")), "the mark");
        assertTrue(events.stream().anyMatch(r -> r.get(5).equals("live")), "the live fusion's events");
    }

    @Test
    void theProtocolSectionShowsTheRunItsStepsPainAndCues() {
        List<List<String>> facts = rows("protocol");
        assertTrue(facts.contains(List.of("Protocol", "lumbar-session 1.0.0")), facts.toString());
        assertTrue(facts.contains(List.of("Outcome", "completed")), facts.toString());
        assertTrue(facts.contains(List.of("Steps", "7 run: 4 completed, 2 skipped, 1 repeated")), facts.toString());
        assertTrue(facts.contains(List.of("Pain (NRS 0-10)", "6 / 10 before, 3 / 10 after (change -3)")), facts.toString());
        assertTrue(facts.contains(List.of("Cues", "11 info, 1 advisory, 1 caution, 0 alarm (13 in all)")), facts.toString());
        List<String> steps = rows("steps").stream().map(r -> r.get(1) + " " + r.get(4)).toList();
        assertEquals(List.of("pain-before completed", "tare completed", "release-tlf-left repeated",
                "release-tlf-left completed", "release-tlf-right skipped", "multifidus-left skipped",
                "pain-after completed"), steps);
    }

    @Test
    void theParametersTableHoldsEveryValueWithItsUnitAndSourceAndMarksTheChangedOnes() {
        List<List<String>> parameters = rows("parameters");
        assertTrue(parameters.contains(List.of("duration", "30 s", "clinic override (etc/ci-short-release.override.yaml)",
                "clinic override")), parameters.toString());
        assertTrue(parameters.contains(List.of("strokes", "14", "program lumbar-12-week 1.0.0, progression release-strokes",
                "program")), parameters.toString());
        assertTrue(parameters.contains(List.of("targetNormalForce", "6-8.9 N", "stevenson2023", "")), parameters.toString());
        assertTrue(parameters.contains(List.of("Step 3: release-tlf-left")), parameters.toString());
        assertEquals(13 + 5, parameters.size(), "13 values (three bands of two entries each) under 5 headings");
    }

    /** The texts of the cells (th and td) of each body row of the table of that class. */
    private List<List<String>> rows(String cssClass) {
        NodeList tables = page.getElementsByTagName("table");
        List<List<String>> rows = new ArrayList<>();
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            if (!List.of(table.getAttribute("class").split(" ")).contains(cssClass)) {
                continue;
            }
            NodeList trs = ((Element) table.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
            for (int r = 0; r < trs.getLength(); r++) {
                List<String> cells = new ArrayList<>();
                NodeList children = trs.item(r).getChildNodes();
                for (int c = 0; c < children.getLength(); c++) {
                    if (children.item(c) instanceof Element cell) {
                        cells.add(cell.getTextContent().strip());
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
