package org.myofuse.store.recorder;

import java.lang.System.Logger.Level;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.store.codec.ChunkCodec;

/**
 * Records every stream on the bus into one session as compressed chunks.
 *
 * <p>Runs on its own bus dispatch thread, so a slow disk delays only this consumer: the bus drops
 * blocks for it and the loss becomes a gap record of cause {@link #CAUSE_DROPPED}. Frames are buffered
 * per stream; once one stream's oldest buffered frame is {@link #FLUSH_AFTER_NANOS} old, every stream's
 * buffered frames are written (a full buffer, one second, is written at once), and written chunks are
 * committed once the oldest frame in them is {@link #FLUSH_AFTER_NANOS} old: a crash loses at most the
 * last ~100 ms plus what was still in the bus ring. One transaction per round rather than per chunk:
 * each commit rewrites the B-tree pages it touches, and with a commit per chunk the superseded pages
 * made the file grow to over 1.3x the raw float32 size during a real-time session.
 *
 * <p>A database error pauses recording: the alarm is logged once and shown by {@link #alarm()},
 * incoming data is counted as lost, and a retry runs every {@link #RETRY_NANOS}. On success the lost
 * range becomes a gap record of cause {@link #CAUSE_PAUSED} and recording goes on. Streaming is never
 * affected.
 *
 * <p>Journal entries ({@link #journal}) offered from any thread wait in a lock-free queue and are written
 * into the transaction of the next commit, so they are exactly as durable as the raw data committed with
 * them. When no chunk is due (no stream, or the dispatch thread stalled), {@link #commitJournal}, called
 * by the store's timer every {@link #JOURNAL_TICK_NANOS}, writes and commits them on its own: an entry is
 * committed within about 100 ms either way.
 *
 * <p>Callbacks, {@link #commitJournal} and {@link #finish} synchronise on this object: the lock is
 * uncontended except while a session ends or the journal timer runs.
 */
public final class Recorder implements StreamConsumer {

    /** Gap cause: the recorder fell behind and the bus dropped blocks for it. */
    public static final String CAUSE_DROPPED = "RECORDER_DROPPED";
    /** Gap cause: recording was paused by a database error. */
    public static final String CAUSE_PAUSED = "RECORDER_PAUSED";

    static final long FLUSH_AFTER_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);
    /** How often the store's timer commits journal entries that no chunk commit took along. */
    public static final long JOURNAL_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    /** Entries that may wait for a commit; more are refused (a stalled database must not grow it without end). */
    static final int JOURNAL_CAPACITY = 10_000;
    /** Payload bytes after which written chunks are committed even if not due, to bound the transaction. */
    static final long COMMIT_AFTER_BYTES = 4L * 1024 * 1024;

    private static final System.Logger LOG = System.getLogger(Recorder.class.getName());

    private final String session;
    private final RecordingSink sink;
    private final SessionClock clock;
    private final ChunkCodec codec = new ChunkCodec();

    private StreamBuffer[] streams = new StreamBuffer[8];
    private final JournalQueue journal = new JournalQueue(JOURNAL_CAPACITY);
    /** Entries written into the current transaction, not yet committed. */
    private int uncommittedEntries;
    private volatile long entriesCommitted;
    private long entriesLost;
    private volatile boolean finished;
    private boolean done;
    private volatile String alarm;
    private long nextRetryNanos;

    private volatile long chunks;
    private volatile long rawBytes;
    private volatile long storedBytes;
    private volatile long lostFrames;

    private int uncommittedChunks;
    private long uncommittedRawBytes;
    private long uncommittedStoredBytes;
    /** When the oldest frame of the uncommitted chunks was appended (System.nanoTime()). */
    private long uncommittedSinceNanos;

    /**
     * @param session the session's id, for messages
     * @param sink    where chunks go; used from the dispatch thread (and from {@link #finish})
     * @param clock   the session clock, for stream close times
     */
    public Recorder(String session, RecordingSink sink, SessionClock clock) {
        this.session = session;
        this.sink = sink;
        this.clock = clock;
    }

    /**
     * Offers an entry for the session's record; never blocks, any thread. False once the recording has
     * finished, or when entries arrive faster than the database takes them (logged once).
     */
    public boolean journal(JournalEntry entry) {
        if (finished) {
            return false;
        }
        if (journal.offer(entry)) {
            return true;
        }
        if (journal.refused() == 1) {
            LOG.log(Level.WARNING, "session " + session + ": journal entries are arriving faster than the database "
                    + "takes them; some are not stored");
        }
        return false;
    }

    /** Writes and commits journal entries that no chunk commit took along; the store's timer calls it. */
    public synchronized void commitJournal() {
        if (finished || alarm != null || journal.isEmpty()) {
            return;
        }
        if (writeEntries()) {
            commit();
        }
    }

    /** Journal entries committed so far. */
    public long entriesCommitted() {
        return entriesCommitted;
    }

    @Override
    public synchronized void onStreamOpened(StreamInfo stream) {
        if (finished) {
            return;
        }
        int id = stream.streamId();
        if (id >= streams.length) {
            streams = Arrays.copyOf(streams, Math.max(id + 1, streams.length * 2));
        }
        StreamBuffer buffer = new StreamBuffer(stream);
        streams[id] = buffer;
        if (alarm == null) {
            try {
                buffer.key = sink.openStream(stream);
                committed();
            } catch (SQLException e) {
                pause(e, "storing stream " + stream.deviceId());
            }
        }
    }

    @Override
    public synchronized void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
        StreamBuffer buffer = buffer(block.stream());
        if (finished || buffer == null) {
            return;
        }
        long now = System.nanoTime();
        if (alarm != null && !retryDue(now)) {
            if (buffer.lostFrom == StreamBuffer.NO_INDEX) {
                buffer.lostFrom = block.firstSampleIndex();
            }
            track(buffer, block);
            return;
        }
        if (buffer.nextIndex != StreamBuffer.NO_INDEX && block.firstSampleIndex() > buffer.nextIndex) {
            missing(buffer, buffer.nextIndex, block.firstSampleIndex() - buffer.nextIndex, CAUSE_DROPPED,
                    block.arrivalNanos());
        }
        if (block.kind() == BlockKind.GAP) {
            missing(buffer, block.firstSampleIndex(), block.gapSamples(), block.gapCause().name(), block.arrivalNanos());
        } else {
            append(buffer, block, now);
        }
        track(buffer, block);
        if (endOfBatch) {
            flushDue(now);
        }
        commitDue(now);
    }

    @Override
    public synchronized void onStreamClosed(StreamInfo stream, String reason) {
        StreamBuffer buffer = buffer(stream);
        if (finished || buffer == null) {
            return;
        }
        flush(buffer);
        if (alarm == null && buffer.key >= 0) {
            try {
                sink.closeStream(buffer.key, clock.nanos(), reason);
                committed();
            } catch (SQLException e) {
                pause(e, "closing stream " + stream.deviceId());
            }
        }
        streams[stream.streamId()] = null;
    }

    /**
     * Writes everything buffered and stops recording; later callbacks are ignored. Call after the
     * subscription is closed (or its streams have ended). Returns true if nothing failed to be stored
     * since the last successful write.
     */
    public synchronized boolean finish() {
        if (done) {
            return alarm == null;
        }
        finished = true; // from here on nothing more is accepted: no block, no journal entry
        if (alarm != null) {
            retryDue(nextRetryNanos);
        }
        for (StreamBuffer buffer : streams) {
            if (buffer != null) {
                flush(buffer);
            }
        }
        commit();
        done = true;
        if (entriesLost > 0 || journal.refused() > 0) {
            LOG.log(Level.WARNING, "session " + session + ": " + (entriesLost + journal.refused())
                    + " journal entries were not stored");
        }
        codec.close();
        sink.close();
        return alarm == null;
    }

    /** The stream ids the recorder has open: those not yet closed through {@link #onStreamClosed}. */
    public synchronized boolean hasOpenStream(int streamId) {
        return streamId < streams.length && streams[streamId] != null;
    }

    public boolean healthy() {
        return alarm == null;
    }

    public Optional<String> alarm() {
        return Optional.ofNullable(alarm);
    }

    /** Chunks committed. */
    public long chunksWritten() {
        return chunks;
    }

    /** Float32 bytes of the frames committed. */
    public long rawBytes() {
        return rawBytes;
    }

    /** Compressed payload bytes committed. */
    public long storedBytes() {
        return storedBytes;
    }

    /** Frames not stored because recording was paused or the recorder fell behind. */
    public long lostFrames() {
        return lostFrames;
    }

    // ---- buffering

    private void append(StreamBuffer buffer, SampleBlock block, long now) {
        if (buffer.frames > 0 && block.firstSampleIndex() != buffer.bufferedEnd()) {
            flush(buffer); // a chunk holds contiguous frames only
        }
        int from = 0;
        while (from < block.frames()) {
            if (buffer.room() == 0) {
                flush(buffer);
                if (alarm != null) {
                    return;
                }
            }
            int count = Math.min(buffer.room(), block.frames() - from);
            buffer.append(block, from, count, now);
            from += count;
        }
        if (buffer.room() == 0 || now - buffer.oldestNanos >= FLUSH_AFTER_NANOS) {
            flush(buffer);
        }
    }

    /** Once one stream is due, all are written, so that the round becomes one transaction. */
    private void flushDue(long now) {
        boolean due = false;
        for (StreamBuffer buffer : streams) {
            due |= buffer != null && buffer.frames > 0 && now - buffer.oldestNanos >= FLUSH_AFTER_NANOS;
        }
        for (StreamBuffer buffer : streams) {
            if (due && buffer != null) {
                flush(buffer);
            }
        }
    }

    private void commitDue(long now) {
        if (uncommittedChunks > 0 && (now - uncommittedSinceNanos >= FLUSH_AFTER_NANOS
                || uncommittedStoredBytes >= COMMIT_AFTER_BYTES)) {
            commit();
        }
    }

    private void commit() {
        if (alarm != null || !writeEntries() || uncommittedChunks == 0 && uncommittedEntries == 0) {
            return;
        }
        try {
            sink.commit();
        } catch (SQLException e) {
            pause(e, "committing chunks");
            return;
        }
        committed();
    }

    /** Writes the waiting journal entries into the current transaction; false if that failed (paused). */
    private boolean writeEntries() {
        for (JournalEntry e = journal.poll(); e != null; e = journal.poll()) {
            try {
                sink.writeEntry(e);
                uncommittedEntries++;
            } catch (SQLException failure) {
                entriesLost++;
                pause(failure, "writing a journal entry (" + e.type() + ")");
                return false;
            }
        }
        return true;
    }

    /** Everything written is durable: counts the chunks, forgets what would be lost on a failure. */
    private void committed() {
        entriesCommitted += uncommittedEntries;
        uncommittedEntries = 0;
        chunks += uncommittedChunks;
        rawBytes += uncommittedRawBytes;
        storedBytes += uncommittedStoredBytes;
        uncommittedChunks = 0;
        uncommittedRawBytes = 0;
        uncommittedStoredBytes = 0;
        for (StreamBuffer buffer : streams) {
            if (buffer != null) {
                buffer.uncommittedFrom = StreamBuffer.NO_INDEX;
            }
        }
    }

    private void flush(StreamBuffer buffer) {
        if (buffer.frames == 0 || alarm != null) {
            return;
        }
        byte[] payload = codec.encode(buffer.values, buffer.frames, buffer.channels);
        try {
            sink.writeChunk(buffer.key, buffer.firstIndex, buffer.frames, buffer.firstArrivalNanos,
                    buffer.lastArrivalNanos, buffer.quality, ChunkCodec.DELTA_PLANES_DEFLATE, payload);
        } catch (SQLException e) {
            pause(e, "writing a chunk of " + buffer.stream.deviceId());
            return;
        }
        if (buffer.uncommittedFrom == StreamBuffer.NO_INDEX) {
            buffer.uncommittedFrom = buffer.firstIndex;
        }
        if (uncommittedChunks == 0 || buffer.oldestNanos - uncommittedSinceNanos < 0) {
            uncommittedSinceNanos = buffer.oldestNanos;
        }
        uncommittedChunks++;
        uncommittedRawBytes += (long) buffer.frames * buffer.channels * Float.BYTES;
        uncommittedStoredBytes += payload.length;
        buffer.clear();
    }

    private void missing(StreamBuffer buffer, long first, long samples, String cause, long arrivalNanos) {
        flush(buffer);
        if (alarm != null) {
            return;
        }
        try {
            sink.writeGap(buffer.key, first, samples, cause, arrivalNanos);
            committed();
        } catch (SQLException e) {
            pause(e, "writing a gap of " + buffer.stream.deviceId());
        }
        if (cause.equals(CAUSE_DROPPED)) {
            lostFrames += samples;
        }
    }

    private static void track(StreamBuffer buffer, SampleBlock block) {
        buffer.nextIndex = Math.max(buffer.nextIndex, block.nextSampleIndex());
    }

    private StreamBuffer buffer(StreamInfo stream) {
        int id = stream.streamId();
        return id < streams.length ? streams[id] : null;
    }

    // ---- pausing and resuming

    private void pause(SQLException e, String doing) {
        for (StreamBuffer buffer : streams) {
            if (buffer != null) {
                long from = buffer.uncommittedFrom != StreamBuffer.NO_INDEX ? buffer.uncommittedFrom
                        : buffer.frames > 0 ? buffer.firstIndex : buffer.nextIndex;
                if (buffer.lostFrom == StreamBuffer.NO_INDEX) {
                    buffer.lostFrom = from;
                }
                buffer.uncommittedFrom = StreamBuffer.NO_INDEX;
                buffer.clear();
            }
        }
        uncommittedChunks = 0;
        uncommittedRawBytes = 0;
        uncommittedStoredBytes = 0;
        // Entries of the rolled-back transaction are gone with it; the raw data gets a gap, they get a count.
        entriesLost += uncommittedEntries;
        uncommittedEntries = 0;
        nextRetryNanos = System.nanoTime() + RETRY_NANOS;
        alarm = "recording of session " + session + " paused: database error while " + doing + ": "
                + oneLine(e.getMessage()) + " (streaming continues; retrying every second)";
        LOG.log(Level.ERROR, alarm);
    }

    /** While paused: retries when due; true if recording resumed. */
    private boolean retryDue(long now) {
        if (now - nextRetryNanos < 0) {
            return false;
        }
        nextRetryNanos = now + RETRY_NANOS;
        if (!sink.recover()) {
            return false;
        }
        long lost = 0;
        try {
            for (StreamBuffer buffer : streams) {
                if (buffer == null) {
                    continue;
                }
                if (buffer.key < 0) {
                    buffer.key = sink.openStream(buffer.stream);
                }
                if (buffer.lostFrom != StreamBuffer.NO_INDEX && buffer.nextIndex > buffer.lostFrom) {
                    long samples = buffer.nextIndex - buffer.lostFrom;
                    sink.writeGap(buffer.key, buffer.lostFrom, samples, CAUSE_PAUSED, clock.nanos());
                    lost += samples;
                }
                buffer.lostFrom = StreamBuffer.NO_INDEX;
            }
        } catch (SQLException e) {
            return false;
        }
        lostFrames += lost;
        alarm = null;
        LOG.log(Level.WARNING, "recording of session " + session + " resumed; " + lost + " frames were not stored");
        return true;
    }

    private static String oneLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
