package org.myofuse.api.report;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes the reports of stored sessions to files: everything from the session id or patient code to
 * the HTML file, so that whoever asks for a report (the command line's {@code myofuse report}, the
 * console's report button) needs no knowledge of the analysis, the store or the report models.
 * Provided as an OSGi service by the reports bundle, which maps the store's records and the session
 * analysis into {@link SessionReport} and {@link ProgressReport} and renders them with its
 * {@link ReportWriter}.
 *
 * <p>A report file is written under a temporary name beside the target (owner-only permissions: it
 * holds patient data) and moved into place when complete, so a reader never sees half a report and a
 * failure leaves nothing behind. The target's folder is checked before any analysis, which may take
 * minutes for a long session.
 *
 * <p>Thread-safe. Both methods do database I/O and replay stored data on the calling thread and may
 * block for minutes: never call them from a driver, bus or UI thread, and never interrupt the thread
 * that runs them (the store's database closes its file when a thread doing I/O is interrupted).
 *
 * @since 1.2
 */
@ProviderType
public interface SessionReports {

    /**
     * Writes the report of one session. The session is analysed afresh (its raw streams replayed through
     * the fusion analysis, as {@code myofuse replay} does) and the analysis is stored with it; the report
     * shows the session record, its assessment (pain NRS), devices, every stored event with its origin
     * (live, protocol, therapist, analysis, recorded) and the analysis's charts and summary.
     *
     * @param sessionId a stored session
     * @param target    the HTML file to write (replaced if it exists); its folder must exist
     * @param progress  told how the analysis advances
     * @return {@code target}, written
     * @throws ReportException unknown session, a session without stored streams, unreadable data, a folder that
     *                         does not exist or a file that cannot be written; one line, nothing left behind
     */
    Path writeSessionReport(String sessionId, Path target, AnalysisProgress progress) throws ReportException;

    /**
     * Writes a patient's progress report: the program, and per session (oldest first) the pain scores and
     * the key metrics from the session's stored summary. A session without a stored summary is analysed
     * (and the analysis stored); one without raw data gets a row without metrics.
     *
     * @param patientCode a patient's code (a patient without sessions gets a report without rows)
     * @param target      the HTML file to write (replaced if it exists); its folder must exist
     * @param progress    told how each analysis it needs advances
     * @return {@code target}, written
     * @throws ReportException a stored summary that cannot be read, a folder that does not exist, a file that
     *                         cannot be written, a database error; one line, nothing left behind
     */
    Path writeProgressReport(String patientCode, Path target, AnalysisProgress progress) throws ReportException;
}
