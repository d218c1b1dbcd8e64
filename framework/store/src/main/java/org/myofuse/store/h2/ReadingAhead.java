package org.myofuse.store.h2;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.myofuse.api.recording.FrameReader;

/**
 * Pulls a stream's frames from its reader on a second thread, a few chunks ahead of the importing
 * thread, which compresses and stores them: an import parses text (CSV) or decodes records (EDF) on one
 * core while the other deflates and writes to H2. Measured on the 1 h three-device CSV import: parsing
 * and storing took about as long each, one after the other.
 *
 * <p>The reading thread only reads the file; it never touches the database, and it is never
 * interrupted: {@link #close} asks it to stop and it notices within 50 ms. A failure of the reader
 * (a bad row) is handed over in order, after the frames before it. Not thread-safe: one importing
 * thread calls {@link #read} and {@link #close}.
 */
final class ReadingAhead implements FrameReader {

    /** Chunks read ahead; with a chunk of one second of a stream, a few MB at most. */
    private static final int AHEAD = 3;
    private static final long WAIT_MS = 50;

    /** One chunk's frames, or the reader's end or failure. */
    static final class Chunk {
        final float[] samples;
        int frames;
        IOException failure;

        Chunk(int size) {
            samples = new float[size];
        }
    }

    private final BlockingQueue<Chunk> filled = new ArrayBlockingQueue<>(AHEAD + 1);
    private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(AHEAD + 1);
    private final Thread thread;
    private final int channels;
    private volatile boolean closed;
    private Chunk current;
    private int taken;

    /**
     * Starts reading {@code reader} in chunks of {@code chunkFrames} frames of {@code channels}
     * channels, {@code total} frames in all; the reader is closed on the reading thread when done.
     */
    ReadingAhead(FrameReader reader, int channels, int chunkFrames, long total, String name) {
        this.channels = channels;
        for (int i = 0; i < AHEAD + 1; i++) {
            free.add(new Chunk(chunkFrames * channels));
        }
        thread = new Thread(() -> read(reader, chunkFrames, total, name), "myofuse-import-read " + name);
        thread.setDaemon(true);
        thread.start();
    }

    private void read(FrameReader reader, int chunkFrames, long total, String name) {
        try (reader) {
            long done = 0;
            while (!closed) {
                Chunk chunk = take(free);
                if (chunk == null) {
                    return;
                }
                chunk.frames = 0;
                chunk.failure = null;
                try {
                    int want = (int) Math.min(chunkFrames, total - done);
                    while (chunk.frames < want) {
                        int n = reader.read(chunk.samples, chunk.frames, want - chunk.frames);
                        if (n <= 0) {
                            break;
                        }
                        chunk.frames += n;
                    }
                    done += chunk.frames;
                    if (want == 0 && reader.read(chunk.samples, 0, 1) > 0) { // the reader's own end checks run here
                        throw new IOException("stream " + name + " delivers more than its " + total + " frames");
                    }
                } catch (IOException | RuntimeException e) {
                    chunk.failure = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                }
                boolean last = chunk.frames == 0 || chunk.failure != null;
                if (!put(filled, chunk) || last) {
                    return;
                }
            }
        } catch (IOException e) {
            // closing a file that was read to the end: nothing is lost
        }
    }

    /**
     * Frames as the reader gave them, in order.
     *
     * @throws IOException the reader's failure, after every frame before it
     */
    @Override
    public int read(float[] into, int offsetFrames, int maxFrames) throws IOException {
        if (current == null || taken == current.frames) {
            if (current != null) {
                if (current.frames == 0) {
                    return -1;
                }
                free.offer(current);
            }
            current = next();
            taken = 0;
            if (current.frames == 0) {
                return -1;
            }
        }
        int n = Math.min(maxFrames, current.frames - taken);
        System.arraycopy(current.samples, taken * channels, into, offsetFrames * channels, n * channels);
        taken += n;
        return n;
    }

    private Chunk next() throws IOException {
        Chunk chunk;
        try {
            chunk = filled.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("import interrupted", e);
        }
        if (chunk.failure != null) {
            throw chunk.failure;
        }
        return chunk;
    }

    /** Stops the reading thread (within 50 ms) without interrupting it. */
    @Override
    public void close() {
        closed = true;
    }

    private Chunk take(BlockingQueue<Chunk> queue) {
        try {
            Chunk c = null;
            while (c == null && !closed) {
                c = queue.poll(WAIT_MS, TimeUnit.MILLISECONDS);
            }
            return c;
        } catch (InterruptedException e) {
            return null;
        }
    }

    private boolean put(BlockingQueue<Chunk> queue, Chunk chunk) {
        try {
            while (!closed) {
                if (queue.offer(chunk, WAIT_MS, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
