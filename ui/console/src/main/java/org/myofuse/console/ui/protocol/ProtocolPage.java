package org.myofuse.console.ui.protocol;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.RunState;
import org.myofuse.console.ui.Messages;
import org.myofuse.console.ui.Theme;
import org.myofuse.console.ui.WorkflowActions.Control;
import org.myofuse.console.ui.WorkflowActions;

/**
 * The protocol page: the run's step (title, instruction, a large countdown or repetition counter, the
 * progress through the steps, its target bands), the therapist's controls (confirm, pause or resume,
 * skip, repeat, abort, mark), the pain score buttons 0-10 when the step asks for one, and the session
 * log (steps, cues and marks as they came). Cues themselves show in the console's cue banner.
 *
 * <p>Fed by {@link #tick} on the UI thread with the run as the console's protocol listener last
 * reported it: widgets change only when the run changes or the countdown's second does, so a tick
 * costs a reference comparison.
 */
public final class ProtocolPage {

    /** Rows kept in the session log; the oldest go first. */
    static final int LOG_ROWS = 500;

    private final Messages text;
    private final WorkflowActions actions;
    private final Consumer<Consumer<String>> mark;
    private final Composite page;
    private final Label status;
    private final Label position;
    private final Label title;
    private final Label instruction;
    private final Label counter;
    private final ProgressBar progress;
    private final Label targets;
    private final Button confirm;
    private final Button pause;
    private final Button skip;
    private final Button repeat;
    private final Button abort;
    private final Composite pain;
    private final Button[] painButtons = new Button[11];
    private final Label answer;
    private final Table log;
    private RunState shown;
    private long shownSeconds = Long.MIN_VALUE;
    private boolean first = true;
    private StepView view;
    /** The session clock's time when the session began: the log shows times since then, as the header does. */
    private long sessionStart;
    private Consumer<String> echo = entry -> { };
    /**
     * Pauses of the current step as this page saw them: the engine keeps a step's start through a pause
     * and leaves paused time out of the step's own time, so the countdown does the same.
     */
    private long pausedNanos;
    private long pausedSince = -1;

    /**
     * @param mark marks this moment in the session (the console's mark action), its answer to show
     */
    public ProtocolPage(Composite parent, Theme theme, Messages text, WorkflowActions actions,
            Consumer<Consumer<String>> mark) {
        this.text = text;
        this.actions = actions;
        this.mark = mark;
        page = new Composite(parent, SWT.NONE);
        page.setBackground(theme.background);
        page.setLayout(new GridLayout(2, false));
        status = label(page, theme, theme.title, 2);
        position = label(page, theme, theme.value, 1);
        progress = new ProgressBar(page, SWT.HORIZONTAL | SWT.SMOOTH);
        progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        title = label(page, theme, theme.banner, 2);
        instruction = new Label(page, SWT.WRAP);
        style(instruction, theme, theme.value);
        GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        wrap.widthHint = 900;
        instruction.setLayoutData(wrap);
        counter = label(page, theme, theme.big, 2);
        counter.setForeground(theme.onset);
        targets = label(page, theme, theme.title, 2);
        targets.setForeground(theme.band);
        Composite buttons = new Composite(page, SWT.NONE);
        buttons.setBackground(theme.background);
        buttons.setLayout(new GridLayout(6, true));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        confirm = button(buttons, theme, "protocol.button.confirm", () -> actions.control(Control.CONFIRM, this::answer));
        pause = button(buttons, theme, "protocol.button.pause", this::pauseOrResume);
        skip = button(buttons, theme, "protocol.button.skip", () -> actions.control(Control.SKIP, this::answer));
        repeat = button(buttons, theme, "protocol.button.repeat", () -> actions.control(Control.REPEAT, this::answer));
        abort = button(buttons, theme, "protocol.button.abort", () -> actions.control(Control.ABORT, this::answer));
        button(buttons, theme, "protocol.button.mark", () -> mark.accept(this::marked));
        pain = new Composite(page, SWT.NONE);
        pain.setBackground(theme.background);
        pain.setLayout(new GridLayout(12, true));
        pain.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        Label painTitle = label(pain, theme, theme.title, 1);
        painTitle.setText(text.get("protocol.painTitle"));
        for (int i = 0; i <= 10; i++) {
            int score = i;
            painButtons[i] = button(pain, theme, null, () -> actions.pain(score, this::answer));
            painButtons[i].setText(Integer.toString(i));
            ((GridData) painButtons[i].getLayoutData()).heightHint = 64;
        }
        answer = label(page, theme, theme.title, 2);
        log = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        log.setHeaderVisible(true);
        log.setFont(theme.label);
        log.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        for (String key : new String[] { "protocol.log.time", "protocol.log.kind", "protocol.log.what" }) {
            TableColumn c = new TableColumn(log, SWT.LEFT);
            c.setText(text.get(key));
            c.setWidth(key.equals("protocol.log.what") ? 900 : 120);
        }
        apply(StepView.of(null, 0, text));
    }

    private static Label label(Composite parent, Theme theme, org.eclipse.swt.graphics.Font font, int span) {
        Label l = new Label(parent, SWT.NONE);
        style(l, theme, font);
        l.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        return l;
    }

    private static void style(org.eclipse.swt.widgets.Control c, Theme theme, org.eclipse.swt.graphics.Font font) {
        c.setBackground(theme.background);
        c.setForeground(theme.text);
        c.setFont(font);
    }

    private Button button(Composite parent, Theme theme, String key, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setFont(theme.title);
        if (key != null) {
            b.setText(text.get(key));
        }
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.heightHint = 48;
        b.setLayoutData(data);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    public Composite control() {
        return page;
    }

    /**
     * Takes in the run as last reported ({@code null} before any) and a cue that came since the last
     * tick ({@code null} when none), at session time {@code nowNanos}; the session being recorded began at
     * {@code sessionStartNanos}. UI thread.
     */
    public void tick(RunState run, Cue freshCue, long nowNanos, long sessionStartNanos) {
        sessionStart = sessionStartNanos;
        if (page.isDisposed()) {
            return;
        }
        if (run != shown && run != null) {
            followPauses(run, nowNanos);
        }
        long stepNow = pausedSince >= 0 ? pausedSince - pausedNanos : nowNanos - pausedNanos;
        long seconds = run == null || run.ended() ? -1 : StepView.secondsLeft(run.step(), stepNow);
        if (run != shown || seconds != shownSeconds || first) {
            first = false;
            if (run != null && (shown == null || changedStep(shown, run))) {
                log(nowNanos, text.get("protocol.log.step"), stepLine(run));
            }
            shown = run;
            shownSeconds = seconds;
            apply(StepView.of(run, stepNow, text));
        }
        if (freshCue != null) { // after the step it belongs to
            log(freshCue.sessionNanos(), text.get("protocol.log.cue", freshCue.severity().name()), freshCue.text());
        }
    }

    private void followPauses(RunState run, long nowNanos) {
        boolean sameStep = shown != null && shown.sessionId().equals(run.sessionId())
                && shown.step().index() == run.step().index() && shown.step().startedNanos() == run.step().startedNanos();
        if (!sameStep) {
            pausedNanos = 0;
            pausedSince = -1;
        }
        boolean paused = run.status() == RunState.Status.PAUSED;
        if (paused && pausedSince < 0) {
            pausedSince = nowNanos;
        } else if (!paused && pausedSince >= 0) {
            pausedNanos += nowNanos - pausedSince;
            pausedSince = -1;
        }
    }

    private static boolean changedStep(RunState before, RunState now) {
        return before.step().index() != now.step().index() || !before.step().id().equals(now.step().id())
                || before.status() != now.status() || !before.sessionId().equals(now.sessionId())
                || before.step().startedNanos() != now.step().startedNanos();
    }

    private String stepLine(RunState run) {
        return text.get("protocol.position", run.step().index() + 1, run.step().count()) + ": " + run.step().title()
                + " (" + text.get("protocol.state." + run.status().name()) + ")";
    }

    private void apply(StepView v) {
        view = v;
        status.setText(v.status());
        position.setText(v.position());
        title.setText(v.title());
        instruction.setText(v.instruction());
        counter.setText(v.counter());
        targets.setText(String.join("     ", v.targets()));
        progress.setMaximum(Math.max(1, v.steps()));
        progress.setSelection(v.stepsDone());
        confirm.setEnabled(v.confirmWanted());
        pause.setEnabled(v.active());
        pause.setText(text.get(v.paused() ? "protocol.button.resume" : "protocol.button.pause"));
        skip.setEnabled(v.active());
        repeat.setEnabled(v.active());
        abort.setEnabled(v.active());
        for (Button b : painButtons) {
            b.setEnabled(v.painWanted());
        }
        pain.setVisible(v.painWanted());
        ((GridData) pain.getLayoutData()).exclude = !v.painWanted();
        page.layout(true, true);
    }

    private void pauseOrResume() {
        actions.control(view != null && view.paused() ? Control.RESUME : Control.PAUSE, this::answer);
    }

    private void answer(String line) {
        if (!answer.isDisposed()) {
            answer.setText(line);
        }
    }

    /** What marking answered: the page's answer line and a row of the log. */
    public void marked(String line) {
        answer(line);
        if (!log.isDisposed()) {
            log(-1, text.get("protocol.log.mark"), line);
        }
    }

    /** Adds a row to the session log, newest on top; {@code atNanos} -1 when the time is in the line already. */
    private void log(long atNanos, String kind, String what) {
        if (log.getItemCount() >= LOG_ROWS) {
            log.remove(LOG_ROWS - 1);
        }
        TableItem row = new TableItem(log, SWT.NONE, 0);
        String time = atNanos < 0 ? "" : clock(atNanos - sessionStart);
        row.setText(new String[] { time, kind, what });
        echo.accept((time.isEmpty() ? "" : time + "  ") + kind + ": " + what);
    }

    private static String clock(long nanos) {
        long s = Math.max(0, nanos) / 1_000_000_000L;
        return String.format("%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    /** Where each new log entry is shown too (the Live page's event strip). */
    public void echo(Consumer<String> to) {
        echo = to;
    }

    // ---- what tests and the window probe read and press ----

    /** What the page shows now. */
    public StepView view() {
        return view;
    }

    /** The texts of the step's labels: status, position, title, instruction, counter, targets. */
    public java.util.List<String> texts() {
        return java.util.List.of(status.getText(), position.getText(), title.getText(), instruction.getText(),
                counter.getText(), targets.getText());
    }

    /** Whether the pain score buttons are offered. */
    public boolean painOffered() {
        return pain.getVisible() && painButtons[0].getEnabled();
    }

    /** Presses pain score button {@code nrs}, as the therapist would. */
    public void pressPain(int nrs) {
        painButtons[nrs].notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** The line the last control answered. */
    public String answerLine() {
        return answer.getText();
    }

    /** The session log's rows, newest first: time, kind, what. */
    public java.util.List<java.util.List<String>> logRows() {
        java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
        for (TableItem item : log.getItems()) {
            rows.add(java.util.List.of(item.getText(0), item.getText(1), item.getText(2)));
        }
        return rows;
    }

    /** Progress bar: selection and maximum. */
    public int[] progress() {
        return new int[] { progress.getSelection(), progress.getMaximum() };
    }
}
