package org.myofuse.commands;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns: headers, then rows, two spaces between columns. */
final class TextTable {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(String... headers) {
        this.headers = List.of(headers);
    }

    /** Adds a row; cells are shown with {@code String.valueOf}, missing ones as empty. */
    TextTable row(Object... cells) {
        List<String> row = new ArrayList<>(headers.size());
        for (int i = 0; i < headers.size(); i++) {
            row.add(i < cells.length ? String.valueOf(cells[i]) : "");
        }
        rows.add(row);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The table, each line starting with {@code indent} and ending with a newline, without trailing blanks. */
    String render(String indent) {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = headers.get(c).length();
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        var sb = new StringBuilder();
        appendLine(sb, indent, headers, widths);
        for (List<String> row : rows) {
            appendLine(sb, indent, row, widths);
        }
        return sb.toString();
    }

    private static void appendLine(StringBuilder sb, String indent, List<String> cells, int[] widths) {
        var line = new StringBuilder(indent);
        for (int c = 0; c < cells.size(); c++) {
            line.append(cells.get(c));
            if (c < cells.size() - 1) {
                line.append(" ".repeat(widths[c] - cells.get(c).length() + 2));
            }
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }
}
