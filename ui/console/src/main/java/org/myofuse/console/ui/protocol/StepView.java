package org.myofuse.console.ui.protocol;

import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.protocol.RunState;
import org.myofuse.api.protocol.StepState;
import org.myofuse.api.protocol.Target;
import org.myofuse.console.ui.Messages;

/**
 * What the protocol page shows of a run at one moment, in the therapist's words: worked out from the
 * engine's {@link RunState} snapshot and the session clock, nothing else, so that it can be checked
 * without a window.
 *
 * @param status        running, paused, completed or aborted (with the reason), or no protocol running
 * @param title         the step's title, "" without a run
 * @param position      "Step 3 of 9", "" without a run
 * @param instruction   what to do, "" without a run
 * @param counter       time left ("0:42 left"), repetitions ("4 of 12"), both, or what the step waits for
 * @param stepsDone     steps before the current one (all of them once the run completed), for the progress bar
 * @param steps         steps in the protocol, 0 without a run
 * @param targets       one line per target band
 * @param painWanted    the step waits for a pain score (the 0-10 buttons are offered)
 * @param confirmWanted the step waits for the therapist's confirmation
 * @param active        a run is going on (running or paused): the controls apply
 * @param paused        the run is paused
 */
public record StepView(String status, String title, String position, String instruction, String counter, int stepsDone,
        int steps, List<String> targets, boolean painWanted, boolean confirmWanted, boolean active, boolean paused) {

    public StepView {
        targets = List.copyOf(targets);
    }

    /** What to show of {@code run} (null before any run) at session time {@code nowNanos}. */
    public static StepView of(RunState run, long nowNanos, Messages text) {
        if (run == null) {
            return new StepView(text.get("protocol.none"), "", "", "", "", 0, 0, List.of(), false, false, false, false);
        }
        StepState step = run.step();
        boolean active = !run.ended();
        boolean paused = run.status() == RunState.Status.PAUSED;
        String status = switch (run.status()) {
            case RUNNING -> text.get("protocol.status.RUNNING", run.protocolId());
            case PAUSED -> text.get("protocol.status.PAUSED", run.protocolId());
            case COMPLETED -> text.get("protocol.status.COMPLETED", run.protocolId());
            case ABORTED -> text.get("protocol.status.ABORTED", run.protocolId(), run.reason());
        };
        int done = run.status() == RunState.Status.COMPLETED ? step.count() : step.index();
        return new StepView(status, step.title(), text.get("protocol.position", step.index() + 1, step.count()),
                step.instruction(), active ? counter(step, nowNanos, text) : "", done, step.count(),
                targets(step, text), active && step.awaiting() == StepState.Awaiting.PAIN_SCORE,
                active && step.awaiting() == StepState.Awaiting.CONFIRMATION, active, paused);
    }

    /** Whole seconds left of a timed step at {@code nowNanos}, -1 for a step that is not timed. */
    public static long secondsLeft(StepState step, long nowNanos) {
        if (Double.isNaN(step.durationS())) {
            return -1;
        }
        double left = step.durationS() - (nowNanos - step.startedNanos()) / 1e9;
        return (long) Math.ceil(Math.max(0, left));
    }

    private static String counter(StepState step, long nowNanos, Messages text) {
        List<String> parts = new ArrayList<>();
        long left = secondsLeft(step, nowNanos);
        if (left >= 0) {
            parts.add(text.get("protocol.timeLeft", left / 60, String.format("%02d", left % 60)));
        }
        if (step.repetitionsTarget() > 0) {
            parts.add(text.get("protocol.repetitions", step.repetitionsDone(), step.repetitionsTarget()));
        }
        switch (step.awaiting()) {
            case PAIN_SCORE -> parts.add(text.get("protocol.awaitingPain"));
            case CONFIRMATION -> parts.add(text.get("protocol.awaitingConfirmation"));
            case NOTHING -> {
            }
        }
        return String.join("   \u00b7   ", parts);
    }

    private static List<String> targets(StepState step, Messages text) {
        List<String> lines = new ArrayList<>();
        for (Target t : step.targets()) {
            String band = text.get("protocol.band", number(t.low()), number(t.high()), t.unit());
            String line = (t.label().isEmpty() ? t.metric() : t.label()) + ": " + band;
            if (!Double.isNaN(t.limit())) {
                line += "  " + text.get("protocol.limit", number(t.limit()), t.unit());
            }
            lines.add(line);
        }
        return lines;
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "\u2013" : String.format(java.util.Locale.ROOT, v == Math.rint(v) ? "%.0f" : "%.1f", v);
    }
}
