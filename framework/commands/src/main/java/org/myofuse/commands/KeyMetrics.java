package org.myofuse.commands;

import java.util.List;

import org.myofuse.api.report.ProgressReport.Metric;
import org.myofuse.store.json.JsonTree;

/**
 * The metrics a progress report follows across sessions, read from a stored summary document
 * (docs/summary.md). The same labels in the same order for every session, NaN where a session has
 * no value (no force tool, no mat, no raw data).
 */
final class KeyMetrics {

    private KeyMetrics() {
    }

    /** @param summaryJson the stored summary, or null for a session without one */
    static List<Metric> of(String summaryJson) {
        Object s = summaryJson == null ? null : JsonTree.parse(summaryJson);
        return List.of(
                new Metric("Strokes", JsonTree.number(s, "force.strokeCount"), ""),
                new Metric("Mean normal force", JsonTree.number(s, "force.meanNormalN"), "N"),
                new Metric("Time in target band", JsonTree.number(s, "force.timeInTargetS"), "s"),
                new Metric("Guarding events", count(s, "response.guarding"), ""),
                new Metric("Withdrawal events", count(s, "response.withdrawal"), ""),
                new Metric("Sway path length", JsonTree.number(s, "mat.pathLengthMm"), "mm"),
                new Metric("95% ellipse area", JsonTree.number(s, "mat.ellipse.areaMm2"), "mm2"));
    }

    private static double count(Object summary, String path) {
        int n = JsonTree.size(summary, path);
        return n < 0 ? Double.NaN : n;
    }
}
