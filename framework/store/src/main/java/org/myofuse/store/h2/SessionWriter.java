package org.myofuse.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.store.recorder.RecordingSink;

/**
 * The recorder's connection to the database: one connection whose transaction collects the chunks of
 * a recording round until the recorder commits; streams and gaps commit at once. Used by the recorder's
 * dispatch thread only.
 */
final class SessionWriter implements RecordingSink {

    private final Database database;
    private final long session;
    private final java.util.function.Supplier<String> devices;
    private Connection connection;
    private long lastBeatMillis;
    private PreparedStatement insertChunk;
    private PreparedStatement insertGap;
    private PreparedStatement insertEntry;
    private java.util.Optional<FileCompaction> compaction = java.util.Optional.empty();
    private long lastCompactionMillis;

    /** Heartbeat period: other hosts sharing the database treat a session silent for a minute as interrupted. */
    static final long BEAT_MILLIS = 5_000;
    /** How often a compaction step runs while recording (see {@link FileCompaction}). */
    static final long COMPACTION_STEP_MILLIS = 5_000;
    /** Time allowed for compacting the file when the session ends; the rest waits for the next session or close. */
    static final int SESSION_END_COMPACTION_MILLIS = 5_000;

    SessionWriter(Database database, long session, java.util.function.Supplier<String> devices) throws SQLException {
        this.database = database;
        this.session = session;
        this.devices = devices;
        connect();
    }

    private void connect() throws SQLException {
        connection = database.connect();
        connection.setAutoCommit(false);
        insertChunk = connection.prepareStatement("INSERT INTO chunks (stream_id, first_index, frames, "
                + "first_arrival_ns, last_arrival_ns, quality, codec, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        insertGap = connection.prepareStatement(
                "INSERT INTO gaps (stream_id, first_index, samples, cause, arrival_ns) VALUES (?, ?, ?, ?, ?)");
        insertEntry = connection.prepareStatement("INSERT INTO events (session_id, time_ns, type, source, num_value, "
                + "unit, detail, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        compaction = FileCompaction.of(connection);
        lastCompactionMillis = System.currentTimeMillis();
    }

    @Override
    public long openStream(StreamInfo stream) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO streams (session_id, bus_stream, device_id, "
                + "device_type, channels, sample_rate_hz, descriptor_json, opened_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, session);
            p.setInt(2, stream.streamId());
            p.setString(3, stream.deviceId());
            p.setString(4, stream.descriptor().typeId());
            p.setInt(5, stream.channels());
            p.setDouble(6, stream.sampleRateHz());
            p.setString(7, DescriptorJson.write(stream));
            p.setLong(8, stream.openedNanos());
            p.executeUpdate();
            long key;
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                key = keys.getLong(1);
            }
            updateDevices();
            connection.commit();
            return key;
        }
    }

    /** Records the devices (types, driver bundle versions) as they are now that another stream opened. */
    private void updateDevices() throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("UPDATE sessions SET devices_json = ? WHERE id = ?")) {
            p.setString(1, devices.get());
            p.setLong(2, session);
            p.executeUpdate();
        }
    }

    /** In its own transaction after a commit, so the session's row is never locked while chunks are written. */
    private void beat() throws SQLException {
        long now = System.currentTimeMillis();
        if (now - lastBeatMillis < BEAT_MILLIS) {
            return;
        }
        try (PreparedStatement p = connection.prepareStatement("UPDATE sessions SET alive_ms = ? WHERE id = ?")) {
            p.setLong(1, now);
            p.setLong(2, session);
            p.executeUpdate();
        }
        connection.commit();
        lastBeatMillis = now;
    }

    @Override
    public void writeChunk(long stream, long firstIndex, int frames, long firstArrivalNanos, long lastArrivalNanos,
            int quality, int codec, byte[] payload) throws SQLException {
        insertChunk.setLong(1, stream);
        insertChunk.setLong(2, firstIndex);
        insertChunk.setInt(3, frames);
        insertChunk.setLong(4, firstArrivalNanos);
        insertChunk.setLong(5, lastArrivalNanos);
        insertChunk.setInt(6, quality);
        insertChunk.setInt(7, codec);
        insertChunk.setBytes(8, payload);
        insertChunk.executeUpdate();
    }

    @Override
    public void commit() throws SQLException {
        connection.commit();
        try {
            beat();
        } catch (SQLException e) {
            // The chunks are committed: a failure that lasts shows on the next write, which pauses recording.
        }
        compactionStep();
    }

    /** Runs after a commit, so a step delays only the recorder, never a stored chunk. */
    private void compactionStep() {
        long now = System.currentTimeMillis();
        if (compaction.isPresent() && now - lastCompactionMillis >= COMPACTION_STEP_MILLIS) {
            compaction.get().step();
            lastCompactionMillis = System.currentTimeMillis();
        }
    }

    @Override
    public void writeEntry(JournalEntry entry) throws SQLException {
        insertEntry.setLong(1, session);
        insertEntry.setLong(2, entry.sessionNanos());
        insertEntry.setString(3, entry.type());
        insertEntry.setString(4, entry.source());
        if (Double.isFinite(entry.value())) {
            insertEntry.setDouble(5, entry.value());
        } else {
            insertEntry.setNull(5, java.sql.Types.DOUBLE);
        }
        insertEntry.setString(6, entry.unit());
        insertEntry.setString(7, SessionAnalyses.clip(entry.detail()));
        insertEntry.setString(8, entry.origin());
        insertEntry.executeUpdate();
    }

    @Override
    public void writeGap(long stream, long firstIndex, long samples, String cause, long arrivalNanos)
            throws SQLException {
        insertGap.setLong(1, stream);
        insertGap.setLong(2, firstIndex);
        insertGap.setLong(3, samples);
        insertGap.setString(4, cause);
        insertGap.setLong(5, arrivalNanos);
        insertGap.executeUpdate();
        connection.commit();
    }

    @Override
    public void closeStream(long stream, long closedNanos, String reason) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "UPDATE streams SET closed_ns = ?, close_reason = ? WHERE id = ?")) {
            p.setLong(1, closedNanos);
            p.setString(2, reason.length() > 500 ? reason.substring(0, 500) : reason);
            p.setLong(3, stream);
            p.executeUpdate();
        }
        connection.commit();
    }

    @Override
    public boolean recover() {
        try {
            connection.rollback(); // the chunks of the failed round: the recorder records them as lost
            if (connection.isValid(2)) {
                try (Statement s = connection.createStatement()) {
                    s.execute("SELECT 1");
                }
                return true;
            }
        } catch (SQLException e) {
            // Reconnect below.
        }
        disconnect();
        try {
            connect();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The session has ended: compacts the file (bounded in time), then releases the connection. */
    @Override
    public void close() {
        compaction.ifPresent(c -> c.compactFile(SESSION_END_COMPACTION_MILLIS));
        disconnect();
    }

    private void disconnect() {
        try {
            connection.close();
        } catch (SQLException e) {
            // Nothing to save: every write was committed or reported already.
        }
    }
}
