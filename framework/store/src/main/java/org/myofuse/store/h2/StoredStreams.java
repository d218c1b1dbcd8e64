package org.myofuse.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.myofuse.store.codec.ChunkCodec;
import org.myofuse.store.codec.CorruptChunkException;

/**
 * Reads back the raw data of a session: its streams, their chunks (decoded) and gap records. For
 * exports, replay and tests. Not thread-safe; one instance per reading thread.
 */
public final class StoredStreams {

    /** A recorded stream. */
    public record Stream(long key, int busStream, String deviceId, String typeId, int channels, double sampleRateHz,
            String descriptorJson, String closeReason, long openedNanos) {
    }

    /** A decoded chunk: {@code frames} frames, frame-major in {@code samples}. */
    public record Chunk(long firstIndex, int frames, long firstArrivalNanos, long lastArrivalNanos, int quality,
            int storedBytes, float[] samples) {
    }

    /** A gap record. */
    public record Gap(long firstIndex, long samples, String cause, long arrivalNanos) {
    }

    private final Connection connection;
    private final ChunkCodec codec = new ChunkCodec();

    public StoredStreams(Connection connection) {
        this.connection = connection;
    }

    public List<Stream> streams(long session) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT id, bus_stream, device_id, device_type, channels, "
                + "sample_rate_hz, descriptor_json, close_reason, opened_ns FROM streams WHERE session_id = ? ORDER BY id")) {
            p.setLong(1, session);
            List<Stream> list = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    list.add(new Stream(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            rs.getDouble(6), rs.getString(7), rs.getString(8), rs.getLong(9)));
                }
            }
            return list;
        }
    }

    /** The chunks of a stream in index order, decoded. */
    public List<Chunk> chunks(Stream stream) throws SQLException, CorruptChunkException {
        try (PreparedStatement p = connection.prepareStatement("SELECT first_index, frames, first_arrival_ns, "
                + "last_arrival_ns, quality, codec, payload FROM chunks WHERE stream_id = ? ORDER BY first_index")) {
            p.setLong(1, stream.key());
            List<Chunk> list = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    int frames = rs.getInt(2);
                    if (rs.getInt(6) != ChunkCodec.DELTA_PLANES_DEFLATE) {
                        throw new CorruptChunkException("chunk at index " + rs.getLong(1) + " of stream "
                                + stream.deviceId() + " uses unknown codec " + rs.getInt(6));
                    }
                    byte[] payload = rs.getBytes(7);
                    float[] samples = new float[frames * stream.channels()];
                    codec.decode(payload, frames, stream.channels(), samples);
                    list.add(new Chunk(rs.getLong(1), frames, rs.getLong(3), rs.getLong(4), rs.getInt(5), payload.length,
                            samples));
                }
            }
            return list;
        }
    }

    public List<Gap> gaps(Stream stream) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "SELECT first_index, samples, cause, arrival_ns FROM gaps WHERE stream_id = ? ORDER BY first_index")) {
            p.setLong(1, stream.key());
            List<Gap> list = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    list.add(new Gap(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4)));
                }
            }
            return list;
        }
    }
}
