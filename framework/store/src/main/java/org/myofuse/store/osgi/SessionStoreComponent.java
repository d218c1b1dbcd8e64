package org.myofuse.store.osgi;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.recording.RecordingReader;
import org.myofuse.api.recording.RecordingWriter;
import org.myofuse.api.store.Assessment;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.store.Patient;
import org.myofuse.api.store.PatientRegistry;
import org.myofuse.api.store.Program;
import org.myofuse.api.store.ProgramRegistry;
import org.myofuse.api.store.RecordingMonitor;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionJournal;
import org.myofuse.api.store.SessionListener;
import org.myofuse.api.store.SessionReview;
import org.myofuse.api.store.SessionStore;
import org.myofuse.api.store.SessionTransfer;
import org.myofuse.api.store.StoreException;
import org.myofuse.api.store.StoredEvent;
import org.myofuse.api.store.Therapist;
import org.myofuse.api.store.TherapistRegistry;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.store.h2.H2SessionReview;
import org.myofuse.store.h2.H2SessionStore;
import org.myofuse.store.h2.H2SessionTransfer;
import org.myofuse.store.transfer.RecordingFormats;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The session store service. Opens the database on activation (migrating it and marking dead
 * recordings interrupted) and closes it on deactivation, ending a session still being recorded.
 * A configuration change reopens it.
 *
 * <p>Immediate: the database is opened once, when the component is satisfied. A delayed component would
 * be activated anew by every bundle asking for one of its services, and a database that cannot be
 * opened would be reported once per request.
 *
 * <p>The database is opened by {@link StoreDatabase}; this component exists while it is open.
 *
 * <h2>Formats</h2>
 * Session export and import use the {@link RecordingWriter} and {@link RecordingReader} services
 * present at the time of the call (a whiteboard, keyed by their format name and preferred by
 * {@code service.ranking}); formats coming and going never restart the store.
 *
 * <h2>Sessions</h2>
 * Every {@link SessionListener} service (a whiteboard, in service ranking order) is told when a session
 * begins (its record exists and the recorder is subscribed) and when it has ended (everything recorded
 * is flushed), on the thread that began or ended it. {@link SessionJournal#append} hands entries to the
 * recorder of the session being recorded, which commits them with its raw data.
 */
@Component(service = { SessionStore.class, PatientRegistry.class, TherapistRegistry.class, RecordingMonitor.class,
                SessionTransfer.class, SessionReview.class, ProgramRegistry.class, SessionJournal.class })
public final class SessionStoreComponent implements SessionStore, PatientRegistry, TherapistRegistry, RecordingMonitor,
        SessionTransfer, SessionReview, ProgramRegistry, SessionJournal {

    /** The database, once {@link StoreDatabase} has opened it. */
    @Reference
    private OpenStore open;

    /** Ranked as SCR hands them over: the highest service.ranking first, ties by service id. */
    private final SessionListeners listeners = new SessionListeners();

    @Reference(service = SessionListener.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeListener")
    void addListener(SessionListener listener, Map<String, Object> properties) {
        listeners.add(listener, properties);
    }

    void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    /** Filled by SCR before activation and kept up to date after it, so it is created with the component. */
    private final RecordingFormats formats = new RecordingFormats();

    private H2SessionStore store;
    private H2SessionReview review;
    private H2SessionTransfer transfer;

    @Activate
    void activate() {
        store = open.store();
        review = open.review();
        transfer = new H2SessionTransfer(store, formats);
    }

    @Reference(service = RecordingWriter.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeWriter")
    void addWriter(RecordingWriter writer, Map<String, Object> properties) {
        formats.addWriter(writer, ranking(properties));
    }

    void removeWriter(RecordingWriter writer) {
        formats.removeWriter(writer);
    }

    @Reference(service = RecordingReader.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeReader")
    void addReader(RecordingReader reader, Map<String, Object> properties) {
        formats.addReader(reader, ranking(properties));
    }

    void removeReader(RecordingReader reader) {
        formats.removeReader(reader);
    }

    /** A service's {@code service.ranking}: 0 unless an Integer says otherwise, as the framework reads it. */
    private static int ranking(Map<String, Object> properties) {
        return properties.get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }

    @Deactivate
    void deactivate() {
        // StoreDatabase closes the database; a session still recorded is ended there
    }

    @Override
    public SessionInfo beginSession(String patientId, String therapistId, String protocolId, String protocolVersion)
            throws StoreException {
        SessionInfo began = store.beginSession(patientId, therapistId, protocolId, protocolVersion);
        listeners.began(began);
        return began;
    }

    @Override
    public SessionInfo endSession(String sessionId) throws StoreException {
        boolean wasRecording = store.isRecording(sessionId);
        SessionInfo ended = store.endSession(sessionId);
        if (wasRecording) {
            listeners.ended(ended);
        }
        return ended;
    }

    @Override
    public boolean append(String sessionId, JournalEntry entry) {
        H2SessionStore open = store;
        return open != null && open.append(sessionId, entry);
    }

    @Override
    public Optional<SessionInfo> session(String sessionId) throws StoreException {
        return store.session(sessionId);
    }

    @Override
    public List<SessionInfo> sessions(String patientId) throws StoreException {
        return store.sessions(patientId);
    }

    @Override
    public Patient addPatient(Patient patient) throws StoreException {
        return store.addPatient(patient);
    }

    @Override
    public Optional<Patient> patient(String code) throws StoreException {
        return store.patient(code);
    }

    @Override
    public List<Patient> patients() throws StoreException {
        return store.patients();
    }

    @Override
    public Therapist addTherapist(Therapist therapist) throws StoreException {
        return store.addTherapist(therapist);
    }

    @Override
    public Optional<Therapist> therapist(String code) throws StoreException {
        return store.therapist(code);
    }

    @Override
    public List<Therapist> therapists() throws StoreException {
        return store.therapists();
    }

    @Override
    public List<Path> exportSession(String sessionId, String format, Path target,
            Progress progress) throws StoreException {
        return transfer.exportSession(sessionId, format, target, progress);
    }

    @Override
    public SessionInfo importFiles(List<Path> files, String format, String patientCode,
            Optional<LocalDate> startDate, Progress progress) throws StoreException {
        return transfer.importFiles(files, format, patientCode, startDate, progress);
    }

    @Override
    public boolean recordingHealthy() {
        return store.recordingHealthy();
    }

    @Override
    public Optional<String> recordingAlarm() {
        return store.recordingAlarm();
    }
    @Override
    public void replay(String sessionId, StreamConsumer consumer, Progress progress) throws StoreException {
        review.replay(sessionId, consumer, progress);
    }

    @Override
    public void saveAnalysis(String sessionId, String summaryJson, List<TherapyEvent> events) throws StoreException {
        review.saveAnalysis(sessionId, summaryJson, events);
    }

    @Override
    public Optional<String> summaryJson(String sessionId) throws StoreException {
        return review.summaryJson(sessionId);
    }

    @Override
    public List<StoredEvent> events(String sessionId) throws StoreException {
        return review.events(sessionId);
    }

    @Override
    public Assessment assess(String sessionId, OptionalInt painBefore, OptionalInt painAfter) throws StoreException {
        return review.assess(sessionId, painBefore, painAfter);
    }

    @Override
    public Optional<Assessment> assessment(String sessionId) throws StoreException {
        return review.assessment(sessionId);
    }

    @Override
    public List<String> deviceLines(String sessionId) throws StoreException {
        return review.deviceLines(sessionId);
    }

    @Override
    public Optional<Program> program(String patientCode) throws StoreException {
        return review.program(patientCode);
    }

    @Override
    public Program setProgram(String patientCode, Program program) throws StoreException {
        return review.setProgram(patientCode, program);
    }
}
