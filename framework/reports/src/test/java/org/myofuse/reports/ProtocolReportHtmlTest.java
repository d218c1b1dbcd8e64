package org.myofuse.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.report.SessionReport;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ProtocolReportHtmlTest {

    private static final SessionReport SAMPLE = SampleReports.session(180);

    private static SessionReport withRuns(List<SessionReport.ProtocolRun> runs) {
        return new SessionReport(SAMPLE.header(), SAMPLE.force(), SAMPLE.emg(), SAMPLE.sway(), SAMPLE.heatMap(),
                SAMPLE.events(), SAMPLE.summary(), runs);
    }

    @Test
    void theProtocolComesAfterTheHeadingAndItsParametersBeforeTheEvents() throws IOException {
        List<String> headings = Html.session(SAMPLE).all("h2", null).stream().map(Element::getTextContent).toList();
        assertEquals(List.of("Protocol", "Summary", "Force on the instrument", "Muscle activity (EMG)", "Postural sway (centre of pressure)",
                "Pressure map", "Parameters used", "Events"), headings);
    }

    @Test
    void theProtocolFactsNameTheProtocolTheOutcomeTheStepsPainAndCues() throws IOException {
        List<List<String>> facts = rows(Html.session(SAMPLE), "protocol", "th", "td");
        assertEquals(List.of(
                List.of("Protocol", "lumbar-session 1.0.0"),
                List.of("Started at (min:s)", "0:00.5"),
                List.of("Outcome", "completed"),
                List.of("Steps", "4 run: 2 completed, 1 skipped, 1 repeated"),
                List.of("Pain (NRS 0-10)", "6 / 10 before, 4 / 10 after (change -2)"),
                List.of("Cues", "14 info, 3 advisory, 1 caution, 0 alarm (18 in all)")), facts);
    }

    @Test
    void eachStepAttemptIsARowWithStartDurationOutcomeShareGoodAndResult() throws IOException {
        assertEquals(List.of(
                List.of("1", "pain-before", "0:01.0", "4 s", "completed", "-", "pain 6/10 before"),
                List.of("2", "release-tlf-left", "0:06.0", "14 s", "repeated", "50%",
                        "4/12 strokes, 2 in band; peak 11.1 N; 0 overpressure, 1 guarding, 0 withdrawal"),
                List.of("2", "release-tlf-left", "0:20.0", "1 min 15 s", "completed", "83%",
                        "12/12 strokes, 10 in band; peak 9.4 N; 0 overpressure, 1 guarding, 0 withdrawal"),
                List.of("3", "release-tlf-right", "-", "-", "skipped", "-", "-")),
                rows(Html.session(SAMPLE), "steps", "td"));
    }

    @Test
    void parametersAreGroupedByStepAndTheChangedOnesAreMarkedInTheirRowAndTheirOwnColumn() throws IOException {
        Html html = Html.session(SAMPLE);
        assertEquals(List.of(
                List.of("Whole protocol (equipment, muscles)"),
                List.of("equipment.forceTool.normalRange", "50 N", "clinic default", ""),
                List.of("muscles.multifidus-left.site", "At the level of the L5 spinous process, about 2-3 cm from the midline",
                        "seniam", ""),
                List.of("Step 2: release-tlf-left"),
                List.of("targetNormalForce", "6-8.9 N", "stevenson2023", ""),
                List.of("strokes", "12", "program lumbar-12-week 1.0.0, progression release-strokes", "program"),
                List.of("duration", "30 s", "clinic override (etc/short-release.override.yaml)", "clinic override"),
                List.of("Step 3: release-tlf-right"),
                List.of("strokes", "12", "clinic default", ""),
                List.of("criteria[2]", "-25 to 25 mm", "clinic default", "")), rows(html, "parameters", "th", "td"));
        List<String> changed = table(html, "parameters").stream().filter(r -> r.getAttribute("class").equals("changed"))
                .map(r -> r.getElementsByTagName("td").item(0).getTextContent()).toList();
        assertEquals(List.of("strokes", "duration"), changed, "highlighted rows");
        String note = html.all("p", "note").stream().map(Element::getTextContent)
                .filter(t -> t.startsWith("The values the run used")).findFirst().orElseThrow();
        assertTrue(note.endsWith("2 of 7 values differ from the protocol's own (1 set by a clinic override, 1 by the "
                + "patient's program): they are highlighted."), note);
    }

    @Test
    void aReferenceIsNamedByItsKeyInTheTableAndCitedOnceBelowIt() throws IOException {
        Html html = Html.session(SAMPLE);
        assertEquals(List.of(
                List.of("seniam", "Hermens HJ et al. J Electromyogr Kinesiol. 2000;10(5):361-374 (SENIAM)."),
                List.of("stevenson2023", "Stevenson TC et al. J Athl Train. 2023;58(1):60-64.")),
                rows(html, "references", "th", "td"));
    }

    @Test
    void numbersAreRightAlignedAndATextReadsAsText() throws IOException {
        List<Element> values = table(Html.session(SAMPLE), "parameters").stream()
                .filter(r -> r.getElementsByTagNameNS("*", "td").getLength() == 4)
                .map(r -> (Element) r.getElementsByTagNameNS("*", "td").item(1)).toList();
        assertEquals(List.of("num", "", "num", "num", "num", "num", "num"),
                values.stream().map(v -> v.getAttribute("class")).toList());
    }

    @Test
    void aStepNotReachedKeepsItsValuesUnderItsIdAndAnAbortedRunSaysWhy() throws IOException {
        SessionReport.ProtocolRun run = SampleReports.protocolRun();
        SessionReport.ProtocolRun aborted = new SessionReport.ProtocolRun(run.protocolId(), run.version(), 0.5,
                "aborted: patient unwell", run.steps().subList(0, 1), 6, null, run.cues(), run.parameters());
        Html html = Html.session(withRuns(List.of(aborted)));
        List<List<String>> facts = rows(html, "protocol", "th", "td");
        assertTrue(facts.contains(List.of("Outcome", "aborted: patient unwell")), facts.toString());
        assertTrue(facts.contains(List.of("Pain (NRS 0-10)", "6 / 10 before, not recorded after")), facts.toString());
        List<List<String>> parameters = rows(html, "parameters", "th", "td");
        assertTrue(parameters.contains(List.of("release-tlf-left (not run)")), parameters.toString());
    }

    @Test
    void twoRunsGetASubheadingEachAndASessionWithoutAProtocolHasNeitherSection() throws IOException {
        SessionReport.ProtocolRun run = SampleReports.protocolRun();
        Html two = Html.session(withRuns(List.of(run, run)));
        assertEquals(List.of("Run 1: lumbar-session 1.0.0", "Run 2: lumbar-session 1.0.0",
                "Run 1: lumbar-session 1.0.0", "Run 2: lumbar-session 1.0.0"),
                two.all("h3", null).stream().map(Element::getTextContent).filter(t -> t.startsWith("Run ")).toList());

        Html none = Html.session(withRuns(List.of()));
        List<String> headings = none.all("h2", null).stream().map(Element::getTextContent).toList();
        assertFalse(headings.contains("Protocol") || headings.contains("Parameters used"), headings.toString());
        assertEquals(0, none.all("table", "parameters").size());
    }

    @Test
    void theOldConstructorMakesAReportWithoutProtocolRuns() {
        SessionReport old = new SessionReport(SAMPLE.header(), null, null, null, null, SAMPLE.events(), SAMPLE.summary());
        assertEquals(List.of(), old.protocolRuns());
    }

    @Test
    void aStepCannotEndBeforeItBegins() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new SessionReport.StepRun("tare", 1, 10, 9, SessionReport.StepOutcome.COMPLETED, Double.NaN, ""));
        assertTrue(e.getMessage().contains("tare"), e.getMessage());
    }

    /** The body rows of the table of that class. */
    private static List<Element> table(Html html, String cssClass) {
        List<Element> tables = html.all("table", cssClass);
        assertEquals(1, tables.size(), "one table of class " + cssClass);
        NodeList rows = tables.get(0).getElementsByTagNameNS("*", "tr");
        List<Element> body = new ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            if (!((Element) row.getParentNode()).getLocalName().equals("thead")) {
                body.add(row);
            }
        }
        return body;
    }

    /** Each body row's cells (of the element names given, in document order) as text. */
    private static List<List<String>> rows(Html html, String cssClass, String... cells) {
        List<String> names = List.of(cells);
        List<List<String>> rows = new ArrayList<>();
        for (Element row : table(html, cssClass)) {
            List<String> texts = new ArrayList<>();
            NodeList children = row.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element cell && names.contains(cell.getLocalName())) {
                    texts.add(cell.getTextContent());
                }
            }
            rows.add(texts);
        }
        return rows;
    }
}
