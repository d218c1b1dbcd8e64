package org.myofuse.store.recorder;

import org.myofuse.api.store.JournalEntry;

import java.sql.SQLException;

import org.myofuse.api.stream.StreamInfo;

/**
 * Where the recorder writes one session's raw data. Chunks join the current transaction until
 * {@link #commit}; every other write commits that transaction together with itself. A failure loses the
 * uncommitted chunks only, never anything committed before (the recorder records them as lost), and
 * {@link #recover} discards them. Used by the recorder's dispatch thread only.
 */
public interface RecordingSink {

    /** Stores a stream's description and commits; returns its key for the other calls. */
    long openStream(StreamInfo stream) throws SQLException;

    /**
     * Stores one compressed chunk of {@code frames} frames starting at device index {@code firstIndex},
     * in the current transaction.
     */
    void writeChunk(long stream, long firstIndex, int frames, long firstArrivalNanos, long lastArrivalNanos,
            int quality, int codec, byte[] payload) throws SQLException;

    /**
     * Stores a gap record and commits. {@code cause} is a {@link org.myofuse.api.stream.GapCause} name or a
     * recorder cause.
     */
    void writeGap(long stream, long firstIndex, long samples, String cause, long arrivalNanos) throws SQLException;

    /** Stores a journal entry of the session in the current transaction (committed with the next chunks). */
    void writeEntry(JournalEntry entry) throws SQLException;

    /** Makes the chunks written since the last commit durable, in one transaction. */
    void commit() throws SQLException;

    /** Marks a stream closed and commits. */
    void closeStream(long stream, long closedNanos, String reason) throws SQLException;

    /**
     * Discards the uncommitted chunks and checks the database is reachable again, reconnecting if needed;
     * false if it is not.
     */
    boolean recover();

    /** Releases the connection. */
    void close();
}
