package org.myofuse.reports.internal;

import java.util.List;
import java.util.OptionalInt;
import org.myofuse.api.report.ProgressReport;

/**
 * Pain change from baseline. The baseline is the pain-before score of the first session that has
 * one: the state the patient came in with before any treatment.
 */
public final class Baseline {

    private Baseline() {
    }

    /** The index of the baseline session, empty when no session has a pain-before score. */
    public static OptionalInt index(List<ProgressReport.SessionRow> sessions) {
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).painBefore() != null) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** {@code (value - baseline) / baseline * 100}; {@code NaN} when either is missing or the baseline is 0. */
    public static double percentChange(Integer baseline, Integer value) {
        if (baseline == null || value == null || baseline == 0) {
            return Double.NaN;
        }
        return (value - baseline) * 100.0 / baseline;
    }

    /** {@code -50%}, {@code +17%}, {@code 0%}; {@code -} when not computable. Whole percent: NRS is an integer scale. */
    public static String format(double percent) {
        if (!Double.isFinite(percent)) {
            return "-";
        }
        // Half away from zero, so -12.5% and +12.5% round to the same size.
        long rounded = (long) Math.signum(percent) * Math.round(Math.abs(percent));
        return (rounded > 0 ? "+" : "") + rounded + "%";
    }
}
