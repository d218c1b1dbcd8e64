package org.myofuse.reports.internal;

import java.util.List;
import org.myofuse.api.report.SessionReport;

/** The session's key numbers, grouped under their section headings in the order given. */
public final class SummarySection {

    private SummarySection() {
    }

    public static void write(Markup m, List<SessionReport.SummaryRow> rows) {
        m.element("h2", "Summary").newline();
        if (rows.isEmpty()) {
            m.element("p", "No summary values for this session.", "class", "empty").newline();
            return;
        }
        Tables.open(m, "summary", List.of("Measure", "#Value", "Unit"));
        String section = null;
        for (SessionReport.SummaryRow row : rows) {
            if (!row.section().equals(section)) {
                section = row.section();
                m.open("tr", "class", "section").element("th", section, "colspan", "3", "scope", "rowgroup")
                        .close("tr").newline();
            }
            m.open("tr");
            Tables.cell(m, row.label());
            Tables.number(m, row.value());
            Tables.cell(m, row.unit());
            m.close("tr").newline();
        }
        Tables.close(m);
    }
}
