package org.myofuse.console.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.myofuse.api.analysis.AnalysisTraces;
import org.myofuse.api.protocol.ProtocolInfo;
import org.myofuse.api.store.Patient;
import org.myofuse.api.store.Program;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.StoredEvent;

/**
 * What the patients, protocol and review pages do, carried out off the UI thread (database, protocol
 * engine and file I/O may block) by the console's workers; every answer comes back on the UI thread,
 * and only while the window is there. A refusal is one line the therapist reads.
 */
public interface WorkflowActions {

    /** A patient with their program and sessions (newest first). */
    record PatientRecord(Patient patient, Optional<Program> program, List<SessionInfo> sessions) {
        public PatientRecord {
            sessions = List.copyOf(sessions);
        }
    }

    /**
     * A stored session ready to replay: its record, stored events (time order) and fused traces; without
     * raw data to replay the traces are null and {@code note} says why ("" otherwise).
     */
    record Replay(SessionInfo session, List<StoredEvent> events, AnalysisTraces traces, String note) {
        public Replay {
            events = List.copyOf(events);
        }
    }

    /** How far a long job has come, on the UI thread: {@code done} of {@code total}. */
    @FunctionalInterface
    interface Progress {
        void progress(long done, long total);
    }

    /** The registered patients whose code or name contains {@code query} (case-insensitive; all for ""). */
    void findPatients(String query, Consumer<List<Patient>> answer, Consumer<String> refused);

    /**
     * Registers a patient.
     *
     * @param birthDate {@code YYYY-MM-DD} or "" when not given
     */
    void addPatient(String code, String name, String birthDate, boolean consent, Consumer<Patient> answer,
            Consumer<String> refused);

    /** One patient's record: program and past sessions. */
    void patient(String code, Consumer<PatientRecord> answer, Consumer<String> refused);

    /** The installed protocols (empty, with a line, without a protocol engine). */
    void protocols(Consumer<List<ProtocolInfo>> answer, Consumer<String> refused);

    /**
     * Ends the session being recorded (its protocol run aborted first) and records a new one for
     * {@code patientCode} with the devices of the console; the protocol, when one is given ("" for
     * none), is recorded with it and started once its devices stream.
     *
     * @param started the new session, as soon as it records
     * @param line    what became of the protocol (started, or why not), and any refusal
     */
    void startSession(String patientCode, String protocolId, Consumer<SessionInfo> started, Consumer<String> line);

    /** A therapist's control of the protocol run going on. */
    enum Control {
        CONFIRM, PAUSE, RESUME, SKIP, REPEAT, ABORT
    }

    /** Applies a control to the protocol run going on; the answer says whether it applied. */
    void control(Control control, Consumer<String> answer);

    /** Records the pain score (0-10) the current step asks for. */
    void pain(int nrs, Consumer<String> answer);

    /** Every stored session, newest first. */
    void sessions(Consumer<List<SessionInfo>> answer, Consumer<String> refused);

    /** Reads a stored session's events and replays its raw streams into fused traces. */
    void replay(String sessionId, Progress progress, Consumer<Replay> answer, Consumer<String> refused);

    /** Exports a stored session in {@code format} ({@code csv}, {@code edf}, {@code bdf}) into {@code folder}. */
    void export(String sessionId, String format, Path folder, Progress progress, Consumer<String> answer);

    /** Writes the report of a stored session into {@code folder}. */
    void report(String sessionId, Path folder, Progress progress, Consumer<String> answer);
}
