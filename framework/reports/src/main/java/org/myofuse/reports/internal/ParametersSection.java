package org.myofuse.reports.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.myofuse.api.report.SessionReport;
import org.myofuse.api.report.SessionReport.ValueOrigin;

/**
 * Every parameter value a protocol run used, grouped by step, with its unit and source. A value a clinic
 * override or the patient's program set is highlighted and says so in its own column, so a reader sees
 * at once where this session departed from the protocol as published (in colour and in black and white).
 */
public final class ParametersSection {

    /** A source citing a reference, {@code <key>: <citation>}; keys are {@code [a-z][a-z0-9-]*} (protocol format). */
    private static final Pattern REFERENCE = Pattern.compile("([a-z][a-z0-9-]*): (.+)");
    /** A number, a band or a one-sided limit: right-aligned; a text (a muscle site) reads as text. */
    private static final Pattern NUMERIC = Pattern.compile("(at (least|most) )?-?[0-9.]+((-| to )-?[0-9.]+)?");

    private ParametersSection() {
    }

    public static void write(Markup m, List<SessionReport.ProtocolRun> runs) {
        if (runs.isEmpty()) {
            return;
        }
        m.element("h2", "Parameters used").newline();
        for (int r = 0; r < runs.size(); r++) {
            SessionReport.ProtocolRun run = runs.get(r);
            if (runs.size() > 1) {
                m.element("h3", "Run " + (r + 1) + ": " + ProtocolSection.name(run)).newline();
            }
            table(m, run);
        }
    }

    private static void table(Markup m, SessionReport.ProtocolRun run) {
        if (run.parameters().isEmpty()) {
            m.element("p", "The run recorded no parameter values.", "class", "empty").newline();
            return;
        }
        m.element("p", note(run.parameters()), "class", "note").newline();
        Tables.open(m, "parameters", List.of("Parameter", "#Value", "Source", "Changed by"));
        String scope = null;
        Map<String, String> citations = new TreeMap<>();
        for (SessionReport.Parameter p : run.parameters()) {
            if (!p.scope().equals(scope)) {
                scope = p.scope();
                m.open("tr", "class", "section").element("th", heading(scope, run.steps()), "colspan", "4",
                        "scope", "rowgroup").close("tr").newline();
            }
            boolean changed = p.origin() != ValueOrigin.PROTOCOL;
            m.open("tr", "class", changed ? "changed" : null);
            Tables.cell(m, p.name());
            String value = Texts.withUnit(p.value(), p.unit());
            if (NUMERIC.matcher(p.value()).matches()) {
                Tables.number(m, value);
            } else {
                Tables.cell(m, value);
            }
            Tables.cell(m, source(p.source(), citations));
            m.element("td", changedBy(p.origin()), "class", "changed-by");
            m.close("tr").newline();
        }
        Tables.close(m);
        references(m, citations);
    }

    /** A reference's key alone (its citation is listed once below the table); any other source as it is. */
    private static String source(String source, Map<String, String> citations) {
        Matcher ref = REFERENCE.matcher(source);
        if (!ref.matches()) {
            return source;
        }
        citations.put(ref.group(1), ref.group(2));
        return ref.group(1);
    }

    private static void references(Markup m, Map<String, String> citations) {
        if (citations.isEmpty()) {
            return;
        }
        m.element("h3", "References cited").newline();
        m.open("table", "class", "facts references").open("tbody").newline();
        citations.forEach((key, citation) -> Tables.fact(m, key, citation));
        m.close("tbody").close("table").newline();
    }

    /** How many values differ from the protocol's own, and by whom. */
    private static String note(List<SessionReport.Parameter> parameters) {
        long override = parameters.stream().filter(p -> p.origin() == ValueOrigin.CLINIC_OVERRIDE).count();
        long program = parameters.stream().filter(p -> p.origin() == ValueOrigin.PROGRAM).count();
        String counts = override + program == 0 ? "Every value is the protocol's own."
                : (override + program) + " of " + parameters.size() + " values differ from the protocol's own ("
                        + override + " set by a clinic override, " + program + " by the patient's program): they are "
                        + "highlighted.";
        return "The values the run used, each with its unit and where it comes from (a cited reference, the clinic "
                + "default, a clinic override file or the patient's program); a band reads low-high (low to high when an edge is negative), edges included. "
                + counts;
    }

    /** {@code Step 3: release-tlf-left}; a step the run did not reach by its id; the protocol's own parts. */
    private static String heading(String scope, List<SessionReport.StepRun> steps) {
        if (scope.isEmpty()) {
            return "Whole protocol (equipment, muscles)";
        }
        return steps.stream().filter(s -> s.stepId().equals(scope)).findFirst()
                .map(s -> "Step " + (s.index() + 1) + ": " + scope).orElse(scope + " (not run)");
    }

    private static String changedBy(ValueOrigin origin) {
        return switch (origin) {
            case PROTOCOL -> "";
            case CLINIC_OVERRIDE -> "clinic override";
            case PROGRAM -> "program";
        };
    }
}
