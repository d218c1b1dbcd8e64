package org.myofuse.reports.internal;

import java.util.List;
import org.myofuse.api.report.ProgressReport;

/**
 * Progress charts put sessions at 1, 2, 3 ... on the x axis (evenly spaced: sessions, not calendar
 * days, are the unit of treatment) and share these helpers for points and values.
 */
final class SessionAxis {

    private SessionAxis() {
    }

    static Axis of(int sessions) {
        return Axis.counting("session", 0.5, sessions + 0.5);
    }

    static double[] positions(int sessions) {
        double[] x = new double[sessions];
        for (int i = 0; i < sessions; i++) {
            x[i] = i + 1;
        }
        return x;
    }

    /** Pain scores as floats, {@code NaN} where a score is missing so the line breaks there. */
    static float[] pain(List<ProgressReport.SessionRow> sessions, boolean before) {
        float[] v = new float[sessions.size()];
        for (int i = 0; i < v.length; i++) {
            Integer p = before ? sessions.get(i).painBefore() : sessions.get(i).painAfter();
            v[i] = p == null ? Float.NaN : p;
        }
        return v;
    }

    /** One marker per present value (a line alone would hide single sessions between gaps). */
    static void markers(Markup m, Plot plot, float[] values, String cssClass, String what) {
        for (int i = 0; i < values.length; i++) {
            if (Float.isFinite(values[i])) {
                m.open("circle", "class", cssClass, "cx", Num.px(plot.x(i + 1)), "cy", Num.px(plot.y(values[i])), "r", "3.2");
                m.element("title", "Session " + (i + 1) + ": " + what + " " + Num.auto(values[i]));
                m.close("circle");
            }
        }
    }
}
