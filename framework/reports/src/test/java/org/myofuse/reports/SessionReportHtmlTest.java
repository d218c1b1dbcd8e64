package org.myofuse.reports;

import org.myofuse.api.report.SessionReport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class SessionReportHtmlTest {

    private static final SessionReport SAMPLE = SampleReports.session(180);

    @Test
    void eachStrokeGetsOneNumberedMark() throws IOException {
        Html html = Html.session(SAMPLE);
        int strokes = SAMPLE.force().strokes().size();
        List<Element> marks = html.all("g", "stroke-mark");
        assertEquals(strokes, marks.size());
        assertTrue(marks.get(0).getTextContent().startsWith("Stroke 1:"));
        assertEquals(strokes, html.all(html.svg("force"), "circle", "stroke-peak").size());
    }

    @Test
    void theTargetBandIsShadedBetweenItsLimits() throws IOException {
        Html html = Html.session(SAMPLE);
        Element band = html.all("rect", "band").get(0);
        double top = Double.parseDouble(band.getAttribute("y"));
        double height = Double.parseDouble(band.getAttribute("height"));
        // The axis is 0..20 N over the plot: 8-12 N is a fifth of the plot height.
        Element frame = html.all(html.svg("force"), "rect", "frame").get(0);
        double plotHeight = Double.parseDouble(frame.getAttribute("height"));
        assertEquals(plotHeight * 4 / 25, height, 0.2);
        assertTrue(top > Double.parseDouble(frame.getAttribute("y")));
    }

    @Test
    void aSessionOfUnknownDateShowsItsTimeOfDayAndSaysTheDateIsUnknown() throws IOException {
        SessionReport.Header h = SAMPLE.header();
        SessionReport undated = new SessionReport(new SessionReport.Header(h.sessionId(), h.patientCode(), h.therapist(),
                h.protocolId(), h.start(), h.durationSeconds(), h.status(), h.devices(), h.painBefore(), h.painAfter(),
                false), SAMPLE.force(), SAMPLE.emg(), SAMPLE.sway(), SAMPLE.heatMap(), SAMPLE.events(), SAMPLE.summary());
        assertTrue(Html.session(SAMPLE).text().contains("2024-05-02 14:03:07 UTC"));
        String text = Html.session(undated).text();
        assertTrue(text.contains("date unknown, 14:03:07 UTC"), text);
        assertFalse(text.contains("2024-05-02"), text);
    }

    @Test
    void aNanGapBreaksTheForceLineInsteadOfDrawingZero() throws IOException {
        Html html = Html.session(SAMPLE);
        assertEquals(2, html.all("polyline", "s-normal").size());
        assertEquals(2, html.all("polyline", "s-shear").size());
    }

    @Test
    void anHourAt100HzIsDecimatedToAFewPointsPerPixelColumnAndAFewHundredKilobytes() throws IOException {
        Html html = Html.session(SampleReports.session(3600));
        int columns = 680;
        assertTrue(html.points("s-normal") <= 2 * columns + 2, "normal force points: " + html.points("s-normal"));
        assertTrue(html.points("s-emg") <= 3 * (2 * columns + 2), "EMG points: " + html.points("s-emg"));
        assertTrue(html.points("s-cop") <= 4000 + 1);
        assertTrue(html.text().length() < 600_000, "report size " + html.text().length());
    }

    @Test
    void theSwayEllipseIsRotatedByMinusItsAngleAroundItsCentre() throws IOException {
        Html html = Html.session(SAMPLE);
        List<Element> ellipses = html.all("ellipse", "ellipse");
        assertEquals(1, ellipses.size());
        Element e = ellipses.get(0);
        SessionReport.Ellipse model = SAMPLE.sway().ellipse();
        String expected = "rotate(" + new java.math.BigDecimal(-model.angleDegrees())
                .setScale(1, java.math.RoundingMode.HALF_UP).toPlainString()
                + " " + e.getAttribute("cx") + " " + e.getAttribute("cy") + ")";
        assertEquals(expected, e.getAttribute("transform"));
        double ratio = Double.parseDouble(e.getAttribute("rx")) / Double.parseDouble(e.getAttribute("ry"));
        assertEquals(model.semiAxisAmm() / model.semiAxisBmm(), ratio, 0.02);
    }

    @Test
    void theSwayChartHasEqualScalesOnBothAxes() throws IOException {
        Html html = Html.session(SAMPLE);
        Element frame = html.all(html.svg("sway"), "rect", "frame").get(0);
        assertEquals(frame.getAttribute("width"), frame.getAttribute("height"));
    }

    @Test
    void theHeatMapHasOneCellPerMatCellAndMarksMissingOnes() throws IOException {
        Html html = Html.session(SAMPLE);
        Element map = html.svg("heatmap");
        assertEquals(16 * 24, html.all(map, "rect", "cell").size());
        assertEquals(1, html.all(map, "rect", "cell-empty").size());
        assertFalse(html.all("rect", "cell").get(0).getAttribute("fill").isEmpty());
    }

    @Test
    void emgHasOneChartPerChannelWithItsOnsetsMarked() throws IOException {
        Html html = Html.session(SAMPLE);
        List<Element> charts = html.all("svg", "emg");
        assertEquals(3, charts.size());
        for (int c = 0; c < 3; c++) {
            int channel = c;
            long onsets = SAMPLE.emg().onsets().stream().filter(o -> o.channel() == channel).count();
            assertEquals(onsets, html.all(charts.get(c), "g", "onset-mark").size());
        }
    }

    @Test
    void everyEventIsOnTheTimelineAndInTheTable() throws IOException {
        Html html = Html.session(SAMPLE);
        int events = SAMPLE.events().size();
        assertEquals(events, html.all("rect", "event-mark").size());
        Element table = html.all("table", "events").get(0);
        assertEquals(events, html.all(table, "tr", null).size() - 1);
        // Sorted by time: the 5 s marker comes first.
        assertTrue(html.all(table, "tr", null).get(1).getTextContent().contains("MARKER"));
        // The last column says who wrote the event down: the 13 s guarding event was found live.
        List<Element> guarding = html.all(html.all(table, "tr", null).get(2), "td", null);
        assertTrue(guarding.get(1).getTextContent().contains("GUARDING"));
        assertEquals("live", guarding.get(guarding.size() - 1).getTextContent());
        assertEquals("Origin", html.all(table, "th", null).get(5).getTextContent());
    }

    @Test
    void userTextIsEscapedAndTheFileIsAscii() throws IOException {
        Html html = Html.session(SAMPLE);
        assertFalse(html.text().contains("<b>tender"));
        assertTrue(html.text().chars().allMatch(c -> c < 128));
        Element patient = html.all("td", null).get(0);
        assertEquals("P<7>&\"\u00d8\"", patient.getTextContent());
        assertTrue(html.document().getDocumentElement().getTextContent().contains("note: <b>tender</b> & \"tight\" - \u00b5"));
    }

    @Test
    void controlCharactersInDetailsDoNotBreakTheXml() throws IOException {
        SessionReport report = new SessionReport(SAMPLE.header(), null, null, null, null,
                List.of(new SessionReport.Event(1, "MARKER", "x\u0001y", Double.NaN, "", "bell\u0007 \ud83d\ude00 lone\ud800")),
                List.of());
        Html html = Html.session(report);
        String text = html.document().getDocumentElement().getTextContent();
        assertTrue(text.contains("x\ufffdy"));
        assertTrue(text.contains("bell\ufffd \ud83d\ude00 lone\ufffd"));
    }

    @Test
    void absentDevicesGiveOneLineInsteadOfAnEmptyChart() throws IOException {
        SessionReport report = new SessionReport(SAMPLE.header(), null, null, null, null, List.of(), List.of());
        Html html = Html.session(report);
        List<String> empty = html.all("p", "empty").stream().map(Element::getTextContent).toList();
        assertEquals(List.of("No summary values for this session.", "No force data in this session.",
                "No EMG data in this session.", "No sway data in this session.",
                "No pressure mat data in this session.", "No events recorded in this session."), empty);
        assertEquals(0, html.all("svg", "chart").size());
    }

    @Test
    void chartsHaveAxisTitlesWithUnits() throws IOException {
        Html html = Html.session(SAMPLE);
        List<String> titles = html.all("text", "axis-title").stream().map(Element::getTextContent).toList();
        assertTrue(titles.containsAll(List.of("time (s)", "force (N)", "%MVC", "CoP x (mm)", "CoP y (mm)", "kPa")), titles.toString());
        assertTrue(Html.session(SampleReports.session(3600)).all("text", "axis-title").stream()
                .anyMatch(t -> t.getTextContent().equals("time (min)")));
    }

    @Test
    void theSameReportIsTheSameBytesWhateverTheLocaleAndZone() throws IOException {
        String first = Html.session(SAMPLE).text();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            assertEquals(first, Html.session(SampleReports.session(180)).text());
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertTrue(first.contains("2024-05-02 14:03:07 UTC"));
    }

    @Test
    void thePageIsStyledForPrintingOnA4() throws IOException {
        String text = Html.session(SAMPLE).text();
        assertTrue(text.contains("@media print"));
        assertTrue(text.contains("size: A4"));
        assertTrue(text.contains("break-inside: avoid"));
        assertFalse(text.contains("<script"));
        assertFalse(text.contains("http://") && text.replace("http://www.w3.org/", "").contains("http://"));
        assertFalse(text.contains("https://"));
    }
}
