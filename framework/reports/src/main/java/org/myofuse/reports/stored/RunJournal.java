package org.myofuse.reports.stored;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.myofuse.api.report.SessionReport;
import org.myofuse.api.report.SessionReport.StepOutcome;
import org.myofuse.api.store.StoredEvent;

/**
 * One protocol run's journal entries, read in the order they were written: the steps' attempts, pain
 * scores, cue counts, the outcome, and the parameters (handed to {@link ParameterRows}). Times are in
 * seconds since the report's zero.
 */
final class RunJournal {

    static final String STARTED = " started";

    /**
     * The cue severities of {@code org.myofuse.api.protocol.Severity}, mildest first, as a cue entry names
     * them; listed here so that the reports bundle needs nothing of the protocol API (a test keeps the two in
     * step). Each is shown, with 0 when none was given: "0 alarm" is worth reading.
     */
    static final List<String> SEVERITIES = List.of("info", "advisory", "caution", "alarm");

    private final String protocolId;
    private final String version;
    private final double startSeconds;
    private String outcome = "";
    private final List<SessionReport.StepRun> steps = new ArrayList<>();
    private final ParameterRows parameters = new ParameterRows();
    private final Map<String, Integer> cues = new LinkedHashMap<>();
    private Integer painBefore;
    private Integer painAfter;

    /** The step that began and has not ended: id, index, start. */
    private String openStep;
    private int openIndex;
    private double openStart;
    /** The {@code STEP_RESULT} written just before its step's end. */
    private StoredEvent result;

    /** @param started the {@code RUN} entry's detail, {@code <id> <version> started}, or "" when missing */
    RunJournal(String started, double startSeconds) {
        String what = started.endsWith(STARTED) ? started.substring(0, started.length() - STARTED.length()) : "";
        int space = what.lastIndexOf(' ');
        this.protocolId = space < 0 ? what : what.substring(0, space);
        this.version = space < 0 ? "" : what.substring(space + 1);
        this.startSeconds = startSeconds;
        for (String severity : SEVERITIES) {
            cues.put(severity, 0);
        }
    }

    void add(StoredEvent e, double t) {
        switch (e.type()) {
            case "RUN" -> {
                endOpenStep();
                outcome = e.detail();
            }
            case "PARAMETER" -> parameters.add(e);
            case "STEP" -> step(e, t);
            case "STEP_RESULT" -> result = e;
            case "CUE" -> cues.merge(severity(e.detail()), 1, Integer::sum);
            case "PAIN_NRS" -> pain(e);
            default -> {
                // confirmations and calibrations are read in the events table
            }
        }
    }

    private void step(StoredEvent e, double t) {
        if (e.detail().equals("start")) {
            endOpenStep();
            openStep = e.source();
            openIndex = (int) Math.round(e.value());
            openStart = t;
            result = null;
            return;
        }
        StepOutcome ended = outcome(e.detail());
        if (ended == null) {
            return; // paused, resumed: the step goes on (its duration includes the pause)
        }
        boolean began = e.source().equals(openStep);
        double start = began ? openStart : Double.NaN;
        boolean judged = result != null && result.source().equals(e.source());
        steps.add(new SessionReport.StepRun(e.source(), (int) Math.round(e.value()), start, t, ended,
                judged ? result.value() : Double.NaN, judged ? result.detail() : ""));
        openStep = null;
        result = null;
    }

    /** The end a {@code STEP} entry's detail names, or null for what does not end a step. */
    private static StepOutcome outcome(String detail) {
        return switch (detail) {
            case "done" -> StepOutcome.COMPLETED;
            case "skipped" -> StepOutcome.SKIPPED;
            case "repeated" -> StepOutcome.REPEATED;
            case "aborted" -> StepOutcome.ABORTED;
            default -> null;
        };
    }

    /** A step still running when the run's journal ends: the session stopped during it. */
    private void endOpenStep() {
        if (openStep != null) {
            steps.add(new SessionReport.StepRun(openStep, openIndex, openStart, Double.NaN, StepOutcome.NOT_ENDED,
                    Double.NaN, ""));
            openStep = null;
        }
    }

    private void pain(StoredEvent e) {
        if (!Double.isFinite(e.value()) || e.value() < 0 || e.value() > 10) {
            return; // not a score the report can show; the events table still lists it
        }
        int nrs = (int) Math.round(e.value());
        if (e.detail().equals("before") && painBefore == null) {
            painBefore = nrs;
        } else if (e.detail().equals("after")) {
            painAfter = nrs;
        }
    }

    /** {@code <code> <severity>: <text>}. */
    private static String severity(String detail) {
        int colon = detail.indexOf(':');
        String head = colon < 0 ? detail : detail.substring(0, colon);
        int space = head.lastIndexOf(' ');
        return space < 0 ? "unknown" : head.substring(space + 1).toLowerCase(Locale.ROOT);
    }

    SessionReport.ProtocolRun build() {
        endOpenStep();
        List<SessionReport.CueCount> counts = cues.entrySet().stream()
                .map(c -> new SessionReport.CueCount(c.getKey(), c.getValue())).toList();
        return new SessionReport.ProtocolRun(protocolId, version, startSeconds, outcome, steps, painBefore, painAfter,
                counts, parameters.rows(steps));
    }
}
