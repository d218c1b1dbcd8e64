package org.myofuse.reports.stored;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.myofuse.api.report.SessionReport;
import org.myofuse.api.report.SessionReport.ValueOrigin;
import org.myofuse.api.store.StoredEvent;

/**
 * A run's {@code PARAMETER} entries as the rows of the report's parameter table. The engine writes one
 * entry per value with source {@code <step id>.<path>} (or the document path for what belongs to no step),
 * a band as two entries {@code .min} and {@code .max}, and a text (a muscle site) as NaN with the text
 * leading the detail: {@code <text> (<source>)}. Here a band becomes one row again ({@code 6-8.9}, {@code -25 to 25}) and
 * each row names its step.
 */
final class ParameterRows {

    /** The document's parts that hold parameters outside the steps. */
    private static final Set<String> DOCUMENT_PARTS = Set.of("equipment", "muscles");
    private static final String MIN = ".min";
    private static final String MAX = ".max";

    private final List<StoredEvent> entries = new ArrayList<>();

    void add(StoredEvent e) {
        entries.add(e);
    }

    /**
     * The rows: the protocol's own first, then each step's in the order the steps ran (a step the run did not
     * reach, in the order its values were written, last).
     */
    List<SessionReport.Parameter> rows(List<SessionReport.StepRun> steps) {
        Map<String, List<SessionReport.Parameter>> byScope = new LinkedHashMap<>();
        byScope.put("", new ArrayList<>());
        for (SessionReport.StepRun step : steps) {
            byScope.putIfAbsent(step.stepId(), new ArrayList<>());
        }
        Set<String> stepIds = Set.copyOf(byScope.keySet());
        for (int i = 0; i < entries.size(); i++) {
            StoredEvent e = entries.get(i);
            StoredEvent max = i + 1 < entries.size() ? entries.get(i + 1) : null;
            boolean band = isBandOf(e, max);
            String path = band ? e.source().substring(0, e.source().length() - MIN.length()) : e.source();
            String scope = scope(path, stepIds);
            String name = scope.isEmpty() ? path : path.substring(scope.length() + 1);
            SessionReport.Parameter row = band ? row(scope, name, band(e.value(), max.value()), e)
                    : single(scope, name, e);
            byScope.computeIfAbsent(scope, s -> new ArrayList<>()).add(row);
            if (band) {
                i++;
            }
        }
        return byScope.values().stream().flatMap(List::stream).toList();
    }

    /** {@code e} and {@code next} are the two edges of one band, written one after the other with one source. */
    private static boolean isBandOf(StoredEvent e, StoredEvent next) {
        if (next == null || !e.source().endsWith(MIN) || !next.source().endsWith(MAX)) {
            return false;
        }
        String path = e.source().substring(0, e.source().length() - MIN.length());
        return next.source().equals(path + MAX) && next.unit().equals(e.unit()) && next.detail().equals(e.detail())
                && Double.isFinite(e.value()) && Double.isFinite(next.value());
    }

    /** The step the path starts with, or "" for the document's own parts; a step the run did not reach still names itself. */
    private static String scope(String path, Set<String> stepIds) {
        int dot = path.indexOf('.');
        if (dot <= 0) {
            return "";
        }
        String first = path.substring(0, dot);
        return stepIds.contains(first) || !DOCUMENT_PARTS.contains(first) ? first : "";
    }

    private static SessionReport.Parameter single(String scope, String name, StoredEvent e) {
        if (Double.isFinite(e.value())) {
            String value = number(e.value());
            if (e.source().endsWith(MIN)) {
                return row(scope, name.substring(0, name.length() - MIN.length()), "at least " + value, e);
            }
            if (e.source().endsWith(MAX)) {
                return row(scope, name.substring(0, name.length() - MAX.length()), "at most " + value, e);
            }
            return row(scope, name, value, e);
        }
        int open = sourceStart(e.detail());
        if (open < 0) {
            return new SessionReport.Parameter(scope, name, "-", e.unit(), e.detail(), origin(e.detail()));
        }
        String source = e.detail().substring(open + 2, e.detail().length() - 1);
        return new SessionReport.Parameter(scope, name, e.detail().substring(0, open), e.unit(), source, origin(source));
    }

    private static SessionReport.Parameter row(String scope, String name, String value, StoredEvent e) {
        return new SessionReport.Parameter(scope, name, value, e.unit(), e.detail(), origin(e.detail()));
    }

    /**
     * Where {@code " ("} opens the parenthesis that closes the detail ({@code <text> (<source>)}); the source
     * may hold parentheses of its own ({@code clinic override (etc/FILE)}). -1 when the detail has no such end.
     */
    private static int sourceStart(String detail) {
        if (!detail.endsWith(")")) {
            return -1;
        }
        int depth = 0;
        for (int i = detail.length() - 1; i > 0; i--) {
            char c = detail.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return detail.charAt(i - 1) == ' ' ? i - 1 : -1;
            }
        }
        return -1;
    }

    static ValueOrigin origin(String source) {
        if (source.startsWith("clinic override")) {
            return ValueOrigin.CLINIC_OVERRIDE;
        }
        if (source.startsWith("program ")) {
            return ValueOrigin.PROGRAM;
        }
        return ValueOrigin.PROTOCOL;
    }

    /** {@code 6-8.9}; {@code -25 to 25} when an edge is negative, where a dash would read as a minus. */
    static String band(double low, double high) {
        return number(low) + (low < 0 || high < 0 ? " to " : "-") + number(high);
    }

    /** As the protocol wrote it: {@code 6}, {@code 8.9}, {@code 0.25}, never {@code 6.0} or {@code 1E+1}. */
    static String number(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : "-";
    }
}
