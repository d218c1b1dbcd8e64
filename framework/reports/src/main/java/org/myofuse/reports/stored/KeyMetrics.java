package org.myofuse.reports.stored;

import java.util.List;

import org.myofuse.api.analysis.SessionSummary;
import org.myofuse.api.report.ProgressReport.Metric;

/**
 * The metrics a progress report follows across sessions, taken from a session's summary
 * (docs/summary.md). The same labels in the same order for every session, NaN where a session has
 * no value (no summary, no force tool, no mat, no ellipse).
 */
final class KeyMetrics {

    private KeyMetrics() {
    }

    /** @param summary the session's summary, or null for a session without one (no raw data) */
    static List<Metric> of(SessionSummary summary) {
        SessionSummary.Force force = summary == null ? null : summary.force();
        SessionSummary.Response response = summary == null ? null : summary.response();
        SessionSummary.Mat mat = summary == null ? null : summary.mat();
        return List.of(
                new Metric("Strokes", force == null ? Double.NaN : force.strokeCount(), ""),
                new Metric("Mean normal force", force == null ? Double.NaN : force.meanNormalN(), "N"),
                new Metric("Time in target band", force == null ? Double.NaN : force.timeInTargetS(), "s"),
                new Metric("Guarding events", response == null ? Double.NaN : response.guarding().size(), ""),
                new Metric("Withdrawal events", response == null ? Double.NaN : response.withdrawal().size(), ""),
                new Metric("Sway path length", mat == null ? Double.NaN : mat.pathLengthMm(), "mm"),
                new Metric("95% ellipse area", mat == null ? Double.NaN : mat.ellipseAreaMm2(), "mm2"));
    }
}
