package org.myofuse.api.report;

import java.io.IOException;
import java.io.Writer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders reports, provided as an OSGi service by the reports bundle: each report one self-contained
 * XHTML file (inline style sheet, charts as inline SVG, no scripts, images, fonts or links to fetch),
 * so the file opens offline, can be mailed or archived as is, and prints on A4 (docs/reports.md).
 *
 * <p>The output is ASCII (other characters are written as character references), well-formed XML, and
 * the same bytes for the same report whatever the default locale or time zone. The writer is flushed,
 * not closed. Thread-safe and pure: no I/O beyond the writer it is given, no database, no service.
 */
@ProviderType
public interface ReportWriter {

    /** Writes the report of one session: header, summary, force, EMG, sway, pressure map, events. */
    void writeSession(SessionReport report, Writer out) throws IOException;

    /** Writes a patient's progress over their sessions: pain trend, change from baseline, key metrics. */
    void writeProgress(ProgressReport report, Writer out) throws IOException;
}
