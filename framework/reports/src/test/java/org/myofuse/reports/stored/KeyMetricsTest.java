package org.myofuse.reports.stored;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.analysis.CopEllipse;
import org.myofuse.api.analysis.SessionSummary;
import org.myofuse.api.analysis.SessionSummary.Force;
import org.myofuse.api.analysis.SessionSummary.Mat;
import org.myofuse.api.analysis.SessionSummary.Response;
import org.myofuse.api.analysis.SessionSummary.ResponseEvent;
import org.myofuse.api.report.ProgressReport.Metric;

class KeyMetricsTest {

    private static final List<String> LABELS = List.of("Strokes", "Mean normal force", "Time in target band",
            "Guarding events", "Withdrawal events", "Sway path length", "95% ellipse area");

    private static final Force FORCE = new Force("sim-iastm-1", 24, 30, 1.2, 6.25, 9.5, 1.8, 3.1, 0.3, 156.25, 41.5,
            134, 0, List.of());
    private static final Response RESPONSE = new Response(List.of("sim-emg-1/L_multifidus"), 24,
            List.of(guarding(1), guarding(2)), List.of(), List.of(), null, null);
    private static final Mat MAT = new Mat("sim-mat-1", 4000, 686, 0.5, 136.7, 812, 20.3,
            new CopEllipse(0.5, 136.7, 10, 4.77464829, 0, 150), 49.7, 50.3, 75.6, 24.4);

    private static ResponseEvent guarding(double timeS) {
        return new ResponseEvent(timeS, "sim-emg-1/L_multifidus", 27.8, "%MVC", "guarding");
    }

    private static SessionSummary summary(Force force, Mat mat, Response response) {
        return new SessionSummary(SessionSummary.FORMAT, SessionSummary.VERSION, 0.02, 39.99, 3999, List.of(), force,
                null, mat, response, null);
    }

    @Test
    void readsTheFollowedMetricsFromASummary() {
        List<Metric> metrics = KeyMetrics.of(summary(FORCE, MAT, RESPONSE));
        assertEquals(List.of(new Metric("Strokes", 24, ""), new Metric("Mean normal force", 6.25, "N"),
                new Metric("Time in target band", 41.5, "s"), new Metric("Guarding events", 2, ""),
                new Metric("Withdrawal events", 0, ""), new Metric("Sway path length", 812, "mm"),
                new Metric("95% ellipse area", 150, "mm2")), metrics);
    }

    @Test
    void aSessionWithoutASummaryHasTheSameLabelsWithoutValues() {
        List<Metric> metrics = KeyMetrics.of(null);
        assertEquals(LABELS, metrics.stream().map(Metric::label).toList());
        assertTrue(metrics.stream().allMatch(m -> Double.isNaN(m.value())));
    }

    @Test
    void anAbsentDeviceLeavesItsMetricsWithoutValues() {
        // no force tool (so no response either) and a mat with under four positions (no ellipse)
        Mat noEllipse = new Mat("sim-mat-1", 3, 686, 0.5, 136.7, 2.5, 20.3, null, 49.7, 50.3, 75.6, 24.4);
        List<Metric> metrics = KeyMetrics.of(summary(null, noEllipse, null));
        assertEquals(LABELS, metrics.stream().map(Metric::label).toList());
        assertEquals(2.5, metrics.get(5).value());
        for (int i : new int[] {0, 1, 2, 3, 4, 6}) {
            assertTrue(Double.isNaN(metrics.get(i).value()), metrics.get(i).toString());
        }
    }
}
