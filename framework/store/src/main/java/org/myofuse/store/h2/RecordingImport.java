package org.myofuse.store.h2;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;

import org.myofuse.api.recording.Annotation;
import org.myofuse.api.recording.FrameReader;
import org.myofuse.api.recording.Gap;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;
import org.myofuse.api.store.SessionTransfer;
import org.myofuse.store.codec.ChunkCodec;

/**
 * Stores a recording read from a file as a COMPLETE session, on the caller's connection in one
 * transaction (the caller commits or rolls back). Frames go through the recorder's {@link ChunkCodec}
 * in chunks of at most one second that never span a gap, so replay and export read an import exactly
 * as they read a live recording. The session clock's origin is the recording start: a stream's first
 * chunk arrives at its start offset, later chunks at their sample times.
 */
final class RecordingImport {

    /** Cause stored with gaps whose file did not name one. */
    static final String UNKNOWN_CAUSE = "IMPORTED";
    /** Source of the events made from a file's annotations. */
    static final String EVENT_SOURCE = "import";

    private final Connection connection;
    private final ChunkCodec codec = new ChunkCodec();
    private final SessionTransfer.Progress progress;
    private long done;
    private long total;

    RecordingImport(Connection connection, SessionTransfer.Progress progress) {
        this.connection = connection;
        this.progress = progress;
    }

    /** Inserts the session and everything in it; returns the new session's key. */
    long store(Recording recording, Long patientKey, String protocolId) throws SQLException, IOException {
        total = recording.streams().stream().mapToLong(RecordedStream::frameCount).sum();
        long start = recording.startEpochMillis();
        long end = start;
        for (RecordedStream s : recording.streams()) {
            end = Math.max(end, s.startEpochMillis() + Math.round(s.spanFrames() * 1000.0 / s.sampleRateHz()));
        }
        long session = insertSession(patientKey, protocolId, start, end, recording.startDateKnown());
        for (int i = 0; i < recording.streams().size(); i++) {
            storeStream(session, i, recording.streams().get(i), start);
        }
        for (Annotation a : recording.annotations()) {
            insertEvent(session, a);
        }
        codec.close();
        return session;
    }

    private long insertSession(Long patientKey, String protocolId, long start, long end, boolean dateKnown)
            throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO sessions (patient_id, protocol_id, "
                + "protocol_version, devices_json, recorder_host, recorder_pid, alive_ms, clock_origin_ms, start_ms, "
                + "end_ms, status, start_date_known) VALUES (?, ?, '', '[]', ?, ?, ?, ?, ?, ?, 'COMPLETE', ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            if (patientKey == null) {
                p.setNull(1, Types.BIGINT);
            } else {
                p.setLong(1, patientKey);
            }
            p.setString(2, protocolId);
            p.setString(3, Hosts.localName());
            p.setLong(4, ProcessHandle.current().pid());
            p.setLong(5, System.currentTimeMillis());
            p.setLong(6, start);
            p.setLong(7, start);
            p.setLong(8, end);
            p.setBoolean(9, dateKnown);
            p.executeUpdate();
            return generatedKey(p);
        }
    }

    private void storeStream(long session, int ordinal, RecordedStream s, long recordingStart)
            throws SQLException, IOException {
        long offsetNs = (s.startEpochMillis() - recordingStart) * 1_000_000L;
        long streamKey;
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO streams (session_id, bus_stream, device_id, "
                + "device_type, channels, sample_rate_hz, descriptor_json, opened_ns, closed_ns, close_reason) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'imported')", Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, session);
            p.setInt(2, ordinal);
            p.setString(3, s.deviceId());
            p.setString(4, s.device().typeId());
            p.setInt(5, s.channels());
            p.setDouble(6, s.sampleRateHz());
            p.setString(7, DescriptorJson.write(s.deviceId(), s.device(), chunkFrames(s)));
            p.setLong(8, offsetNs);
            p.setLong(9, offsetNs + nanosAt(s, s.spanFrames()));
            p.executeUpdate();
            streamKey = generatedKey(p);
        }
        storeChunks(streamKey, s, offsetNs);
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO gaps (stream_id, first_index, samples, cause, arrival_ns) VALUES (?, ?, ?, ?, ?)")) {
            for (Gap g : s.gaps()) {
                p.setLong(1, streamKey);
                p.setLong(2, g.firstIndex());
                p.setLong(3, g.count());
                p.setString(4, cause(g.cause()));
                p.setLong(5, offsetNs + nanosAt(s, g.endIndex()));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    /** One second of frames per chunk, like the recorder, but at least one frame. */
    private static int chunkFrames(RecordedStream s) {
        return (int) Math.max(1, Math.min(1 << 20, Math.floor(s.sampleRateHz())));
    }

    private static long nanosAt(RecordedStream s, long index) {
        return Math.round(index * 1e9 / s.sampleRateHz());
    }

    private static String cause(String cause) {
        String c = cause.isBlank() ? UNKNOWN_CAUSE : cause.strip();
        return c.length() > 32 ? c.substring(0, 32) : c;
    }

    /** Pulls the frames in index order and cuts them into chunks at one second and at every gap. */
    private void storeChunks(long streamKey, RecordedStream s, long offsetNs) throws SQLException, IOException {
        int channels = s.channels();
        int max = chunkFrames(s);
        float[] buffer = new float[max * channels];
        long index = 0;
        int gap = 0;
        try (FrameReader reader = new ReadingAhead(s.frames().open(), channels, max, s.frameCount(), s.deviceId());
                PreparedStatement p = connection.prepareStatement("INSERT INTO chunks (stream_id, first_index, frames, "
                        + "first_arrival_ns, last_arrival_ns, quality, codec, payload) VALUES (?, ?, ?, ?, ?, 0, ?, ?)")) {
            long remaining = s.frameCount();
            while (remaining > 0) {
                while (gap < s.gaps().size() && s.gaps().get(gap).firstIndex() <= index) {
                    index = Math.max(index, s.gaps().get(gap).endIndex());
                    gap++;
                }
                long untilGap = gap < s.gaps().size() ? s.gaps().get(gap).firstIndex() - index : Long.MAX_VALUE;
                int want = (int) Math.min(Math.min(max, untilGap), remaining);
                int got = fill(reader, buffer, want, s);
                p.setLong(1, streamKey);
                p.setLong(2, index);
                p.setInt(3, got);
                p.setLong(4, offsetNs + nanosAt(s, index));
                p.setLong(5, offsetNs + nanosAt(s, index + got - 1));
                p.setInt(6, ChunkCodec.DELTA_PLANES_DEFLATE);
                p.setBytes(7, codec.encode(buffer, got, channels));
                p.executeUpdate();
                index += got;
                remaining -= got;
                done += got;
                progress.progress(done, total);
            }
            if (reader.read(buffer, 0, 1) != -1) {
                throw new IOException("stream " + s.deviceId() + " delivers more than its " + s.frameCount() + " frames");
            }
        }
    }

    private static int fill(FrameReader reader, float[] buffer, int want, RecordedStream s) throws IOException {
        int got = 0;
        while (got < want) {
            int n = reader.read(buffer, got, want - got);
            if (n < 0) {
                throw new IOException("stream " + s.deviceId() + " ends before its " + s.frameCount() + " frames");
            }
            got += n;
        }
        return got;
    }

    private void insertEvent(long session, Annotation a) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO events (session_id, time_ns, type, source, "
                + "num_value, unit, detail) VALUES (?, ?, 'ANNOTATION', ?, ?, ?, ?)")) {
            p.setLong(1, session);
            p.setLong(2, Math.round(a.onsetSeconds() * 1e9));
            p.setString(3, EVENT_SOURCE);
            if (a.durationSeconds() > 0) {
                p.setDouble(4, a.durationSeconds());
                p.setString(5, "s");
            } else {
                p.setNull(4, Types.DOUBLE);
                p.setNull(5, Types.VARCHAR);
            }
            String text = a.text();
            p.setString(6, text.length() > 2000 ? text.substring(0, 2000) : text);
            p.executeUpdate();
        }
    }

    private static long generatedKey(PreparedStatement p) throws SQLException {
        try (ResultSet keys = p.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
