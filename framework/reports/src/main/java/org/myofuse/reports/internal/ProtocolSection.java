package org.myofuse.reports.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.myofuse.api.report.SessionReport;
import org.myofuse.api.report.SessionReport.StepOutcome;

/**
 * What the protocol did, for a clinician: which protocol and version, how the run ended, each step in
 * the order it ran with its start, duration, outcome and result, pain before and after, and how many
 * cues of each severity were given. Written only when the session ran a protocol.
 */
public final class ProtocolSection {

    private ProtocolSection() {
    }

    public static void write(Markup m, List<SessionReport.ProtocolRun> runs) {
        if (runs.isEmpty()) {
            return;
        }
        m.element("h2", "Protocol").newline();
        for (int r = 0; r < runs.size(); r++) {
            SessionReport.ProtocolRun run = runs.get(r);
            if (runs.size() > 1) {
                m.element("h3", "Run " + (r + 1) + ": " + name(run)).newline();
            }
            facts(m, run);
            steps(m, run.steps());
        }
    }

    /** {@code lumbar-session 1.0.0}, or a dash when the journal did not say. */
    static String name(SessionReport.ProtocolRun run) {
        return Texts.orDash((run.protocolId() + " " + run.version()).strip());
    }

    private static void facts(Markup m, SessionReport.ProtocolRun run) {
        m.open("table", "class", "facts protocol").open("tbody").newline();
        Tables.fact(m, "Protocol", name(run));
        Tables.fact(m, "Started at (min:s)", Texts.clock(run.startSeconds()));
        Tables.fact(m, "Outcome", run.outcome().isEmpty() ? "not ended (the session stopped first)" : run.outcome());
        Tables.fact(m, "Steps", stepCounts(run.steps()));
        Tables.fact(m, "Pain (NRS 0-10)", pain(run));
        Tables.fact(m, "Cues", cues(run.cues()));
        m.close("tbody").close("table").newline();
    }

    /** {@code 12 run: 11 completed, 1 skipped}, outcomes in the enum's order. */
    private static String stepCounts(List<SessionReport.StepRun> steps) {
        if (steps.isEmpty()) {
            return "none run";
        }
        Map<StepOutcome, Long> counts = steps.stream().collect(Collectors.groupingBy(SessionReport.StepRun::outcome,
                () -> new EnumMap<>(StepOutcome.class), Collectors.counting()));
        return steps.size() + " run: " + counts.entrySet().stream().map(c -> c.getValue() + " " + outcome(c.getKey()))
                .collect(Collectors.joining(", "));
    }

    private static String pain(SessionReport.ProtocolRun run) {
        String text = Texts.pain(run.painBefore()) + " before, " + Texts.pain(run.painAfter()) + " after";
        if (run.painBefore() == null || run.painAfter() == null) {
            return text;
        }
        int d = run.painAfter() - run.painBefore();
        return text + " (change " + (d > 0 ? "+" : "") + d + ")";
    }

    /** {@code 41 info, 3 advisory, 0 caution, 0 alarm (44 in all)}. */
    private static String cues(List<SessionReport.CueCount> cues) {
        int all = cues.stream().mapToInt(SessionReport.CueCount::count).sum();
        return cues.stream().map(c -> c.count() + " " + c.severity()).collect(Collectors.joining(", "))
                + " (" + all + " in all)";
    }

    private static void steps(Markup m, List<SessionReport.StepRun> steps) {
        if (steps.isEmpty()) {
            m.element("p", "No step began before the run ended.", "class", "empty").newline();
            return;
        }
        Tables.open(m, "steps", List.of("##", "Step", "#Start (min:s)", "#Duration", "Outcome", "#Good", "Result"));
        for (SessionReport.StepRun s : steps) {
            m.open("tr");
            Tables.number(m, Integer.toString(s.index() + 1));
            Tables.cell(m, s.stepId());
            Tables.number(m, Texts.clock(s.startSeconds()));
            Tables.number(m, Texts.duration(s.durationSeconds()));
            m.element("td", outcome(s.outcome()), "class", "outcome-" + s.outcome().name().toLowerCase(Locale.ROOT));
            Tables.number(m, Double.isFinite(s.result()) ? Math.round(s.result() * 100) + "%" : "-");
            Tables.cell(m, Texts.orDash(s.resultDetail()));
            m.close("tr").newline();
        }
        Tables.close(m);
        m.element("p", "Start and duration: from the moment the step began (after its entry conditions) to its end, "
                + "pauses included. Good: the share of strokes in the target band, holds or repetitions that met every "
                + "criterion; '-' for a step that does not judge.", "class", "note").newline();
    }

    static String outcome(StepOutcome o) {
        return o == StepOutcome.NOT_ENDED ? "not ended" : o.name().toLowerCase(Locale.ROOT);
    }
}
