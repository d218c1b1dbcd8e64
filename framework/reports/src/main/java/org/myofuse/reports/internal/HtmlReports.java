package org.myofuse.reports.internal;

import java.io.IOException;
import java.io.Writer;

import org.myofuse.api.report.ProgressReport;
import org.myofuse.api.report.ReportWriter;
import org.myofuse.api.report.SessionReport;
import org.osgi.service.component.annotations.Component;

/**
 * Writes reports as one self-contained XHTML file each: the style sheet is inline, charts are inline
 * SVG, and there are no scripts, images, fonts or links to fetch, so the file opens offline, can be
 * mailed or archived as is, and prints on A4.
 *
 * <p>The output is ASCII (other characters are written as character references), well-formed XML,
 * and the same bytes for the same report, whatever the default locale or time zone. Long series are
 * reduced to at most two points per pixel column, so a one-hour session stays a few hundred
 * kilobytes. The writer is flushed, not closed.
 */
@Component(service = ReportWriter.class)
public final class HtmlReports implements ReportWriter {

    /** A typical session report is this many characters; a hint for the in-memory buffer only. */
    private static final int EXPECTED_CHARS = 256 * 1024;

    /**
     * Writes the report of one session: header, the protocol run (when one ran), summary, force, EMG, sway,
     * pressure map, the parameters the protocol used, events.
     */
    @Override
    public void writeSession(SessionReport report, Writer out) throws IOException {
        SessionReport.Header h = report.header();
        Markup m = Page.begin("Session report " + h.sessionId(), EXPECTED_CHARS);
        HeaderSection.write(m, h);
        ProtocolSection.write(m, report.protocolRuns());
        SummarySection.write(m, report.summary());
        ForceSection.write(m, report.force());
        EmgSection.write(m, report.emg());
        SwaySection.write(m, report.sway());
        HeatMapSection.write(m, report.heatMap());
        ParametersSection.write(m, report.protocolRuns());
        EventsSection.write(m, report.events(), h.durationSeconds());
        Page.end(m, "Myofuse session report " + h.sessionId() + ". Times are seconds (or min:s) from the session start; "
                + "start time in UTC.");
        write(m, out);
    }

    /** Writes a patient's progress over their sessions: the program's progress, pain trend, change from baseline, key metrics. */
    @Override
    public void writeProgress(ProgressReport report, Writer out) throws IOException {
        Markup m = Page.begin("Progress report " + report.patientCode(), EXPECTED_CHARS / 4);
        ProgressHeader.write(m, report);
        if (report.progress() != null) {
            ProgramSection.write(m, report.progress());
        }
        PainSection.write(m, report.sessions());
        MetricsSection.write(m, report.sessions());
        Page.end(m, "Myofuse progress report for patient " + report.patientCode() + ".");
        write(m, out);
    }

    private static void write(Markup m, Writer out) throws IOException {
        out.write(m.toString());
        out.flush();
    }
}
