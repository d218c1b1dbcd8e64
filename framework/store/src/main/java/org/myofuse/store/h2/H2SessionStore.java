package org.myofuse.store.h2;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import java.util.function.Supplier;

import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionStatus;
import org.myofuse.api.store.SessionStore;
import org.myofuse.api.store.StoreException;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamBus;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.api.stream.Subscription;
import org.myofuse.api.recording.FormatException;
import org.myofuse.api.recording.Recording;
import org.myofuse.api.store.Patient;
import org.myofuse.api.store.PatientRegistry;
import org.myofuse.api.store.Therapist;
import org.myofuse.api.store.TherapistRegistry;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.store.RecordingMonitor;
import org.myofuse.api.store.SessionJournal;
import org.myofuse.api.store.SessionTransfer;
import org.myofuse.store.recorder.Recorder;

/**
 * The session store on a JDBC database (H2 by default). Opening migrates the schema and marks the
 * sessions whose recorder died (a crash, {@code kill -9}, power loss) as interrupted, keeping all
 * they stored.
 *
 * <p>Thread-safe: the API methods share one connection under this object's lock; the recorder has
 * its own connection on its own thread.
 */
public final class H2SessionStore implements SessionStore, PatientRegistry, TherapistRegistry, RecordingMonitor,
        SessionJournal, AutoCloseable {

    /** Ring slots per stream for the recorder: about 2.5 s of the EMG stream in 20-frame blocks. */
    public static final int RECORDER_RING_SLOTS = 256;
    /** Consumer name of the recorder on the bus. */
    public static final String RECORDER_NAME = "session recorder";
    /** A session of another host that has not written for this long is treated as interrupted. */
    static final long FOREIGN_SILENCE_MILLIS = 60_000;
    private static final long DRAIN_MILLIS = 2_000;

    private static final System.Logger LOG = System.getLogger(H2SessionStore.class.getName());

    private final Database database;
    private final StreamBus bus;
    private final SessionClock clock;
    private final Supplier<String> devices;
    private final String host;
    private final Connection connection;
    private final Therapists therapists;
    private Active active;
    /** {@link #active} for readers that must not take this object's lock: journal appends, the journal timer. */
    private volatile Active recording;
    private final ScheduledExecutorService journalTimer;

    /** The session being recorded by this store. */
    private record Active(long id, Recorder recorder, Subscription subscription) {
    }

    private static final long LOCK_RACE_WAIT_NANOS = 5_000_000_000L;

    private H2SessionStore(Database database, StreamBus bus, SessionClock clock, Supplier<String> devices,
            Connection connection) {
        this.database = database;
        this.bus = bus;
        this.clock = clock;
        this.devices = devices;
        this.host = Hosts.localName();
        this.connection = connection;
        this.therapists = new Therapists(connection, database.where());
        this.journalTimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "myofuse-session-journal");
            t.setDaemon(true);
            return t;
        });
        long tick = Recorder.JOURNAL_TICK_NANOS;
        journalTimer.scheduleWithFixedDelay(this::commitJournal, tick, tick, TimeUnit.NANOSECONDS);
    }

    /** Commits journal entries no chunk commit took along (a session without streams, a stalled recorder). */
    private void commitJournal() {
        Active now = recording;
        if (now != null) {
            try {
                now.recorder.commitJournal();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "session " + now.id + ": committing journal entries failed: " + e);
            }
        }
    }

    @Override
    public boolean append(String sessionId, JournalEntry entry) {
        Active now = recording;
        return now != null && Long.toString(now.id).equals(sessionId) && now.recorder.journal(entry);
    }

    /**
     * Opens the store: connects, migrates the schema, and marks dead recordings interrupted.
     *
     * @param devices JSON describing the devices present (types, driver bundle versions), stored with a
     *                session when its streams open
     * @throws StoreException if the database cannot be opened or is newer than this code; one line
     */
    public static H2SessionStore open(Database database, StreamBus bus, SessionClock clock, Supplier<String> devices)
            throws StoreException {
        Connection connection = connectRetryingLockRace(database);
        var store = new H2SessionStore(database, bus, clock, devices, connection);
        try {
            Migrations.bundled().apply(connection, database.where());
            store.recoverInterrupted();
        } catch (StoreException | RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /**
     * Two {@code myofuse} processes starting together on one file database race for H2's lock file:
     * the loser sees "lock file recently modified" until the winner's AUTO_SERVER is up, which takes
     * well under a second; so that case alone is retried for a few seconds.
     */
    private static Connection connectRetryingLockRace(Database database) throws StoreException {
        long deadline = System.nanoTime() + LOCK_RACE_WAIT_NANOS;
        while (true) {
            try {
                return database.connect();
            } catch (SQLException e) {
                boolean race = e.getErrorCode() == org.h2.api.ErrorCode.ERROR_OPENING_DATABASE_1
                        && String.valueOf(e.getMessage()).contains("Lock file recently modified");
                if (!race || System.nanoTime() - deadline > 0) {
                    throw new StoreException("cannot open database " + database.where() + ": " + firstLine(e), e);
                }
                java.util.concurrent.locks.LockSupport.parkNanos(250_000_000L);
            }
        }
    }

    /** Where the data is, for messages. */
    public String where() {
        return database.where();
    }

    // ---- sessions

    @Override
    public synchronized SessionInfo beginSession(String patientId, String therapistId, String protocolId,
            String protocolVersion) throws StoreException {
        if (active != null) {
            throw new StoreException("cannot begin a session: session " + active.id + " is still being recorded");
        }
        Long patient = patientId.isEmpty() ? null : patientKey(patientId)
                .orElseThrow(() -> new StoreException("unknown patient " + patientId
                        + " (register with: myofuse patients add " + patientId + ")"));
        Long therapist = therapistId.isEmpty() ? null : therapists.key(therapistId)
                .orElseThrow(() -> new StoreException("unknown therapist " + therapistId
                        + " (register with: myofuse therapists add " + therapistId + ")"));
        long now = System.currentTimeMillis();
        long id;
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO sessions (patient_id, therapist_id, "
                + "protocol_id, protocol_version, devices_json, recorder_host, recorder_pid, alive_ms, clock_origin_ms, "
                + "start_ms, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECORDING')", Statement.RETURN_GENERATED_KEYS)) {
            setKey(p, 1, patient);
            setKey(p, 2, therapist);
            p.setString(3, protocolId);
            p.setString(4, protocolVersion);
            p.setString(5, devices.get());
            p.setString(6, host);
            p.setLong(7, ProcessHandle.current().pid());
            p.setLong(8, now);
            p.setLong(9, clock.originEpochMillis());
            p.setLong(10, now);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("cannot begin a session", e);
        }
        startRecorder(id);
        return new SessionInfo(Long.toString(id), patientId, therapistId, protocolId, protocolVersion, now, -1,
                SessionStatus.RECORDING);
    }

    private static void setKey(PreparedStatement p, int parameter, Long key) throws SQLException {
        if (key == null) {
            p.setNull(parameter, java.sql.Types.BIGINT);
        } else {
            p.setLong(parameter, key);
        }
    }

    private void startRecorder(long id) throws StoreException {
        DescriptorJson.prepare(); // here rather than on the recorder's thread when the first stream opens
        SessionWriter writer;
        try {
            writer = new SessionWriter(database, id, devices);
        } catch (SQLException e) {
            markInterrupted(id);
            throw failure("cannot start recording session " + id, e);
        }
        var recorder = new Recorder(Long.toString(id), writer, clock);
        Subscription subscription = bus.subscribe(RECORDER_NAME + " " + id, recorder, RECORDER_RING_SLOTS);
        active = new Active(id, recorder, subscription);
        recording = active;
    }

    @Override
    public synchronized SessionInfo endSession(String sessionId) throws StoreException {
        long id = sessionKey(sessionId);
        if (active == null || active.id != id) {
            SessionInfo info = session(sessionId).orElseThrow(() -> new StoreException("unknown session " + sessionId));
            if (info.status() == SessionStatus.RECORDING) {
                throw new StoreException("session " + sessionId + " is not being recorded by this host");
            }
            return info;
        }
        stopRecorder();
        try (PreparedStatement p = connection.prepareStatement(
                "UPDATE sessions SET status = 'COMPLETE', end_ms = ?, alive_ms = ? WHERE id = ?")) {
            long now = System.currentTimeMillis();
            p.setLong(1, now);
            p.setLong(2, now);
            p.setLong(3, id);
            p.executeUpdate();
        } catch (SQLException e) {
            throw failure("cannot complete session " + sessionId, e);
        }
        return session(sessionId).orElseThrow();
    }

    /** Lets the recorder store what is still in its rings for streams that have ended, then stops it. */
    private void stopRecorder() {
        Active ending = active;
        active = null;
        recording = null;
        long deadline = System.currentTimeMillis() + DRAIN_MILLIS;
        while (endedButNotRecorded(ending.recorder) && System.currentTimeMillis() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
        }
        ending.subscription.close();
        if (!ending.recorder.finish()) {
            LOG.log(Level.ERROR, "session " + ending.id + " ended while recording was paused: "
                    + ending.recorder.alarm().orElse("database error"));
        }
    }

    private boolean endedButNotRecorded(Recorder recorder) {
        List<Integer> open = bus.openStreams().stream().map(StreamInfo::streamId).toList();
        for (int id = 0; id < 1024; id++) {
            if (recorder.hasOpenStream(id) && !open.contains(id)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public synchronized Optional<SessionInfo> session(String sessionId) throws StoreException {
        long id;
        try {
            id = sessionKey(sessionId);
        } catch (StoreException e) {
            return Optional.empty();
        }
        List<SessionInfo> found = querySessions("WHERE s.id = ?", id);
        return found.stream().findFirst();
    }

    @Override
    public synchronized List<SessionInfo> sessions(String patientId) throws StoreException {
        if (patientId == null) {
            return querySessions("", null);
        }
        long patient = patientKey(patientId).orElseThrow(() -> new StoreException("unknown patient " + patientId));
        return querySessions("WHERE s.patient_id = ?", patient);
    }

    private List<SessionInfo> querySessions(String where, Long key) throws StoreException {
        String sql = "SELECT s.id, p.code, s.protocol_id, s.protocol_version, s.start_ms, s.end_ms, s.status, t.code, "
                + "s.start_date_known "
                + "FROM sessions s LEFT JOIN patients p ON p.id = s.patient_id "
                + "LEFT JOIN therapists t ON t.id = s.therapist_id " + where
                + " ORDER BY s.start_ms DESC, s.id DESC";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            if (key != null) {
                p.setLong(1, key);
            }
            List<SessionInfo> list = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    long end = rs.getLong(6);
                    if (rs.wasNull()) { // still recording: wasNull answers for the column read last
                        end = -1;
                    }
                    list.add(new SessionInfo(Long.toString(rs.getLong(1)), nonNull(rs.getString(2)),
                            nonNull(rs.getString(8)), rs.getString(3), rs.getString(4), rs.getLong(5), end,
                            SessionStatus.valueOf(rs.getString(7)), rs.getBoolean(9)));
                }
            }
            return list;
        } catch (SQLException e) {
            throw failure("cannot read sessions", e);
        }
    }

    /** Sessions left RECORDING by a recorder that is gone become INTERRUPTED, ending at their last chunk. */
    private void recoverInterrupted() throws StoreException {
        long now = System.currentTimeMillis();
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT id, recorder_host, recorder_pid, alive_ms, start_ms FROM sessions WHERE status = 'RECORDING'");
                ResultSet rs = p.executeQuery()) {
            List<Long> dead = new ArrayList<>();
            while (rs.next()) {
                boolean local = host.equals(rs.getString(2));
                if (local ? !Hosts.alive(rs.getLong(3), rs.getLong(5)) : now - rs.getLong(4) > FOREIGN_SILENCE_MILLIS) {
                    dead.add(rs.getLong(1));
                }
            }
            for (long id : dead) {
                markInterrupted(id);
                LOG.log(Level.WARNING, "session " + id + " was interrupted (its recorder stopped without ending it); "
                        + "everything it stored is kept");
            }
        } catch (SQLException e) {
            throw failure("cannot check for interrupted sessions", e);
        }
    }

    private void markInterrupted(long id) throws StoreException {
        try (PreparedStatement p = connection.prepareStatement("UPDATE sessions SET status = 'INTERRUPTED', "
                + "end_ms = COALESCE(clock_origin_ms + (SELECT MAX(c.last_arrival_ns) FROM chunks c "
                + "JOIN streams st ON st.id = c.stream_id WHERE st.session_id = sessions.id) / 1000000, alive_ms) "
                + "WHERE id = ? AND status = 'RECORDING'")) {
            p.setLong(1, id);
            p.executeUpdate();
        } catch (SQLException e) {
            throw failure("cannot mark session " + id + " interrupted", e);
        }
    }

    // ---- therapists

    @Override
    public synchronized Therapist addTherapist(Therapist therapist) throws StoreException {
        return therapists.add(therapist);
    }

    @Override
    public synchronized Optional<Therapist> therapist(String code) throws StoreException {
        return therapists.list(code).stream().findFirst();
    }

    @Override
    public synchronized List<Therapist> therapists() throws StoreException {
        return therapists.list(null);
    }

    // ---- patients

    @Override
    public synchronized Patient addPatient(Patient patient) throws StoreException {
        if (patientKey(patient.code()).isPresent()) {
            throw new StoreException("patient " + patient.code() + " is already registered");
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO patients (code, name, birth_date, consent, "
                + "consent_date, created_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setString(1, patient.code());
            p.setString(2, patient.name().orElse(null));
            p.setDate(3, patient.birthDate().map(Date::valueOf).orElse(null));
            p.setBoolean(4, patient.consent());
            p.setDate(5, patient.consentDate().map(Date::valueOf).orElse(null));
            p.setLong(6, System.currentTimeMillis());
            p.executeUpdate();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) { // another room registered the same code meanwhile
                throw new StoreException("patient " + patient.code() + " is already registered", e);
            }
            throw failure("cannot register patient " + patient.code(), e);
        }
        return patient;
    }

    @Override
    public synchronized Optional<Patient> patient(String code) throws StoreException {
        return queryPatients("WHERE code = ?", code).stream().findFirst();
    }

    @Override
    public synchronized List<Patient> patients() throws StoreException {
        return queryPatients("", null);
    }

    private List<Patient> queryPatients(String where, String code) throws StoreException {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT code, name, birth_date, consent, consent_date FROM patients " + where + " ORDER BY code")) {
            if (code != null) {
                p.setString(1, code);
            }
            List<Patient> list = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    list.add(new Patient(rs.getString(1), Optional.ofNullable(rs.getString(2)),
                            Optional.ofNullable(rs.getDate(3)).map(Date::toLocalDate), rs.getBoolean(4),
                            Optional.ofNullable(rs.getDate(5)).map(Date::toLocalDate)));
                }
            }
            return list;
        } catch (SQLException e) {
            throw failure("cannot read patients", e);
        }
    }

    private Optional<Long> patientKey(String code) throws StoreException {
        try (PreparedStatement p = connection.prepareStatement("SELECT id FROM patients WHERE code = ?")) {
            p.setString(1, code);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("cannot look up patient " + code, e);
        }
    }

    private static long sessionKey(String sessionId) throws StoreException {
        try {
            return Long.parseLong(sessionId);
        } catch (NumberFormatException e) {
            throw new StoreException("unknown session " + sessionId + " (session ids are numbers)");
        }
    }

    // ---- transfer

    /**
     * The key of the patient an import belongs to: null for "" (none).
     *
     * @throws StoreException the patient is not registered
     */
    synchronized Long patientKeyForImport(String patientCode) throws StoreException {
        return patientCode.isEmpty() ? null : patientKey(patientCode).orElseThrow(() -> new StoreException(
                "unknown patient " + patientCode + " (register with: myofuse patients add " + patientCode + ")"));
    }

    /** Stores a recording as a new session in one transaction: all of it, or on any error nothing. */
    SessionInfo storeRecording(Recording recording, Long patient, String protocolId, String what,
            SessionTransfer.Progress progress)
            throws StoreException {
        long id;
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try {
                id = new RecordingImport(c, progress).store(recording, patient, protocolId);
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure("cannot import " + what, e);
        } catch (FormatException e) { // already names the file and where in it
            throw new StoreException("cannot import " + firstLine(e), e);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("cannot import " + what + ": " + firstLine(e), e);
        }
        return session(Long.toString(id)).orElseThrow();
    }

    // ---- recording health

    @Override
    public synchronized boolean recordingHealthy() {
        return active == null || active.recorder.healthy();
    }

    @Override
    public synchronized Optional<String> recordingAlarm() {
        return active == null ? Optional.empty() : active.recorder.alarm();
    }

    /** Whether this store is recording that session now. */
    public boolean isRecording(String sessionId) {
        Active now = recording;
        return now != null && Long.toString(now.id).equals(sessionId);
    }

    /** The recorder of the session being recorded, for tests and benchmarks. */
    synchronized Optional<Recorder> activeRecorder() {
        return Optional.ofNullable(active).map(Active::recorder);
    }

    /** A new connection to the same database, for readers (exports, tests). */
    public Connection newConnection() throws SQLException {
        return database.connect();
    }

    /** Ends a session still being recorded (as complete) and closes the connection. */
    @Override
    public synchronized void close() {
        if (active != null) {
            try {
                endSession(Long.toString(active.id));
            } catch (StoreException e) {
                LOG.log(Level.ERROR, e.getMessage());
            }
        }
        // shutdown, not shutdownNow: the timer may be in H2 I/O, and an interrupt would close the file
        journalTimer.shutdown();
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "closing database " + where() + ": " + firstLine(e));
        }
    }

    StoreException failure(String doing, SQLException e) {
        return new StoreException(doing + " in database " + where() + ": " + firstLine(e), e);
    }

    static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
