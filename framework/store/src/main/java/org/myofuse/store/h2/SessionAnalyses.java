package org.myofuse.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.store.Assessment;
import org.myofuse.api.store.Program;
import org.myofuse.api.store.StoredEvent;

/**
 * The SQL of a session's review: analysis results, assessments, device lines and programs. Works on
 * the connection it is given; the caller owns transactions where several statements must hold
 * together. Session and patient keys are resolved by the caller.
 */
final class SessionAnalyses {

    static final String ORIGIN_RECORDED = "recorded";
    static final String ORIGIN_ANALYSIS = "analysis";
    private static final int MAX_DETAIL = 2000;

    /** A detail as the events table holds it (its column is 2000 characters). */
    static String clip(String detail) {
        return detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail;
    }

    private final Connection connection;

    SessionAnalyses(Connection connection) {
        this.connection = connection;
    }

    /** Replaces the summary and the analysis events of a session; call inside a transaction. */
    void save(long session, String summaryJson, List<TherapyEvent> events) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM events WHERE session_id = ? AND origin = ?")) {
            p.setLong(1, session);
            p.setString(2, ORIGIN_ANALYSIS);
            p.executeUpdate();
        }
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM summaries WHERE session_id = ?")) {
            p.setLong(1, session);
            p.executeUpdate();
        }
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO summaries (session_id, summary_json, created_ms) VALUES (?, ?, ?)")) {
            p.setLong(1, session);
            p.setString(2, summaryJson);
            p.setLong(3, System.currentTimeMillis());
            p.executeUpdate();
        }
        insertEvents(session, events);
    }

    /**
     * A replay delivers the recorded arrival times, so the analysis's event times are already on the
     * recording's session clock, the clock {@code events.time_ns} is on.
     */
    private void insertEvents(long session, List<TherapyEvent> events) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO events (session_id, time_ns, type, source, "
                + "num_value, unit, detail, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TherapyEvent e : events) {
                p.setLong(1, session);
                p.setLong(2, e.sessionNanos());
                p.setString(3, e.type().name());
                p.setString(4, e.source());
                if (Double.isFinite(e.value())) {
                    p.setDouble(5, e.value());
                } else {
                    p.setNull(5, Types.DOUBLE);
                }
                p.setString(6, e.unit());
                p.setString(7, clip(e.detail()));
                p.setString(8, ORIGIN_ANALYSIS);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    Optional<String> summary(long session) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT summary_json FROM summaries WHERE session_id = ?")) {
            p.setLong(1, session);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** Events in time order; times in seconds on the session clock, the clock fused frames are on. */
    List<StoredEvent> events(long session) throws SQLException {
        List<StoredEvent> list = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT time_ns, type, source, num_value, unit, detail, "
                + "origin FROM events WHERE session_id = ? ORDER BY time_ns, id")) {
            p.setLong(1, session);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    double value = rs.getDouble(4);
                    if (rs.wasNull()) {
                        value = Double.NaN;
                    }
                    list.add(new StoredEvent(rs.getLong(1) / 1e9, rs.getString(2), nonNull(rs.getString(3)), value,
                            nonNull(rs.getString(5)), nonNull(rs.getString(6)), rs.getString(7)));
                }
            }
        }
        return list;
    }

    Optional<Assessment> assessment(long session) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT pain_before, pain_after FROM assessments WHERE session_id = ?")) {
            p.setLong(1, session);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Assessment(Long.toString(session), score(rs, 1), score(rs, 2)));
            }
        }
    }

    /** Merges new scores into the session's row; call inside a transaction. */
    Assessment assess(long session, OptionalInt before, OptionalInt after) throws SQLException {
        Optional<Assessment> old = assessment(session);
        OptionalInt b = before.isPresent() ? before : old.map(Assessment::painBefore).orElse(OptionalInt.empty());
        OptionalInt a = after.isPresent() ? after : old.map(Assessment::painAfter).orElse(OptionalInt.empty());
        String sql = old.isPresent()
                ? "UPDATE assessments SET pain_before = ?, pain_after = ?, created_ms = ? WHERE session_id = ?"
                : "INSERT INTO assessments (pain_before, pain_after, created_ms, session_id) VALUES (?, ?, ?, ?)";
        try (PreparedStatement p = connection.prepareStatement(sql)) {
            setScore(p, 1, b);
            setScore(p, 2, a);
            p.setLong(3, System.currentTimeMillis());
            p.setLong(4, session);
            p.executeUpdate();
        }
        return new Assessment(Long.toString(session), b, a);
    }

    List<String> deviceLines(long session) throws SQLException {
        List<String> lines = new ArrayList<>();
        for (StoredStreams.Stream s : new StoredStreams(connection).streams(session)) {
            DeviceDescriptor d = DescriptorJson.parse(s.descriptorJson());
            lines.add(String.format(Locale.ROOT, "%s: %s %s, firmware %s, serial %s, %d channels at %s Hz",
                    DeviceInfo.configuredName(s.deviceId()), d.vendor(), d.model(), d.firmware(),
                    d.serialNumber(), s.channels(),
                    trimmed(s.sampleRateHz())));
        }
        return lines;
    }

    Optional<Program> program(long patient) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT weeks, sessions_per_week, start_date, protocol_id, "
                + "plan_id FROM programs WHERE patient_id = ? ORDER BY id DESC")) {
            p.setLong(1, patient);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new Program(rs.getInt(1), rs.getInt(2), rs.getDate(3).toLocalDate(),
                        nonNull(rs.getString(4)), nonNull(rs.getString(5)))) : Optional.empty();
            }
        }
    }

    /** Replaces the patient's program; call inside a transaction. */
    void setProgram(long patient, Program program) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "UPDATE sessions SET program_id = NULL WHERE program_id IN (SELECT id FROM programs WHERE patient_id = ?)")) {
            p.setLong(1, patient);
            p.executeUpdate();
        }
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM programs WHERE patient_id = ?")) {
            p.setLong(1, patient);
            p.executeUpdate();
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO programs (patient_id, weeks, "
                + "sessions_per_week, start_date, protocol_id, plan_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, patient);
            p.setInt(2, program.weeks());
            p.setInt(3, program.sessionsPerWeek());
            p.setDate(4, java.sql.Date.valueOf(program.startDate()));
            p.setString(5, program.protocolId().isEmpty() ? null : program.protocolId());
            p.setString(6, program.planId().isEmpty() ? null : program.planId());
            p.executeUpdate();
        }
    }

    private static OptionalInt score(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
    }

    private static void setScore(PreparedStatement p, int index, OptionalInt score) throws SQLException {
        if (score.isPresent()) {
            p.setInt(index, score.getAsInt());
        } else {
            p.setNull(index, Types.SMALLINT);
        }
    }

    private static String trimmed(double hz) {
        return hz == Math.rint(hz) ? Long.toString((long) hz) : Double.toString(hz);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
