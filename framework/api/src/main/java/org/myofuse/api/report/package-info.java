/**
 * Session and progress reports: the report models ({@link org.myofuse.api.report.SessionReport} for one
 * recorded session, {@link org.myofuse.api.report.ProgressReport} for a patient's sessions over a
 * program), immutable records checked where they are built, and the
 * {@link org.myofuse.api.report.ReportWriter} service that renders them. Whoever has the data (the
 * commands, the console) maps it into the records; the reports bundle renders.
 */
@Export
@Version("1.1.0")
package org.myofuse.api.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
