package org.myofuse.reports;

import java.io.IOException;
import java.io.Writer;
import org.myofuse.reports.internal.EmgSection;
import org.myofuse.reports.internal.EventsSection;
import org.myofuse.reports.internal.ForceSection;
import org.myofuse.reports.internal.HeaderSection;
import org.myofuse.reports.internal.HeatMapSection;
import org.myofuse.reports.internal.Markup;
import org.myofuse.reports.internal.MetricsSection;
import org.myofuse.reports.internal.Page;
import org.myofuse.reports.internal.PainSection;
import org.myofuse.reports.internal.ProgressHeader;
import org.myofuse.reports.internal.SummarySection;
import org.myofuse.reports.internal.SwaySection;

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
public final class HtmlReports {

    /** A typical session report is this many characters; a hint for the in-memory buffer only. */
    private static final int EXPECTED_CHARS = 256 * 1024;

    private HtmlReports() {
    }

    /** Writes the report of one session: header, summary, force, EMG, sway, pressure map, events. */
    public static void writeSession(SessionReport report, Writer out) throws IOException {
        SessionReport.Header h = report.header();
        Markup m = Page.begin("Session report " + h.sessionId(), EXPECTED_CHARS);
        HeaderSection.write(m, h);
        SummarySection.write(m, report.summary());
        ForceSection.write(m, report.force());
        EmgSection.write(m, report.emg());
        SwaySection.write(m, report.sway());
        HeatMapSection.write(m, report.heatMap());
        EventsSection.write(m, report.events(), h.durationSeconds());
        Page.end(m, "Myofuse session report " + h.sessionId() + ". Times are seconds (or min:s) from the session start; "
                + "start time in UTC.");
        write(m, out);
    }

    /** Writes a patient's progress over their sessions: pain trend, change from baseline, key metrics. */
    public static void writeProgress(ProgressReport report, Writer out) throws IOException {
        Markup m = Page.begin("Progress report " + report.patientCode(), EXPECTED_CHARS / 4);
        ProgressHeader.write(m, report);
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
