/**
 * Session and progress reports: the report models ({@link org.myofuse.api.report.SessionReport} for one
 * recorded session, {@link org.myofuse.api.report.ProgressReport} for a patient's sessions over a
 * program), immutable records checked where they are built, and the
 * {@link org.myofuse.api.report.ReportWriter} service that renders them, and the
 * {@link org.myofuse.api.report.SessionReports} service that writes the report of a stored session or
 * the progress report of a patient to a file, mapping the store's records and the session analysis into
 * the models itself (the command line and the console ask it; neither maps anything).
 *
 * <p>1.2: {@link org.myofuse.api.report.SessionReports}, {@link org.myofuse.api.report.AnalysisProgress},
 * {@link org.myofuse.api.report.ReportException}.
 * <p>1.3: whether a session's date is known ({@code SessionReport.Header.startDateKnown},
 * {@code ProgressReport.SessionRow.dateKnown}), for sessions imported from files that gave only a time of day.
 * <p>1.4: {@code ProgressReport.progress}, the patient's progress through their program
 * ({@link org.myofuse.api.program.PatientProgram}).
 * <p>1.5: {@code SessionReport.protocolRuns}: a protocol run's steps, pain scores, cues and the parameter
 * values it used with their sources ({@link org.myofuse.api.report.SessionReport.ProtocolRun}).
 */
@Export
@Version("1.5.0")
package org.myofuse.api.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
