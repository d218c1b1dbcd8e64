package org.myofuse.console.ui.patients;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.myofuse.api.protocol.ProtocolInfo;
import org.myofuse.api.store.Patient;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.console.ui.Messages;
import org.myofuse.console.ui.Theme;
import org.myofuse.console.ui.WorkflowActions.PatientRecord;
import org.myofuse.console.ui.WorkflowActions;

/**
 * The patients and sessions page: find a patient (code or name) or register one (refusals shown in one
 * line beside the form), the chosen patient's program and past sessions, the protocol to run (the
 * installed protocols, or none), and starting a session for them - the session being recorded ends
 * and the new one records with that patient and protocol.
 *
 * <p>UI thread; every registry and store call goes through {@link WorkflowActions} (a worker).
 */
public final class PatientsPage {

    /** How soon an empty list of protocols is asked for again while the page is shown. */
    static final int PROTOCOLS_RETRY_MS = 2_000;

    private final Messages text;
    private final WorkflowActions actions;
    private final Consumer<SessionInfo> sessionStarted;
    private final Composite page;
    private final Text search;
    private final Table patients;
    private final Text code;
    private final Text name;
    private final Text birthDate;
    private final Button consent;
    private final Label formLine;
    private final Label chosen;
    private final Label program;
    private final Table sessions;
    private final Combo protocol;
    private final Button start;
    private final Label startLine;
    /** A start was asked for: its lines own {@link #startLine} from then on. */
    private boolean startAsked;
    private List<Patient> found = List.of();
    private List<ProtocolInfo> protocols = List.of();
    private String patientCode = "";

    /**
     * @param sessionStarted told (UI thread) when a session started from this page records
     */
    public PatientsPage(Composite parent, Theme theme, Messages text, WorkflowActions actions,
            Consumer<SessionInfo> sessionStarted) {
        this.text = text;
        this.actions = actions;
        this.sessionStarted = sessionStarted;
        page = new Composite(parent, SWT.NONE);
        page.setLayout(new GridLayout(1, false));
        SashForm split = new SashForm(page, SWT.HORIZONTAL);
        split.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite left = column(split);
        Composite searchRow = row(left, 2);
        search = new Text(searchRow, SWT.BORDER | SWT.SEARCH);
        search.setFont(theme.title);
        search.setMessage(text.get("patients.searchHint"));
        search.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        search.addListener(SWT.DefaultSelection, e -> find());
        button(searchRow, theme, "patients.find", this::find);
        patients = table(left, theme, new String[] { "patients.code", "patients.name", "patients.birthDate",
            "patients.consent" }, new int[] { 140, 220, 120, 90 });
        patients.addListener(SWT.Selection, e -> patientChosen());
        Group add = new Group(left, SWT.NONE);
        add.setText(text.get("patients.addTitle"));
        add.setLayout(new GridLayout(2, false));
        add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        code = field(add, theme, "patients.code", text.get("patients.codeHint"));
        name = field(add, theme, "patients.name", "");
        birthDate = field(add, theme, "patients.birthDate", text.get("patients.birthDateHint"));
        new Label(add, SWT.NONE);
        consent = new Button(add, SWT.CHECK);
        consent.setText(text.get("patients.consentBox"));
        Button register = button(add, theme, "patients.add", this::addPatient);
        register.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        formLine = new Label(add, SWT.WRAP);
        formLine.setFont(theme.title);
        formLine.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Composite right = column(split);
        chosen = new Label(right, SWT.NONE);
        chosen.setFont(theme.value);
        chosen.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        program = new Label(right, SWT.WRAP);
        program.setFont(theme.title);
        program.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sessions = table(right, theme, new String[] { "sessions.start", "sessions.duration", "sessions.protocol",
            "sessions.status", "sessions.id" }, new int[] { 170, 100, 220, 120, 300 });
        Composite startRow = row(right, 3);
        new Label(startRow, SWT.NONE).setText(text.get("patients.protocol"));
        protocol = new Combo(startRow, SWT.READ_ONLY);
        protocol.setFont(theme.title);
        protocol.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        start = button(startRow, theme, "patients.start", this::startSession);
        start.setEnabled(false);
        startLine = new Label(right, SWT.WRAP);
        startLine.setFont(theme.title);
        startLine.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        split.setWeights(45, 55);
        showProtocols(List.of());
        // Protocols come and go (bundles starting after the console opened, files in etc/protocols/): asked
        // for again whenever the page is shown.
        page.addListener(SWT.Show, e -> askProtocols());
        askProtocols();
        find();
    }

    private static Composite column(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(1, false));
        return c;
    }

    private static Composite row(Composite parent, int columns) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayout grid = new GridLayout(columns, false);
        grid.marginWidth = 0;
        c.setLayout(grid);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return c;
    }

    private Button button(Composite parent, Theme theme, String key, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setFont(theme.title);
        b.setText(text.get(key));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private Text field(Composite parent, Theme theme, String key, String hint) {
        new Label(parent, SWT.NONE).setText(text.get(key));
        Text t = new Text(parent, SWT.BORDER);
        t.setFont(theme.title);
        t.setMessage(hint);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return t;
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

    /** Finds the patients matching the search field. */
    private void find() {
        actions.findPatients(search.getText(), this::showPatients, line -> formLine.setText(line));
    }

    private void showPatients(List<Patient> list) {
        if (patients.isDisposed()) {
            return;
        }
        found = list;
        patients.removeAll();
        for (Patient p : list) {
            TableItem row = new TableItem(patients, SWT.NONE);
            row.setText(new String[] { p.code(), p.name().orElse(""), p.birthDate().map(Object::toString).orElse(""),
                text.get(p.consent() ? "patients.yes" : "patients.no") });
        }
        int at = indexOf(patientCode);
        if (at >= 0) {
            patients.select(at);
        }
    }

    private int indexOf(String patient) {
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).code().equals(patient)) {
                return i;
            }
        }
        return -1;
    }

    private void patientChosen() {
        int i = patients.getSelectionIndex();
        if (i >= 0 && i < found.size()) {
            choose(found.get(i).code());
        }
    }

    private void choose(String patient) {
        patientCode = patient;
        start.setEnabled(true);
        chosen.setText(text.get("patients.chosen", patient));
        actions.patient(patient, this::showRecord, line -> program.setText(line));
    }

    private void showRecord(PatientRecord record) {
        if (page.isDisposed() || !record.patient().code().equals(patientCode)) {
            return;
        }
        program.setText(record.program()
                .map(p -> text.get("patients.program", p.weeks(), p.sessionsPerWeek(), p.startDate().toString(),
                        p.protocolId().isEmpty() ? "\u2013" : p.protocolId()))
                .orElse(text.get("patients.noProgram")));
        sessions.removeAll();
        for (SessionInfo s : record.sessions()) {
            new TableItem(sessions, SWT.NONE).setText(SessionRows.row(s, ZoneId.systemDefault(), text).toArray(String[]::new));
        }
        record.program().map(p -> p.protocolId()).filter(id -> !id.isEmpty()).ifPresent(this::selectProtocol);
    }

    private void addPatient() {
        formLine.setText("");
        actions.addPatient(code.getText(), name.getText(), birthDate.getText(), consent.getSelection(), p -> {
            if (formLine.isDisposed()) {
                return;
            }
            formLine.setText(text.get("patients.added", p.code()));
            code.setText("");
            name.setText("");
            birthDate.setText("");
            consent.setSelection(false);
            search.setText(p.code());
            patientCode = p.code();
            find();
            choose(p.code());
        }, line -> {
            if (!formLine.isDisposed()) {
                formLine.setText(line);
            }
        });
    }

    private void askProtocols() {
        actions.protocols(this::showProtocols, line -> {
            // A late answer must not cover what a start wrote meanwhile; the engine may still be starting.
            if (!startLine.isDisposed() && protocols.isEmpty() && !startAsked) {
                startLine.setText(line);
            }
            askAgainLater();
        });
    }

    /** The registry may still be waiting for the protocol bundles to start: ask again while none is listed. */
    private void askAgainLater() {
        page.getDisplay().timerExec(PROTOCOLS_RETRY_MS, () -> {
            if (!page.isDisposed() && page.isVisible() && protocols.isEmpty()) {
                askProtocols();
            }
        });
    }

    /** Lists the installed protocols, the one chosen before staying chosen while it is installed. */
    private void showProtocols(List<ProtocolInfo> installed) {
        if (protocol.isDisposed()) {
            return;
        }
        int at = protocol.getSelectionIndex();
        String chosenId = at > 0 && at <= protocols.size() ? protocols.get(at - 1).id() : "";
        protocols = installed;
        protocol.removeAll();
        protocol.add(text.get("patients.noProtocol"));
        installed.forEach(p -> protocol.add(p.title() + "  (" + p.id() + " " + p.version() + ")"));
        protocol.select(0);
        selectProtocol(chosenId);
        if (installed.isEmpty()) {
            askAgainLater();
        }
    }

    private void selectProtocol(String id) {
        for (int i = 0; i < protocols.size(); i++) {
            if (protocols.get(i).id().equals(id)) {
                protocol.select(i + 1);
            }
        }
    }

    /** Starts a session for the chosen patient with the chosen protocol, as the Start button does. */
    public void start() {
        startSession();
    }

    private void startSession() {
        if (patientCode.isEmpty()) {
            startLine.setText(text.get("patients.chooseFirst"));
            return;
        }
        int p = protocol.getSelectionIndex();
        String protocolId = p <= 0 || p > protocols.size() ? "" : protocols.get(p - 1).id();
        start.setEnabled(false);
        startAsked = true;
        startLine.setText(text.get("patients.starting", patientCode));
        String patient = patientCode;
        actions.startSession(patient, protocolId, s -> {
            sessionStarted.accept(s);
            if (!page.isDisposed() && patient.equals(patientCode)) {
                actions.patient(patient, this::showRecord, line -> program.setText(line));
            }
        }, line -> {
            if (!startLine.isDisposed()) {
                startLine.setText(line);
                start.setEnabled(true);
            }
        });
    }

    // ---- what tests and the window probe read and drive ----

    /** Fills the registration form and presses Add, as the therapist would. */
    public void register(String patientCode, String patientName, String born, boolean consented) {
        code.setText(patientCode);
        name.setText(patientName);
        birthDate.setText(born);
        consent.setSelection(consented);
        addPatient();
    }

    /** Types into the search field and presses Find. */
    public void search(String query) {
        search.setText(query);
        find();
    }

    /** The patients table's codes. */
    public List<String> patientCodes() {
        List<String> codes = new ArrayList<>();
        for (TableItem item : patients.getItems()) {
            codes.add(item.getText(0));
        }
        return codes;
    }

    /** Selects a patient in the table, as a click would. */
    public void selectPatient(String patient) {
        int at = indexOf(patient);
        if (at >= 0) {
            patients.select(at);
            patientChosen();
        }
    }

    /** The protocol choices as shown. */
    public List<String> protocolChoices() {
        return List.of(protocol.getItems());
    }

    /** Chooses a protocol by id ("" for none) and presses Start session. */
    public void startWith(String protocolId) {
        protocol.select(0);
        selectProtocol(protocolId);
        startSession();
    }

    /** The past sessions table's rows. */
    public List<List<String>> sessionRows() {
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : sessions.getItems()) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < sessions.getColumnCount(); c++) {
                row.add(item.getText(c));
            }
            rows.add(row);
        }
        return rows;
    }

    /** The lines the page shows: the form's, the program's, the start's. */
    public List<String> lines() {
        return List.of(formLine.getText(), program.getText(), startLine.getText());
    }
}
