package org.myofuse.api.report;

/**
 * A report cannot be written; the message is one line naming what (session, patient, file) and why,
 * fit to be shown as it is.
 *
 * @since 1.2
 */
public class ReportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
