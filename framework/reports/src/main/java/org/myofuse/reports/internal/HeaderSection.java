package org.myofuse.reports.internal;

import org.myofuse.api.report.SessionReport;

/** The session report's title and facts: who, when, how long, which devices, pain before and after. */
public final class HeaderSection {

    private HeaderSection() {
    }

    public static void write(Markup m, SessionReport.Header h) {
        m.element("h1", "Session report " + h.sessionId()).newline();
        m.open("table", "class", "facts").open("tbody").newline();
        Tables.fact(m, "Patient", Texts.orDash(h.patientCode()));
        Tables.fact(m, "Therapist", Texts.orDash(h.therapist()));
        Tables.fact(m, "Protocol", Texts.orDash(h.protocolId()));
        Tables.fact(m, "Start", Texts.start(h.start(), h.startDateKnown()));
        Tables.fact(m, "Duration", Texts.duration(h.durationSeconds()));
        Tables.fact(m, "Status", h.status());
        devices(m, h);
        Tables.fact(m, "Pain before (NRS 0-10)", Texts.pain(h.painBefore()));
        Tables.fact(m, "Pain after (NRS 0-10)", Texts.pain(h.painAfter()) + change(h));
        m.close("tbody").close("table").newline();
    }

    private static void devices(Markup m, SessionReport.Header h) {
        m.open("tr").element("th", "Devices", "scope", "row").open("td");
        if (h.devices().isEmpty()) {
            m.text("none recorded");
        }
        for (int i = 0; i < h.devices().size(); i++) {
            if (i > 0) {
                m.leaf("br");
            }
            m.text(h.devices().get(i));
        }
        m.close("td").close("tr").newline();
    }

    private static String change(SessionReport.Header h) {
        if (h.painBefore() == null || h.painAfter() == null) {
            return "";
        }
        int d = h.painAfter() - h.painBefore();
        return " (change " + (d > 0 ? "+" : "") + d + ")";
    }
}
