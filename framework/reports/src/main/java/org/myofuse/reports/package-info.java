/**
 * Self-contained HTML reports: {@link org.myofuse.reports.HtmlReports} renders a
 * {@link org.myofuse.reports.SessionReport} (one recorded session) or a
 * {@link org.myofuse.reports.ProgressReport} (a patient's sessions over a program) into one XHTML file
 * with inline CSS and inline SVG charts, no scripts and no external resources. The renderer is pure:
 * it reads immutable records and writes text, so the store and the CLI map their data into the
 * records and this package never touches a database or a service.
 */
@Export
@Version("1.0.0")
package org.myofuse.reports;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
