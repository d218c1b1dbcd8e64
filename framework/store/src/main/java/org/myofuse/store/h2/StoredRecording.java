package org.myofuse.store.h2;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.DeviceInfo;
import org.myofuse.api.recording.Annotation;
import org.myofuse.api.recording.FrameReader;
import org.myofuse.api.recording.Gap;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;
import org.myofuse.store.codec.ChunkCodec;
import org.myofuse.store.codec.CorruptChunkException;

/**
 * A stored session as the format writers see it. Only the chunk index (first index and frame count)
 * is read up front; frames are decoded one chunk at a time while a writer pulls them, so an hour-long
 * session never sits in memory. Stream index 0 is the stream's first stored sample; holes between
 * chunks are its gaps, with the cause of the gap record that covers them.
 */
final class StoredRecording {

    private final Connection connection;

    /**
     * {@code connection} stays open while the recording is written; the caller closes it. On H2 it is
     * switched to lazy query execution: H2 otherwise builds a query's whole result before returning the
     * first row, which for a stream's chunks is every payload of the stream in memory at once (hundreds of
     * MB for an hour, measured to cost more in heap growth and page faults than the reading itself).
     */
    StoredRecording(Connection connection) throws SQLException {
        this.connection = connection;
        if (connection.getMetaData().getURL().startsWith("jdbc:h2:")) {
            try (Statement s = connection.createStatement()) {
                s.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
        }
    }

    /**
     * The session's recording.
     *
     * @throws IllegalArgumentException if there is no such session
     * @throws IllegalStateException    if it stored no frames, or its chunks overlap
     */
    Recording read(long session) throws SQLException {
        long startMs;
        long originMs;
        String patient;
        String therapist;
        try (PreparedStatement p = connection.prepareStatement("SELECT s.start_ms, s.clock_origin_ms, p.code, t.code "
                + "FROM sessions s LEFT JOIN patients p ON p.id = s.patient_id "
                + "LEFT JOIN therapists t ON t.id = s.therapist_id WHERE s.id = ?")) {
            p.setLong(1, session);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("unknown session " + session);
                }
                startMs = rs.getLong(1);
                originMs = rs.getLong(2);
                patient = rs.getString(3) == null ? "" : rs.getString(3);
                therapist = rs.getString(4) == null ? "" : rs.getString(4);
            }
        }
        List<RecordedStream> streams = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Map<String, String> nameOf = new LinkedHashMap<>();
        for (StoredStreams.Stream s : new StoredStreams(connection).streams(session)) {
            String name = uniqueName(s.deviceId(), names);
            nameOf.putIfAbsent(s.deviceId(), name);
            RecordedStream stream = stream(s, originMs, name);
            if (stream != null) {
                streams.add(stream);
            }
        }
        if (streams.isEmpty()) {
            throw new IllegalStateException("session " + session + " has no stored samples to export");
        }
        return new Recording(Long.toString(session), patient, therapist, startMs, streams,
                annotations(session, startMs, originMs, nameOf));
    }

    /**
     * The name a stream goes by in files and messages: the device's configured name (the id is its
     * configuration PID, which no one reads). Should two streams have one name (two device types
     * configured under one name, or one device reconnected as a new stream), the later ones get
     * {@code -2}, {@code -3}, ... so each file name stays its own.
     */
    static String uniqueName(String deviceId, Set<String> used) {
        String name = DeviceInfo.configuredName(deviceId);
        String unique = name;
        for (int n = 2; !used.add(unique); n++) {
            unique = name + "-" + n;
        }
        return unique;
    }

    /** A stream named {@code name}, with its gaps from the chunk index, or null if no chunk was stored. */
    private RecordedStream stream(StoredStreams.Stream s, long originMs, String name) throws SQLException {
        List<long[]> ranges = new ArrayList<>(); // first index, frames
        long firstArrivalNs = 0;
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT first_index, frames, first_arrival_ns FROM chunks WHERE stream_id = ? "
                + "ORDER BY stream_id, first_index")) { // from the index chunks_extent, in its order
            p.setLong(1, s.key());
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    if (ranges.isEmpty()) {
                        firstArrivalNs = rs.getLong(3);
                    }
                    ranges.add(new long[] { rs.getLong(1), rs.getInt(2) });
                }
            }
        }
        if (ranges.isEmpty()) {
            return null;
        }
        DeviceDescriptor device = DescriptorJson.parse(s.descriptorJson());
        long base = ranges.get(0)[0];
        List<StoredStreams.Gap> records = new StoredStreams(connection).gaps(s);
        List<Gap> gaps = new ArrayList<>();
        long frames = 0;
        long expected = base;
        for (long[] r : ranges) {
            if (r[0] < expected) {
                throw new IllegalStateException("stream " + name + ": chunk at index " + r[0]
                        + " overlaps the chunk before it");
            }
            if (r[0] > expected) {
                gaps.add(new Gap(expected - base, r[0] - expected, causeAt(records, expected)));
            }
            frames += r[1];
            expected = r[0] + r[1];
        }
        long startMs = originMs + Math.round(firstArrivalNs / 1e6);
        return new RecordedStream(name, device, startMs, s.sampleRateHz(), frames, gaps,
                () -> new ChunkReader(s, base, name));
    }

    private static String causeAt(List<StoredStreams.Gap> records, long index) {
        for (StoredStreams.Gap g : records) {
            if (index >= g.firstIndex() && index < g.firstIndex() + g.samples()) {
                return g.cause();
            }
        }
        return "";
    }

    /**
     * The session's events as annotations, every device id in their text (an event's source, a detail
     * naming a channel) replaced by the name the device's stream goes by.
     */
    private List<Annotation> annotations(long session, long startMs, long originMs, Map<String, String> nameOf)
            throws SQLException {
        List<Annotation> list = new ArrayList<>();
        try (PreparedStatement p = connection.prepareStatement("SELECT time_ns, type, source, num_value, unit, detail "
                + "FROM events WHERE session_id = ? ORDER BY time_ns, id")) {
            p.setLong(1, session);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    double onset = (originMs - startMs) / 1000.0 + rs.getLong(1) / 1e9;
                    Annotation a = annotation(rs, onset);
                    list.add(new Annotation(a.onsetSeconds(), a.durationSeconds(), named(a.text(), nameOf)));
                }
            }
        }
        return list;
    }

    private static String named(String text, Map<String, String> nameOf) {
        String named = text;
        for (Map.Entry<String, String> e : nameOf.entrySet()) {
            if (!e.getKey().equals(e.getValue())) {
                named = named.replace(e.getKey(), e.getValue());
            }
        }
        return named;
    }

    /** An imported annotation comes back as it was; other events become one line of text. */
    private static Annotation annotation(ResultSet rs, double onset) throws SQLException {
        if ("ANNOTATION".equals(rs.getString(2)) && rs.getString(6) != null && !rs.getString(6).isBlank()) {
            double duration = rs.getDouble(4);
            boolean timed = !rs.wasNull() && "s".equals(rs.getString(5)) && duration > 0;
            return new Annotation(onset, timed ? duration : 0, rs.getString(6).replaceAll("[\\r\\n]+", " ").strip());
        }
        return new Annotation(onset, 0, eventText(rs));
    }

    /** One line: type, value and unit, detail; the source where it is not the session itself. */
    private static String eventText(ResultSet rs) throws SQLException {
        StringBuilder b = new StringBuilder(rs.getString(2));
        double value = rs.getDouble(4);
        if (!rs.wasNull()) {
            b.append(' ').append(String.format(Locale.ROOT, "%s", value));
            String unit = rs.getString(5);
            if (unit != null && !unit.isBlank()) {
                b.append(' ').append(unit);
            }
        }
        String detail = rs.getString(6);
        if (detail != null && !detail.isBlank()) {
            b.append(": ").append(detail);
        }
        String source = rs.getString(3);
        if (source != null && !source.isBlank() && !source.equals(RecordingImport.EVENT_SOURCE)) {
            b.append(" (").append(source).append(')');
        }
        return b.toString().replaceAll("[\\r\\n]+", " ").strip();
    }

    /**
     * Decodes a stream's chunks in index order, a few chunks ahead of the writer. The query is written for H2's planner:
     * with {@code ORDER BY first_index} alone it sorts (it does not see that the equality on
     * {@code stream_id} makes the unique index's order the wanted one), and a sort reads the whole
     * stream, every payload, before returning the first row; with the stream in the order and a
     * condition on both columns, it walks the unique index of {@code (stream_id, first_index)}.
     */
    private final class ChunkReader implements FrameReader {
        private final StoredStreams.Stream stream;
        private final String name;
        private final PreparedStatement query;
        private final ResultSet rows;
        private final DecodingAhead decoding;
        private boolean rowsLeft = true;
        private DecodingAhead.Slot current;
        private int next;

        ChunkReader(StoredStreams.Stream stream, long firstIndex, String name) throws IOException {
            this.stream = stream;
            this.name = name;
            try {
                query = connection.prepareStatement("SELECT first_index, frames, codec, payload FROM chunks "
                        + "WHERE stream_id = ? AND first_index >= ? ORDER BY stream_id, first_index");
                query.setLong(1, stream.key());
                query.setLong(2, firstIndex);
                rows = query.executeQuery();
            } catch (SQLException e) {
                throw new IOException("cannot read the chunks of stream " + name + ": "
                        + H2SessionStore.firstLine(e), e);
            }
            decoding = new DecodingAhead(stream.channels());
        }

        @Override
        public int read(float[] into, int offsetFrames, int maxFrames) throws IOException {
            if ((current == null || next == current.frames) && !nextChunk()) {
                return -1;
            }
            int n = Math.min(maxFrames, current.frames - next);
            int channels = stream.channels();
            System.arraycopy(current.samples, next * channels, into, offsetFrames * channels, n * channels);
            next += n;
            return n;
        }

        private boolean nextChunk() throws IOException {
            if (current != null) {
                decoding.recycle(current);
                current = null;
            }
            try {
                readAhead();
                if (!decoding.hasPending()) {
                    return false;
                }
                current = decoding.next();
                next = 0;
                return true;
            } catch (SQLException e) {
                throw new IOException("cannot read the chunks of stream " + name + ": "
                        + H2SessionStore.firstLine(e), e);
            } catch (CorruptChunkException e) {
                throw new IOException("stream " + name + ": " + e.getMessage(), e);
            }
        }

        /** Reads rows into the idle slots and hands them to the decoding thread. */
        private void readAhead() throws SQLException, IOException {
            for (DecodingAhead.Slot slot = decoding.idleSlot(); slot != null; slot = decoding.idleSlot()) {
                if (!rowsLeft || !rows.next()) {
                    rowsLeft = false;
                    decoding.recycle(slot);
                    return;
                }
                slot.frames = rows.getInt(2);
                if (rows.getInt(3) != ChunkCodec.DELTA_PLANES_DEFLATE) {
                    decoding.recycle(slot);
                    throw new IOException("stream " + name + ": chunk at index " + rows.getLong(1)
                            + " uses unknown codec " + rows.getInt(3));
                }
                readPayload(slot);
                decoding.submit(slot);
            }
        }

        /** Into the slot's reused buffer: an hour's payloads allocated anew were half a GB of garbage. */
        private void readPayload(DecodingAhead.Slot slot) throws SQLException, IOException {
            try (InputStream in = rows.getBinaryStream(4)) {
                int length = 0;
                while (true) {
                    if (length == slot.payload.length) {
                        slot.payload = Arrays.copyOf(slot.payload, 2 * slot.payload.length);
                    }
                    int n = in.read(slot.payload, length, slot.payload.length - length);
                    if (n < 0) {
                        slot.length = length;
                        return;
                    }
                    length += n;
                }
            }
        }

        @Override
        public void close() {
            decoding.close();
            try {
                rows.close();
                query.close();
            } catch (SQLException e) {
                // A read-only query: nothing to undo.
            }
        }
    }
}
