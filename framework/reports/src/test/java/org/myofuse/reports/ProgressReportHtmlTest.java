package org.myofuse.reports;

import org.myofuse.api.report.ProgressReport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class ProgressReportHtmlTest {

    private static ProgressReport.SessionRow row(String id, int day, Integer before, Integer after, double strokes) {
        return new ProgressReport.SessionRow(id, LocalDate.of(2024, 4, day), before, after,
                List.of(new ProgressReport.Metric("strokes", strokes, "")));
    }

    private static List<String> column(Html html, String cssClass) {
        return html.all("td", cssClass).stream().map(Element::getTextContent).toList();
    }

    @Test
    void changeIsMeasuredAgainstTheFirstSessionsPainBefore() throws IOException {
        ProgressReport report = new ProgressReport("P1", null, List.of(
                row("S1", 1, 6, 5, 20), row("S2", 8, 3, 2, 22), row("S3", 15, 7, null, 24)));
        Html html = Html.progress(report);
        assertEquals(List.of("0%", "-50%", "+17%"), column(html, "change-before"));
        assertEquals(List.of("-17%", "-67%", "-"), column(html, "change-after"));
    }

    @Test
    void withoutAnyPainBeforeThereIsNoBaseline() throws IOException {
        Html html = Html.progress(new ProgressReport("P1", null, List.of(row("S1", 1, null, 3, 20))));
        assertEquals(List.of("-"), column(html, "change-after"));
        assertTrue(html.text().contains("no baseline"));
    }

    @Test
    void thePainChartHasAFixedZeroToTenAxisAndOneMarkerPerScore() throws IOException {
        ProgressReport report = SampleReports.progress(8);
        Html html = Html.progress(report);
        Element pain = html.svg("pain");
        List<String> ticks = html.all(pain, "text", "tick").stream().map(Element::getTextContent).toList();
        assertTrue(ticks.containsAll(List.of("0", "5", "10")), ticks.toString());
        assertEquals(8, html.all(pain, "circle", "p-before").size());
        assertEquals(7, html.all(pain, "circle", "p-after").size());
        // Session 3 has no pain-after score: the after line is broken in two.
        assertEquals(2, html.all(pain, "polyline", "s-after").size());
    }

    @Test
    void eachMetricGetsATableColumnAndATrendChart() throws IOException {
        Html html = Html.progress(SampleReports.progress(8));
        assertEquals(4, html.all("svg", "metric").size());
        Element table = html.all("table", "metrics").get(0);
        List<String> headers = html.all(table, "th", null).stream().map(Element::getTextContent).toList();
        assertEquals(List.of("Session", "Date", "strokes", "mean normal force (N)", "guarding events",
                "ellipse area (mm\u00b2)"), headers);
        assertEquals("24", html.all(table, "td", null).get(2).getTextContent());
    }

    @Test
    void aSessionWithoutAMetricShowsADashAndBreaksItsTrend() throws IOException {
        ProgressReport report = new ProgressReport("P1", null, List.of(
                row("S1", 1, 6, 5, 20),
                new ProgressReport.SessionRow("S2", LocalDate.of(2024, 4, 8), 5, 4, List.of()),
                row("S3", 15, 4, 3, 24)));
        Html html = Html.progress(report);
        Element table = html.all("table", "metrics").get(0);
        assertEquals("-", html.all(table, "td", null).get(5).getTextContent());
        assertEquals(2, html.all("polyline", "s-metric").size());
    }

    @Test
    void theProgramShowsSessionsDoneAgainstPlanned() throws IOException {
        String text = Html.progress(SampleReports.progress(8)).document().getDocumentElement().getTextContent();
        assertTrue(text.contains("8 of 12 planned"));
        assertTrue(text.contains("6 weeks x 2 sessions per week, from 2024-04-01 to 2024-05-12"));
    }

    @Test
    void aSessionOfUnknownDateSaysSoInsteadOfADay() throws IOException {
        ProgressReport.SessionRow undated = new ProgressReport.SessionRow("S9", LocalDate.EPOCH, 5, 4,
                List.of(new ProgressReport.Metric("strokes", 21, "")), false);
        Html html = Html.progress(new ProgressReport("P1", null, List.of(row("S1", 1, 6, 5, 20), undated)));
        String text = html.text();
        assertTrue(text.contains("date unknown"), text);
        assertTrue(text.contains("2024-04-01 to 2024-04-01"), text);
        assertTrue(text.contains("Sessions of unknown date"), text);
        assertFalse(text.contains("1970"), text);
    }

    @Test
    void aPatientWithoutSessionsGetsOneLinePerSection() throws IOException {
        Html html = Html.progress(new ProgressReport("P1", null, List.of()));
        assertEquals(2, html.all("p", "empty").size());
        assertEquals(0, html.all("svg", "chart").size());
    }
}
