package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.report.ProgressReport.Metric;

class KeyMetricsTest {

    private static final String SUMMARY = """
            {
              "format": "myofuse-summary",
              "version": 1,
              "force": {"strokeCount": 24, "meanNormalN": 6.25, "timeInTargetS": 41.5, "note": "a \\"quoted\\" \\u00e9"},
              "mat": {"pathLengthMm": 812.0, "ellipse": {"areaMm2": 1.5e2}},
              "response": {"guarding": [{"timeS": 1}, {"timeS": 2}], "withdrawal": []},
              "emg": null
            }
            """;

    @Test
    void readsTheFollowedMetricsFromAStoredSummary() {
        List<Metric> metrics = KeyMetrics.of(SUMMARY);
        assertEquals(List.of(new Metric("Strokes", 24, ""), new Metric("Mean normal force", 6.25, "N"),
                new Metric("Time in target band", 41.5, "s"), new Metric("Guarding events", 2, ""),
                new Metric("Withdrawal events", 0, ""), new Metric("Sway path length", 812, "mm"),
                new Metric("95% ellipse area", 150, "mm2")), metrics);
    }

    @Test
    void aSessionWithoutASummaryHasTheSameLabelsWithoutValues() {
        List<Metric> metrics = KeyMetrics.of(null);
        assertEquals(7, metrics.size());
        assertEquals("Strokes", metrics.get(0).label());
        assertTrue(metrics.stream().allMatch(m -> Double.isNaN(m.value())));
    }
}
