package org.myofuse.console.ui.review;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.myofuse.api.analysis.AnalysisTraces;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.StoredEvent;
import org.myofuse.console.ui.Messages;
import org.myofuse.console.ui.Theme;
import org.myofuse.console.ui.WorkflowActions.Replay;
import org.myofuse.console.ui.WorkflowActions;
import org.myofuse.console.ui.patients.SessionRows;

/**
 * The review page: the stored sessions; the chosen one replayed (its raw streams through the session
 * analysis, on a worker, with progress) into force, EMG and centre-of-pressure traces; a timeline
 * scrubber with the values at the scrubbed moment; the session's stored events (recorded, protocol
 * steps and cues, pain scores, therapist's marks, analysis) listed, a click jumping to one; and export
 * (CSV, EDF+, BDF+ into a chosen folder) and report buttons, each run on a worker with its progress and
 * a one-line result.
 *
 * <p>UI thread.
 */
public final class ReviewPage {

    /** Rows of the events table at most (a long session has thousands of EMG onsets). */
    static final int EVENT_ROWS = 5_000;
    static final List<String> FORMATS = List.of("csv", "edf", "bdf");

    private final Messages text;
    private final WorkflowActions actions;
    private final Composite page;
    private final Table sessions;
    private final Label title;
    private final TraceCanvas canvas;
    private final Scale scrubber;
    private final Label readout;
    private final Table events;
    private final Combo format;
    private final Button export;
    private final Button report;
    private final ProgressBar progress;
    private final Label line;
    private List<SessionInfo> stored = List.of();
    private List<StoredEvent> all = List.of();
    private List<StoredEvent> listed = List.of();
    private final Button clinicalOnly;
    private Timeline timeline;
    private String sessionId = "";
    private Function<Shell, String> folderChooser = ReviewPage::chooseFolder;

    public ReviewPage(Composite parent, Theme theme, Messages text, WorkflowActions actions) {
        this.text = text;
        this.actions = actions;
        page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        SashForm split = new SashForm(page, SWT.HORIZONTAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite left = column(split);
        sessions = table(left, theme, new String[] { "sessions.start", "sessions.duration", "sessions.protocol",
            "sessions.status", "sessions.id" }, new int[] { 150, 80, 160, 100, 260 });
        sessions.addListener(SWT.Selection, e -> sessionChosen());
        Button refresh = new Button(left, SWT.PUSH);
        refresh.setText(text.get("review.refresh"));
        refresh.addListener(SWT.Selection, e -> refresh());
        Composite right = column(split);
        title = new Label(right, SWT.NONE);
        title.setFont(theme.title);
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        canvas = new TraceCanvas(right, theme, text);
        GridData canvasData = new GridData(SWT.FILL, SWT.FILL, true, true);
        canvasData.heightHint = 300;
        canvasData.minimumHeight = 240;
        canvas.control().setLayoutData(canvasData);
        scrubber = new Scale(right, SWT.HORIZONTAL);
        scrubber.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        scrubber.setEnabled(false);
        scrubber.addListener(SWT.Selection, e -> scrubbed());
        readout = new Label(right, SWT.WRAP);
        readout.setFont(theme.title);
        GridData readoutData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        readoutData.widthHint = 600;
        readout.setLayoutData(readoutData);
        clinicalOnly = new Button(right, SWT.CHECK);
        clinicalOnly.setText(text.get("review.clinicalOnly"));
        clinicalOnly.addListener(SWT.Selection, e -> listEvents());
        events = table(right, theme, new String[] { "review.time", "review.type", "review.source", "review.value",
            "review.detail", "review.origin" }, new int[] { 90, 130, 200, 110, 380, 90 });
        events.addListener(SWT.Selection, e -> eventChosen());
        ((GridData) events.getLayoutData()).heightHint = 160; // its rows scroll; the traces keep their height
        Composite buttons = new Composite(page, SWT.NONE);
        buttons.setLayout(new GridLayout(6, false));
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(buttons, SWT.NONE).setText(text.get("review.format"));
        format = new Combo(buttons, SWT.READ_ONLY);
        FORMATS.forEach(f -> format.add(text.get("review.format." + f)));
        format.select(0);
        export = new Button(buttons, SWT.PUSH);
        export.setFont(theme.title);
        export.setText(text.get("review.export"));
        export.addListener(SWT.Selection, e -> export());
        report = new Button(buttons, SWT.PUSH);
        report.setFont(theme.title);
        report.setText(text.get("review.report"));
        report.addListener(SWT.Selection, e -> report());
        progress = new ProgressBar(buttons, SWT.HORIZONTAL | SWT.SMOOTH);
        GridData bar = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        bar.widthHint = 200;
        progress.setLayoutData(bar);
        line = new Label(buttons, SWT.NONE);
        line.setFont(theme.title);
        line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        split.setWeights(35, 65);
        enableFileButtons(false);
        refresh();
    }

    private static Composite column(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        return c;
    }

    private Table table(Composite parent, Theme theme, String[] keys, int[] widths) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        t.setFont(theme.label);
        t.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (int i = 0; i < keys.length; i++) {
            TableColumn c = new TableColumn(t, SWT.LEFT);
            c.setText(text.get(keys[i]));
            c.setWidth(widths[i]);
        }
        return t;
    }

    public Composite control() {
        return page;
    }

    /** Lists the stored sessions again. */
    public void refresh() {
        actions.sessions(list -> {
            if (sessions.isDisposed()) {
                return;
            }
            stored = list;
            sessions.removeAll();
            for (SessionInfo s : list) {
                new TableItem(sessions, SWT.NONE).setText(SessionRows.row(s, ZoneId.systemDefault(), text).toArray(String[]::new));
            }
        }, this::say);
    }

    private void sessionChosen() {
        int i = sessions.getSelectionIndex();
        if (i >= 0 && i < stored.size()) {
            open(stored.get(i).id());
        }
    }

    private void open(String id) {
        sessionId = id;
        enableFileButtons(true);
        title.setText(text.get("review.replaying", id));
        say("");
        progress.setSelection(0);
        actions.replay(id, this::progressed, this::show, this::say);
    }

    private void show(Replay replay) {
        if (page.isDisposed() || !replay.session().id().equals(sessionId)) {
            return;
        }
        SessionInfo s = replay.session();
        title.setText(text.get("review.title", s.id(), s.patientId().isEmpty() ? "\u2013" : s.patientId(),
                s.protocolId().isEmpty() ? "\u2013" : s.protocolId()));
        timeline = Timeline.of(replay.traces(), replay.events());
        all = replay.events();
        listEvents();
        scrubber.setMaximum(Math.max(1, timeline.steps()));
        scrubber.setPageIncrement(Timeline.STEPS_PER_SECOND * 5);
        scrubber.setIncrement(1);
        scrubber.setSelection(0);
        scrubber.setEnabled(timeline.steps() > 0);
        progress.setSelection(100);
        say(replay.note().isEmpty() ? text.get("review.replayed", replay.events().size()) : replay.note());
        scrubbed();
    }

    /**
     * Lists the events, or only the protocol's (steps, cues, pain scores, parameters, calibrations) and the
     * therapist's marks when so chosen; at most {@link #EVENT_ROWS}.
     */
    private void listEvents() {
        List<StoredEvent> chosen = clinicalOnly.getSelection()
                ? all.stream().filter(e -> e.origin().equals("protocol") || e.origin().equals("therapist")).toList()
                : all;
        listed = chosen.size() > EVENT_ROWS ? chosen.subList(0, EVENT_ROWS) : chosen;
        events.removeAll();
        for (StoredEvent e : listed) {
            String value = Double.isNaN(e.value()) ? "" : String.format(Locale.ROOT, "%.1f %s", e.value(), e.unit()).strip();
            new TableItem(events, SWT.NONE).setText(new String[] { seconds(e.timeSeconds()), e.type(), e.source(), value,
                e.detail(), e.origin() });
        }
    }

    private void scrubbed() {
        if (timeline == null) {
            return;
        }
        double at = timeline.timeAt(scrubber.getSelection());
        canvas.show(timeline, at);
        readout.setText(readout(at));
    }

    /** The values at {@code atS}: time, normal and shear force, each EMG envelope, centre of pressure. */
    private String readout(double atS) {
        StringBuilder b = new StringBuilder(seconds(atS));
        AnalysisTraces t = timeline.traces();
        int i = timeline.frameAt(atS);
        if (t != null && i >= 0) {
            if (t.normalN() != null) {
                b.append("   ").append(text.get("review.force", number(t.normalN()[i]), number(t.shearN()[i])));
            }
            for (AnalysisTraces.EmgTrace e : t.emg()) {
                b.append("   ").append(e.channel()).append(' ').append(number(e.envelope()[i])).append(' ').append(e.unit());
            }
            if (t.copXmm() != null) {
                b.append("   ").append(text.get("review.cop", number(t.copXmm()[i]), number(t.copYmm()[i])));
            }
        }
        return b.toString();
    }

    private static String number(float v) {
        return Float.isNaN(v) ? "\u2013" : String.format(Locale.ROOT, "%.1f", Math.abs(v) < 0.05f ? 0f : v); // no "-0.0"
    }

    /** m:ss.t, to the nearest tenth (the scrubber's step). */
    private static String seconds(double s) {
        long tenths = Math.round(Math.max(0, s) * 10);
        return String.format(Locale.ROOT, "%d:%02d.%d", tenths / 600, tenths / 10 % 60, tenths % 10);
    }

    private void eventChosen() {
        int i = events.getSelectionIndex();
        if (timeline != null && i >= 0 && i < listed.size()) {
            scrubber.setSelection(timeline.stepAt(listed.get(i).timeSeconds()));
            scrubbed();
        }
    }

    private void export() {
        String folder = folderChooser.apply(page.getShell());
        if (folder == null || sessionId.isEmpty()) {
            return;
        }
        String f = FORMATS.get(Math.max(0, format.getSelectionIndex()));
        enableFileButtons(false);
        say(text.get("review.exporting", f.toUpperCase(Locale.ROOT)));
        actions.export(sessionId, f, Path.of(folder), this::progressed, this::done);
    }

    private void report() {
        String folder = folderChooser.apply(page.getShell());
        if (folder == null || sessionId.isEmpty()) {
            return;
        }
        enableFileButtons(false);
        say(text.get("review.reporting"));
        actions.report(sessionId, Path.of(folder), this::progressed, this::done);
    }

    private void done(String result) {
        if (page.isDisposed()) {
            return;
        }
        enableFileButtons(true);
        progress.setSelection(100);
        say(result);
    }

    private void progressed(long done, long total) {
        if (!progress.isDisposed()) {
            progress.setMaximum((int) Math.max(1, total));
            progress.setSelection((int) done);
        }
    }

    private void say(String s) {
        if (!line.isDisposed()) {
            line.setText(s);
        }
    }

    private void enableFileButtons(boolean on) {
        export.setEnabled(on);
        report.setEnabled(on);
    }

    private static String chooseFolder(Shell shell) {
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setMessage(new Messages(Locale.getDefault()).get("review.chooseFolder"));
        return dialog.open();
    }

    // ---- what tests and the window probe read and drive ----

    /** Replaces the folder dialog (tests: a dialog would wait for a person). */
    public void folderChooser(Function<Shell, String> chooser) {
        folderChooser = chooser;
    }

    /** The stored sessions' ids as listed. */
    public List<String> sessionIds() {
        return stored.stream().map(SessionInfo::id).toList();
    }

    /** Opens a stored session, as a click on its row does. */
    public void choose(String id) {
        for (int i = 0; i < stored.size(); i++) {
            if (stored.get(i).id().equals(id)) {
                sessions.select(i);
            }
        }
        open(id);
    }

    /** The listed events' types, in time order. */
    public List<String> eventTypes() {
        List<String> types = new ArrayList<>();
        for (TableItem item : events.getItems()) {
            types.add(item.getText(1));
        }
        return types;
    }

    /** The listed events' times as shown. */
    public List<String> eventTimes() {
        List<String> times = new ArrayList<>();
        for (TableItem item : events.getItems()) {
            times.add(item.getText(0));
        }
        return times;
    }

    /** Shows only the protocol's events and the therapist's marks, or all. */
    public void clinicalOnly(boolean only) {
        clinicalOnly.setSelection(only);
        listEvents();
    }

    /** Clicks event row {@code row}; returns the scrubber's position after. */
    public int clickEvent(int row) {
        events.select(row);
        eventChosen();
        return scrubber.getSelection();
    }

    /** The scrubber's position and maximum. */
    public int[] scrubber() {
        return new int[] { scrubber.getSelection(), scrubber.getMaximum() };
    }

    /** Moves the scrubber, as a drag would. */
    public void scrub(int step) {
        scrubber.setSelection(step);
        scrubbed();
    }

    public String readoutLine() {
        return readout.getText();
    }

    public String resultLine() {
        return line.getText();
    }

    /** Presses Export with format {@code f}. */
    public void pressExport(String f) {
        format.select(FORMATS.indexOf(f));
        export();
    }

    public void pressReport() {
        report();
    }
}
