package org.myofuse.store.recorder;

import java.sql.SQLException;

import org.myofuse.api.stream.StreamInfo;

/**
 * Where the recorder writes one session's raw data. Every call is its own transaction, so a failure
 * leaves everything written before intact. Used by the recorder's dispatch thread only.
 */
public interface RecordingSink {

    /** Stores a stream's description; returns its key for the other calls. */
    long openStream(StreamInfo stream) throws SQLException;

    /** Stores one compressed chunk of {@code frames} frames starting at device index {@code firstIndex}. */
    void writeChunk(long stream, long firstIndex, int frames, long firstArrivalNanos, long lastArrivalNanos,
            int quality, int codec, byte[] payload) throws SQLException;

    /** Stores a gap record. {@code cause} is a {@link org.myofuse.api.stream.GapCause} name or a recorder cause. */
    void writeGap(long stream, long firstIndex, long samples, String cause, long arrivalNanos) throws SQLException;

    /** Marks a stream closed. */
    void closeStream(long stream, long closedNanos, String reason) throws SQLException;

    /** Checks the database is reachable again, reconnecting if needed; false if it is not. */
    boolean recover();

    /** Releases the connection. */
    void close();
}
