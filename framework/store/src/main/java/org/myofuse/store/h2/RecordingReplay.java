package org.myofuse.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.api.store.SessionTransfer.Progress;
import org.myofuse.store.codec.ChunkCodec;
import org.myofuse.store.codec.CorruptChunkException;

/**
 * Plays a stored session back into a {@link StreamConsumer} the way the bus delivered it: every stream
 * opened first, then blocks of about 10 ms from all streams merged in arrival order (ties by stream),
 * a GAP block wherever the stored indices jump, each stream closed with its recorded reason.
 *
 * <p>Only first and last arrival time are stored per chunk, so the frames of a chunk are given arrival
 * times evenly spaced between the two. Everything the consumer sees is a function of the stored data,
 * so two replays of one session deliver identical calls. Chunks are read a few at a time, so an hour
 * of recording never sits in memory. Runs on the calling thread; not thread-safe.
 */
final class RecordingReplay {

    /** Blocks of about this many per second, like a driver publishing at its natural pace. */
    private static final double BLOCKS_PER_SECOND = 100;
    private static final int CHUNKS_PER_QUERY = 16;

    private final Connection connection;

    /** {@code connection} stays open during the replay; the caller closes it. */
    RecordingReplay(Connection connection) {
        this.connection = connection;
    }

    /**
     * Replays one session.
     *
     * @throws IllegalArgumentException if the session stored no stream
     */
    void replay(long session, StreamConsumer consumer, Progress progress) throws SQLException, CorruptChunkException {
        List<Cursor> cursors = new ArrayList<>();
        long total = 0;
        int ordinal = 0;
        for (StoredStreams.Stream s : new StoredStreams(connection).streams(session)) {
            Cursor c = new Cursor(++ordinal, s, new StoredStreams(connection).gaps(s));
            total += storedFrames(s);
            cursors.add(c);
        }
        if (cursors.isEmpty()) {
            throw new IllegalArgumentException("session " + session + " has no recorded streams to replay");
        }
        ChunkCodec codec = new ChunkCodec();
        try {
            play(cursors, consumer, progress, total, codec);
        } finally {
            codec.close();
        }
    }

    private void play(List<Cursor> cursors, StreamConsumer consumer, Progress progress, long total, ChunkCodec codec)
            throws SQLException, CorruptChunkException {
        PriorityQueue<Cursor> due = new PriorityQueue<>((a, b) -> a.nextArrival != b.nextArrival
                ? Long.compare(a.nextArrival, b.nextArrival) : Integer.compare(a.ordinal, b.ordinal));
        for (Cursor c : cursors) {
            consumer.onStreamOpened(c.info);
            if (c.advance(codec)) {
                due.add(c);
            } else {
                consumer.onStreamClosed(c.info, c.closeReason());
            }
        }
        long sequence = 0;
        long done = 0;
        long reported = 0;
        while (!due.isEmpty()) {
            Cursor c = due.poll();
            consumer.onEvent(c.block, sequence++, true);
            done += c.block.kind() == org.myofuse.api.stream.BlockKind.SAMPLES ? c.block.frames() : 0;
            if (done - reported >= total / 200 + 1) {
                progress.progress(done, total);
                reported = done;
            }
            if (c.advance(codec)) {
                due.add(c);
            } else {
                consumer.onStreamClosed(c.info, c.closeReason());
            }
        }
        progress.progress(total, total);
    }

    private long storedFrames(StoredStreams.Stream s) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT COALESCE(SUM(frames), 0) FROM chunks "
                + "WHERE stream_id = ?")) {
            p.setLong(1, s.key());
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** One stream's position: the block to deliver next, cut from the chunk being read. */
    private final class Cursor {
        final int ordinal;
        final StoredStreams.Stream stream;
        final StreamInfo info;
        final SampleBlock block;
        private final List<StoredStreams.Gap> gapRecords;
        private final List<long[]> pendingChunks = new ArrayList<>(); // first index, frames, first/last arrival
        private final List<byte[]> pendingPayloads = new ArrayList<>();
        private float[] chunk = new float[0];
        private long chunkFirstIndex;
        private int chunkFrames;
        private int chunkQuality;
        private long chunkFirstArrival;
        private long chunkLastArrival;
        private int nextFrame;
        private long expectedIndex = Long.MIN_VALUE;
        private long queryFrom = Long.MIN_VALUE;
        private boolean exhausted;
        /** Arrival of the block prepared last; never goes back, so merging the streams keeps arrival order. */
        long nextArrival = Long.MIN_VALUE;

        Cursor(int ordinal, StoredStreams.Stream stream, List<StoredStreams.Gap> gapRecords) {
            this.ordinal = ordinal;
            this.stream = stream;
            this.gapRecords = gapRecords;
            DeviceDescriptor descriptor = DescriptorJson.parse(stream.descriptorJson());
            int blockFrames = (int) Math.max(1, Math.round(stream.sampleRateHz() / BLOCKS_PER_SECOND));
            this.info = new StreamInfo(ordinal, stream.deviceId(), descriptor, blockFrames, stream.openedNanos());
            this.block = new SampleBlock(info);
        }

        String closeReason() {
            String reason = stream.closeReason();
            return reason == null || reason.isBlank() ? "end of recording" : reason;
        }

        /** Prepares the next block; false when the stream has no more. */
        boolean advance(ChunkCodec codec) throws SQLException, CorruptChunkException {
            if (nextFrame >= chunkFrames && !nextChunk(codec)) {
                return trailingGap();
            }
            if (expectedIndex != Long.MIN_VALUE && chunkFirstIndex + nextFrame > expectedIndex) {
                long first = expectedIndex;
                long missing = chunkFirstIndex + nextFrame - expectedIndex;
                setGap(first, missing, chunkFirstArrival);
                return true;
            }
            int n = Math.min(info.maxFramesPerBlock(), chunkFrames - nextFrame);
            long arrival = Math.max(arrivalOf(nextFrame + n - 1), nextArrival);
            System.arraycopy(chunk, nextFrame * info.channels(), block.samples(), 0, n * info.channels());
            block.setSamples(chunkFirstIndex + nextFrame, n, arrival, chunkQuality);
            nextFrame += n;
            expectedIndex = chunkFirstIndex + nextFrame;
            nextArrival = arrival;
            return true;
        }

        private void setGap(long first, long missing, long fallbackArrival) {
            StoredStreams.Gap record = gapRecordAt(first);
            long arrival = Math.max(nextArrival,
                    record == null ? fallbackArrival : Math.min(record.arrivalNanos(), fallbackArrival));
            block.setGap(first, missing, record == null ? GapCause.COUNTER_JUMP : cause(record.cause()), arrival);
            expectedIndex = first + missing;
            nextArrival = arrival;
        }

        /** A gap recorded after the last stored sample (e.g. samples lost as the device went away). */
        private boolean trailingGap() {
            if (exhausted || expectedIndex == Long.MIN_VALUE) {
                return false;
            }
            exhausted = true;
            for (StoredStreams.Gap g : gapRecords) {
                if (g.firstIndex() >= expectedIndex) {
                    block.setGap(g.firstIndex(), g.samples(), cause(g.cause()), Math.max(g.arrivalNanos(), nextArrival));
                    nextArrival = block.arrivalNanos();
                    expectedIndex = g.firstIndex() + g.samples();
                    return true;
                }
            }
            return false;
        }

        private StoredStreams.Gap gapRecordAt(long index) {
            for (StoredStreams.Gap g : gapRecords) {
                if (index >= g.firstIndex() && index < g.firstIndex() + g.samples()) {
                    return g;
                }
            }
            return null;
        }

        private long arrivalOf(int frame) {
            if (chunkFrames == 1) {
                return chunkLastArrival;
            }
            double f = (double) frame / (chunkFrames - 1);
            return chunkFirstArrival + Math.round((chunkLastArrival - chunkFirstArrival) * f);
        }

        private boolean nextChunk(ChunkCodec codec) throws SQLException, CorruptChunkException {
            if (pendingChunks.isEmpty() && !fetch()) {
                return false;
            }
            long[] c = pendingChunks.remove(0);
            byte[] payload = pendingPayloads.remove(0);
            chunkFirstIndex = c[0];
            chunkFrames = (int) c[1];
            chunkFirstArrival = c[2];
            chunkLastArrival = c[3];
            chunkQuality = (int) c[4];
            int values = chunkFrames * info.channels();
            if (chunk.length < values) {
                chunk = new float[values];
            }
            codec.decode(payload, chunkFrames, info.channels(), chunk);
            nextFrame = 0;
            if (expectedIndex != Long.MIN_VALUE && chunkFirstIndex < expectedIndex) {
                throw new CorruptChunkException("stream " + stream.deviceId() + ": chunk at index " + chunkFirstIndex
                        + " overlaps the chunk before it");
            }
            return true;
        }

        /** The stream in the ORDER BY lets H2 walk the unique index instead of sorting all later chunks. */
        private boolean fetch() throws SQLException, CorruptChunkException {
            try (PreparedStatement p = connection.prepareStatement("SELECT first_index, frames, first_arrival_ns, "
                    + "last_arrival_ns, quality, codec, payload FROM chunks WHERE stream_id = ? AND first_index > ? "
                    + "ORDER BY stream_id, first_index FETCH FIRST " + CHUNKS_PER_QUERY + " ROWS ONLY")) {
                p.setLong(1, stream.key());
                p.setLong(2, queryFrom);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getInt(6) != ChunkCodec.DELTA_PLANES_DEFLATE) {
                            throw new CorruptChunkException("stream " + stream.deviceId() + ": chunk at index "
                                    + rs.getLong(1) + " uses unknown codec " + rs.getInt(6));
                        }
                        pendingChunks.add(new long[] { rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4),
                                rs.getInt(5) });
                        pendingPayloads.add(rs.getBytes(7));
                        queryFrom = rs.getLong(1);
                    }
                }
            }
            return !pendingChunks.isEmpty();
        }
    }

    private static GapCause cause(String stored) {
        try {
            return GapCause.valueOf(stored);
        } catch (IllegalArgumentException e) {
            return GapCause.COUNTER_JUMP;
        }
    }
}
