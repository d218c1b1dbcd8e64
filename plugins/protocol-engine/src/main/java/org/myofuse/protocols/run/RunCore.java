package org.myofuse.protocols.run;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.protocol.RunState.Status;
import org.myofuse.api.protocol.StepState;
import org.myofuse.api.protocol.StepState.Awaiting;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.protocols.model.CueCodes;
import org.myofuse.protocols.model.Parameter;
import org.myofuse.protocols.model.Protocol;
import org.myofuse.protocols.model.Reference;
import org.myofuse.protocols.model.Step;

/**
 * One protocol run as the engine thread drives it: the steps in order, each waiting for its entry
 * conditions, then active until its dose is complete or an exit condition holds; the therapist's
 * controls; everything journaled as it happens and told to the listeners through {@link RunOutput}.
 *
 * <p>Not thread-safe: the engine thread only (tests drive it directly). Time is the session time of the
 * frames and events ({@link #frame}, {@link #event}) or of {@link #tick}, never going back. Per frame
 * nothing is allocated unless something changes (a cue, a step, a count, a record).
 */
final class RunCore {

    private static final Pattern STEP_PATH = Pattern.compile("^steps\\[(\\d+)]");

    final Protocol protocol;
    final String sessionId;
    final RunOutput out;
    final LiveValues values;
    final Cues cues;

    private long now = Long.MIN_VALUE;
    private int index = -1;
    private StepRun current;
    private Conditions entry;
    private Conditions exit;
    private boolean active;
    private long entryTime;
    private long activeTime;
    private long startedNanos;
    private Status status = Status.RUNNING;
    private String reason = "";
    private RunState state;
    private int publishedDone;
    private Awaiting publishedAwaiting = Awaiting.NOTHING;

    RunCore(Protocol protocol, String sessionId, RunOutput out) {
        this.protocol = protocol;
        this.sessionId = sessionId;
        this.out = out;
        this.values = new LiveValues(protocol);
        this.cues = new Cues(out);
    }

    /** Starts the run at session time {@code at}: the run and every parameter value journaled, the first step current. */
    void start(long at) {
        now = at;
        journal("RUN", "", Double.NaN, "", protocol.id() + " " + protocol.version() + " started");
        for (Parameter p : protocol.parameters()) {
            parameter(p);
        }
        enter(0, true);
    }

    /** The state now (the last snapshot published). */
    RunState state() {
        return state;
    }

    boolean ended() {
        return status == Status.COMPLETED || status == Status.ABORTED;
    }

    long now() {
        return now;
    }

    // ---------------------------------------------------------------- input

    /** A fused frame (slot {@code s} of {@code in}). */
    void frame(FrameInbox in, int s) {
        if (ended()) {
            return;
        }
        values.load(in, s);
        advance(values.nanos);
        if (status != Status.RUNNING) {
            return;
        }
        if (!active) {
            entry.frame(entryTime, values);
        } else {
            exit.frame(activeTime, values);
            current.frame(now, activeTime);
        }
        evaluate();
    }

    /** A fusion event. */
    void event(TherapyEvent e) {
        if (ended()) {
            return;
        }
        advance(e.sessionNanos());
        if (status != Status.RUNNING) {
            return;
        }
        if (!active) {
            entry.event(e);
        } else {
            exit.event(e);
            current.event(e, now, activeTime);
        }
        evaluate();
    }

    /** Time passed without a frame (no device streams): time conditions and countdowns still run. */
    void tick(long at) {
        if (ended() || at <= now) {
            return;
        }
        advance(at);
        if (status == Status.RUNNING) {
            evaluate();
        }
    }

    private void advance(long at) {
        if (at <= now) {
            return;
        }
        long dt = now == Long.MIN_VALUE ? 0 : at - now;
        now = at;
        if (status == Status.RUNNING) {
            if (active) {
                activeTime += dt;
            } else {
                entryTime += dt;
            }
        }
    }

    /** Begins, ends or republishes the current step as its conditions and dose say. */
    private void evaluate() {
        if (!active) {
            if (entry.all(entryTime, 0)) {
                begin(false);
            } else {
                publishIfChanged();
            }
            return;
        }
        if (current.complete(activeTime) || exit.any(activeTime, current.done)) {
            end("done");
            return;
        }
        publishIfChanged();
    }

    // ---------------------------------------------------------------- controls

    boolean pause() {
        if (status != Status.RUNNING) {
            return false;
        }
        status = Status.PAUSED;
        stepEntry("paused");
        publish(Kind.STEP);
        return true;
    }

    boolean resume() {
        if (status != Status.PAUSED) {
            return false;
        }
        status = Status.RUNNING;
        stepEntry("resumed");
        entry.restartHolds();
        if (active) {
            exit.restartHolds();
            current.resumed(activeTime);
        }
        publish(Kind.STEP);
        evaluate();
        return true;
    }

    boolean skip() {
        if (ended()) {
            return false;
        }
        end("skipped");
        return true;
    }

    boolean repeat() {
        if (ended()) {
            return false;
        }
        finishCurrent();
        stepEntry("repeated");
        if (status == Status.PAUSED) {
            status = Status.RUNNING;
        }
        enter(index, false);
        return true;
    }

    boolean confirm() {
        if (status != Status.RUNNING) {
            return false;
        }
        Conditions waiting = active ? exit : entry;
        if (!waiting.confirm()) {
            return false;
        }
        journal("CONFIRMATION", current.step.id(), Double.NaN, "", waiting.prompt());
        evaluate();
        return true;
    }

    boolean enterPain(int nrs) {
        if (nrs < 0 || nrs > 10) {
            throw new IllegalArgumentException("pain score must be 0-10, was " + nrs);
        }
        if (status != Status.RUNNING || !active || !current.pain(nrs, now)) {
            return false;
        }
        evaluate();
        return true;
    }

    void abort(String why) {
        if (ended()) {
            return;
        }
        String line = why == null || why.isBlank() ? "aborted" : why.strip().replace('\n', ' ');
        if (current != null) {
            finishCurrent();
            stepEntry("aborted");
        }
        status = Status.ABORTED;
        reason = line;
        journal("RUN", "", Double.NaN, "", "aborted: " + line);
        publish(Kind.ENDED);
    }

    // ---------------------------------------------------------------- steps

    private void enter(int i, boolean first) {
        index = i;
        Step step = protocol.steps().get(i);
        cues.step(step.info());
        current = StepRuns.of(step, this);
        entry = new Conditions(step.info().entry(), protocol, values);
        exit = new Conditions(step.info().exit(), protocol, values);
        active = false;
        entryTime = 0;
        activeTime = 0;
        startedNanos = now;
        if (entry.isEmpty()) {
            activate();
            publish(first ? Kind.STARTED : Kind.STEP);
            beginCues();
            evaluate();
            return;
        }
        publish(first ? Kind.STARTED : Kind.STEP);
        if (entry.awaitsConfirmation()) {
            confirmAsk(entry);
        }
        evaluate();
    }

    private void begin(boolean first) {
        activate();
        publish(first ? Kind.STARTED : Kind.STEP);
        beginCues();
        evaluate();
    }

    private void activate() {
        active = true;
        activeTime = 0;
        startedNanos = now;
        values.resetStrokes();
        stepEntry("start");
    }

    private void beginCues() {
        cues.issue(CueCodes.STEP_START, now);
        current.begin(now);
        if (exit.awaitsConfirmation()) {
            confirmAsk(exit);
        }
    }

    private void confirmAsk(Conditions c) {
        String prompt = c.prompt();
        if (prompt.isEmpty()) {
            cues.issue(CueCodes.CONFIRM_ASK, now);
        } else {
            cues.issueText(CueCodes.CONFIRM_ASK, now, prompt);
        }
    }

    /** Ends the current step ({@code done} or {@code skipped}) and makes the next current, or completes the run. */
    private void end(String how) {
        finishCurrent();
        if (how.equals("done")) {
            cues.issue(CueCodes.STEP_DONE, now);
        }
        stepEntry(how);
        if (index + 1 < protocol.steps().size()) {
            if (status == Status.PAUSED) {
                status = Status.RUNNING;
            }
            enter(index + 1, false);
            return;
        }
        status = Status.COMPLETED;
        reason = "completed";
        journal("RUN", "", Double.NaN, "", "completed");
        publish(Kind.ENDED);
    }

    private void finishCurrent() {
        if (!active) {
            return;
        }
        current.finish(now);
        journal("STEP_RESULT", current.step.id(), current.result(), "", current.resultDetail());
    }

    // ---------------------------------------------------------------- records and states

    void journal(String type, String source, double value, String unit, String detail) {
        out.journal(new JournalEntry(now, type, source, value, unit, detail.replace('\n', ' '), JournalEntry.PROTOCOL));
    }

    private void stepEntry(String detail) {
        journal("STEP", protocol.steps().get(index).id(), index, "", detail);
    }

    private void parameter(Parameter p) {
        String source = stepPath(p.path());
        String detail = p.source();
        Reference ref = protocol.references().get(p.source());
        if (ref != null) {
            detail = p.source() + ": " + ref.citation();
        }
        String v = p.value();
        int dots = v.indexOf("..");
        if (dots >= 0) {
            String min = v.substring(0, dots);
            String max = v.substring(dots + 2);
            if (!min.isEmpty()) {
                journal("PARAMETER", source + ".min", parse(min), p.unit(), detail);
            }
            if (!max.isEmpty()) {
                journal("PARAMETER", source + ".max", parse(max), p.unit(), detail);
            }
            return;
        }
        double value = parse(v);
        journal("PARAMETER", source, value, p.unit(), Double.isNaN(value) ? v + " (" + detail + ")" : detail);
    }

    private String stepPath(String path) {
        return stepPath(protocol, path);
    }

    /** {@code steps[3].targetNormalForce} as {@code <id of step 3>.targetNormalForce}. */
    static String stepPath(Protocol protocol, String path) {
        Matcher m = STEP_PATH.matcher(path);
        if (m.find()) {
            int i = Integer.parseInt(m.group(1));
            if (i < protocol.steps().size()) {
                return protocol.steps().get(i).id() + path.substring(m.end());
            }
        }
        return path;
    }

    private static double parse(String v) {
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private enum Kind {
        STARTED, STEP, PROGRESS, ENDED
    }

    /** Tells the listeners when the count or what the step waits for changed since the last snapshot. */
    private void publishIfChanged() {
        if (current.done != publishedDone || awaiting() != publishedAwaiting) {
            publish(Kind.PROGRESS);
        }
    }

    /** A listener should be told that the step's progress changed though its count did not (a phase). */
    void progressed() {
        if (!ended()) {
            publish(Kind.PROGRESS);
        }
    }

    private Awaiting awaiting() {
        if (!active) {
            return entry.awaitsConfirmation() ? Awaiting.CONFIRMATION : Awaiting.NOTHING;
        }
        Awaiting a = current.awaiting();
        if (a == Awaiting.NOTHING && exit.awaitsConfirmation()) {
            return Awaiting.CONFIRMATION;
        }
        return a;
    }

    private void publish(Kind kind) {
        Step step = protocol.steps().get(index);
        publishedDone = current.done;
        publishedAwaiting = awaiting();
        StepState s = new StepState(index, protocol.steps().size(), step.id(), step.type(), step.info().title(),
                step.info().instruction(), current.targets(), startedNanos, step.plannedSeconds(), current.done,
                step.repetitionsTarget(), publishedAwaiting);
        state = new RunState(protocol.id(), protocol.version(), sessionId, status, s, reason);
        switch (kind) {
            case STARTED -> out.runStarted(state);
            case STEP -> out.stepChanged(state);
            case PROGRESS -> out.progressed(state);
            case ENDED -> out.runEnded(state);
        }
    }

    /** The step's id, for records. */
    String stepId() {
        return protocol.steps().get(index).id();
    }

    static String format(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
