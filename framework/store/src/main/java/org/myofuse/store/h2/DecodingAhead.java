package org.myofuse.store.h2;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.myofuse.store.codec.ChunkCodec;
import org.myofuse.store.codec.CorruptChunkException;

/**
 * Inflates a stream's chunks on a second thread while the caller reads the next rows and writes the
 * frames already decoded. Measured on an hour of the full device set, decoding (mostly inflating the
 * poorly compressible EMG) took about as long as everything else an export does, on a machine with a
 * second core idle.
 *
 * <p>Only the codec runs on the decoding thread: the rows are read on the caller's, so the JDBC
 * connection keeps a single user, and no thread doing H2 I/O is ever interrupted or waited for.
 * At most {@link #SLOTS} chunks are in flight; their buffers are reused. Used by one caller thread.
 */
final class DecodingAhead implements AutoCloseable {

    /** Chunks in flight: one being written by the caller, the next ones decoding or decoded. */
    static final int SLOTS = 3;

    /** One chunk: its payload as read, then its frames. */
    static final class Slot {
        byte[] payload = new byte[64 * 1024];
        int length;
        int frames;
        float[] samples = new float[0];
    }

    private final int channels;
    private final ChunkCodec codec = new ChunkCodec(); // confined to the decoding thread
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "myofuse-chunk-decoder");
        t.setDaemon(true);
        return t;
    });
    private final ArrayDeque<Slot> idle = new ArrayDeque<>();
    private final ArrayDeque<Future<Slot>> pending = new ArrayDeque<>();

    DecodingAhead(int channels) {
        this.channels = channels;
        for (int i = 0; i < SLOTS; i++) {
            idle.add(new Slot());
        }
    }

    /** A slot to read the next payload into, or null while all are in flight. */
    Slot idleSlot() {
        return idle.poll();
    }

    /** Starts decoding a filled slot; its frames come back from {@link #next} in submission order. */
    void submit(Slot slot) {
        pending.add(thread.submit(() -> decode(slot)));
    }

    private Slot decode(Slot slot) throws CorruptChunkException {
        int values = slot.frames * channels;
        if (slot.samples.length < values) {
            slot.samples = new float[values];
        }
        codec.decode(slot.payload, 0, slot.length, slot.frames, channels, slot.samples);
        return slot;
    }

    boolean hasPending() {
        return !pending.isEmpty();
    }

    /** The oldest submitted chunk, decoded; give it back with {@link #recycle} once its frames are used. */
    Slot next() throws IOException, CorruptChunkException {
        try {
            return pending.remove().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while decoding chunks");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CorruptChunkException corrupt) {
                throw corrupt;
            }
            throw new IOException("decoding a chunk failed: " + e.getCause(), e.getCause());
        }
    }

    /** Returns a slot, or a slot taken by {@link #idleSlot} and not submitted. */
    void recycle(Slot slot) {
        idle.add(slot);
    }

    /** Lets the decodes in flight finish (their results are dropped), then frees the codec and the thread. */
    @Override
    public void close() {
        thread.execute(codec::close);
        thread.shutdown();
    }
}
