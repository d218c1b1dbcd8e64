package org.myofuse.console;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import org.myofuse.api.analysis.AnalysisTraces;
import org.myofuse.api.analysis.SessionAnalysis;
import org.myofuse.api.protocol.ProtocolEngine;
import org.myofuse.api.protocol.ProtocolException;
import org.myofuse.api.protocol.ProtocolInfo;
import org.myofuse.api.protocol.ProtocolRegistry;
import org.myofuse.api.protocol.ProtocolRun;
import org.myofuse.api.store.Patient;
import org.myofuse.api.store.PatientRegistry;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionReview;
import org.myofuse.api.store.SessionStore;
import org.myofuse.api.store.StoreException;
import org.myofuse.api.store.StoredEvent;
import org.myofuse.console.ui.Messages;
import org.myofuse.console.ui.WorkflowActions;

/**
 * The patients, protocol and review pages' work: registry, store and engine calls on the console's
 * worker (short calls) or its job thread (replays, exports, reports, starting a session: they may take
 * minutes and must not hold up the device table), answers handed back to the UI thread. Nothing here
 * interrupts a thread doing database I/O.
 */
final class WorkerWorkflow implements WorkflowActions {

    /** What a report file is called in the folder the therapist chose. */
    static String reportName(String sessionId) {
        return "myofuse-report-" + sessionId + ".html";
    }

    /** What an export is called (the base name; one file per device beside it for several streams). */
    static String exportName(String sessionId, String format) {
        return "myofuse-session-" + sessionId + "." + format;
    }

    private final OpenConsole console;
    private final ExecutorService worker;
    private final ExecutorService jobs;
    private final HandOver hand;
    private final Messages text;

    WorkerWorkflow(OpenConsole console, ExecutorService worker, ExecutorService jobs, HandOver hand, Messages text) {
        this.console = console;
        this.worker = worker;
        this.jobs = jobs;
        this.hand = hand;
        this.text = text;
    }

    private Services services() {
        return console.services();
    }

    private PatientRegistry patients() throws StoreException {
        return services().patients().orElseThrow(() -> new StoreException(text.get("workflow.noStore")));
    }

    private SessionStore store() throws StoreException {
        return services().store().orElseThrow(() -> new StoreException(text.get("workflow.noStore")));
    }

    @Override
    public void findPatients(String query, Consumer<List<Patient>> answer, Consumer<String> refused) {
        String q = query.strip().toLowerCase(Locale.ROOT);
        hand.off(worker, () -> patients().patients().stream()
                .filter(p -> q.isEmpty() || p.code().toLowerCase(Locale.ROOT).contains(q)
                        || p.name().map(n -> n.toLowerCase(Locale.ROOT).contains(q)).orElse(false))
                .toList(), answer, refused);
    }

    @Override
    public void addPatient(String code, String name, String birthDate, boolean consent, Consumer<Patient> answer,
            Consumer<String> refused) {
        Patient patient;
        try {
            patient = patient(code.strip(), name, birthDate.strip(), consent);
        } catch (IllegalArgumentException e) {
            refused.accept(e.getMessage());
            return;
        }
        hand.off(worker, () -> patients().addPatient(patient), answer, refused);
    }

    private Patient patient(String code, String name, String birthDate, boolean consent) {
        Optional<LocalDate> born = Optional.empty();
        if (!birthDate.isEmpty()) {
            try {
                born = Optional.of(LocalDate.parse(birthDate));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(text.get("patients.badBirthDate", birthDate));
            }
            if (born.get().isAfter(LocalDate.now())) {
                throw new IllegalArgumentException(text.get("patients.futureBirthDate", birthDate));
            }
        }
        return new Patient(code, Optional.of(name), born, consent, consent ? Optional.of(LocalDate.now()) : Optional.empty());
    }

    @Override
    public void patient(String code, Consumer<PatientRecord> answer, Consumer<String> refused) {
        hand.off(worker, () -> {
            Patient p = patients().patient(code)
                    .orElseThrow(() -> new StoreException(text.get("patients.unknown", code)));
            var program = services().programs().isPresent() ? services().programs().get().program(code)
                    : Optional.<org.myofuse.api.store.Program>empty();
            return new PatientRecord(p, program, store().sessions(code));
        }, answer, refused);
    }

    @Override
    public void protocols(Consumer<List<ProtocolInfo>> answer, Consumer<String> refused) {
        // the registry's first call waits for its first load: a job, not the worker
        hand.off(jobs, () -> services().protocolRegistry()
                .orElseThrow(() -> new ProtocolException(text.get("protocol.noEngine"))).protocols(), answer, refused);
    }

    @Override
    public void startSession(String patientCode, String protocolId, Consumer<SessionInfo> started, Consumer<String> line) {
        hand.off(jobs, () -> {
            Optional<ProtocolInfo> protocol = protocolId.isEmpty() ? Optional.empty() : Optional.of(installed(protocolId));
            SessionInfo session = console.switchSession(patientCode, protocol);
            hand.back(() -> started.accept(session));
            if (protocol.isEmpty()) {
                return text.get("patients.started", session.id());
            }
            if (!console.awaitStreaming()) {
                return text.get("protocol.notStreaming", protocolId);
            }
            ProtocolEngine engine = services().protocols()
                    .orElseThrow(() -> new ProtocolException(text.get("protocol.noEngine")));
            engine.start(protocolId, session);
            return text.get("protocol.started", protocol.get().title(), session.id());
        }, line, line);
    }

    /** The installed protocol, checked before anything is ended or stored. */
    private ProtocolInfo installed(String protocolId) throws ProtocolException {
        ProtocolRegistry registry = services().protocolRegistry().orElse(null);
        if (registry == null || services().protocols().isEmpty()) {
            throw new ProtocolException(text.get("protocol.noEngine"));
        }
        return registry.protocol(protocolId)
                .orElseThrow(() -> new ProtocolException(text.get("protocol.unknown", protocolId)));
    }

    @Override
    public void control(Control control, Consumer<String> answer) {
        hand.off(worker, () -> {
            Optional<ProtocolRun> run = services().protocols().flatMap(ProtocolEngine::current);
            if (run.isEmpty() || run.get().state().ended()) {
                return text.get("action.noProtocol");
            }
            boolean applied = switch (control) {
                case CONFIRM -> run.get().confirm();
                case PAUSE -> run.get().pause();
                case RESUME -> run.get().resume();
                case SKIP -> run.get().skip();
                case REPEAT -> run.get().repeat();
                case ABORT -> {
                    run.get().abort(text.get("protocol.abortReason"));
                    yield true;
                }
            };
            return applied ? text.get("protocol.control." + control.name()) : text.get("action.notApplicable");
        }, answer, answer);
    }

    @Override
    public void pain(int nrs, Consumer<String> answer) {
        hand.off(worker, () -> {
            Optional<ProtocolRun> run = services().protocols().flatMap(ProtocolEngine::current);
            if (run.isEmpty() || run.get().state().ended()) {
                return text.get("action.noProtocol");
            }
            return run.get().enterPain(nrs) ? text.get("protocol.painEntered", nrs) : text.get("action.notApplicable");
        }, answer, answer);
    }

    @Override
    public void sessions(Consumer<List<SessionInfo>> answer, Consumer<String> refused) {
        hand.off(worker, () -> store().sessions(null), answer, refused);
    }

    @Override
    public void replay(String sessionId, Progress progress, Consumer<Replay> answer, Consumer<String> refused) {
        hand.off(jobs, () -> {
            SessionReview review = services().review()
                    .orElseThrow(() -> new StoreException(text.get("workflow.noStore")));
            SessionInfo session = store().session(sessionId)
                    .orElseThrow(() -> new StoreException(text.get("review.unknown", sessionId)));
            List<StoredEvent> events = review.events(sessionId);
            if (services().analyzer().isEmpty()) {
                return new Replay(session, events, null, text.get("review.noAnalyzer"));
            }
            SessionAnalysis analysis = services().analyzer().get().newAnalysis();
            try {
                review.replay(sessionId, analysis, throttled(progress));
            } catch (StoreException e) {
                return new Replay(session, events, null, e.getMessage());
            }
            analysis.finish();
            AnalysisTraces traces = analysis.traces();
            return new Replay(session, events, traces, "");
        }, answer, refused);
    }

    @Override
    public void export(String sessionId, String format, Path folder, Progress progress, Consumer<String> answer) {
        hand.off(jobs, () -> {
            var transfer = services().transfer().orElseThrow(() -> new StoreException(text.get("review.noTransfer")));
            List<Path> files = transfer.exportSession(sessionId, format, folder.resolve(exportName(sessionId, format)),
                    throttled(progress)::progress);
            return text.get("review.exported", files.size(), folder);
        }, answer, line -> answer.accept(text.get("review.exportFailed", line)));
    }

    @Override
    public void report(String sessionId, Path folder, Progress progress, Consumer<String> answer) {
        hand.off(jobs, () -> {
            var reports = services().reports().orElseThrow(() -> new StoreException(text.get("review.noReports")));
            Throttled t = throttled(progress);
            Path written = reports.writeSessionReport(sessionId, folder.resolve(reportName(sessionId)),
                    (id, done, total) -> t.progress(done, total));
            return text.get("review.reported", written);
        }, answer, line -> answer.accept(text.get("review.reportFailed", line)));
    }

    private Throttled throttled(Progress progress) {
        return new Throttled(progress);
    }

    /** Hands progress to the UI thread only when the whole percentage changes: at most 101 hand-overs per job. */
    private final class Throttled implements org.myofuse.api.store.SessionTransfer.Progress {
        private final Progress to;
        private long shown = -1;

        Throttled(Progress to) {
            this.to = to;
        }

        @Override
        public void progress(long done, long total) {
            long percent = total <= 0 ? 0 : Math.min(100, done * 100 / total);
            if (percent != shown) {
                shown = percent;
                hand.back(() -> to.progress(percent, 100));
            }
        }
    }
}
