/**
 * Reports of stored sessions: the {@link org.myofuse.api.report.SessionReports} service, which reads a
 * session (or a patient's sessions) through the store's services, analyses it with the fusion's
 * analyzer and maps everything into the report models. Not exported.
 */
package org.myofuse.reports.stored;
