package org.myofuse.reports.internal;

import java.util.List;

/** Small helpers for the report's tables: a head row, body cells, a label/value facts table. */
public final class Tables {

    private Tables() {
    }

    /** Opens a table and writes its head; a header text starting with {@code #} is right-aligned (numbers). */
    public static void open(Markup m, String cssClass, List<String> headers) {
        m.open("table", "class", cssClass).open("thead").open("tr");
        for (String h : headers) {
            boolean numeric = h.startsWith("#");
            m.element("th", numeric ? h.substring(1) : h, "class", numeric ? "num" : null, "scope", "col");
        }
        m.close("tr").close("thead").open("tbody").newline();
    }

    public static void close(Markup m) {
        m.close("tbody").close("table").newline();
    }

    public static void cell(Markup m, String text) {
        m.element("td", text);
    }

    public static void number(Markup m, String text) {
        m.element("td", text, "class", "num");
    }

    /** One row of a two-column label/value table. */
    public static void fact(Markup m, String label, String value) {
        m.open("tr").element("th", label, "scope", "row").element("td", value).close("tr").newline();
    }
}
