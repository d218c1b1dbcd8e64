package org.myofuse.mat.driver;

import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.Quality;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.mat.protocol.Mat;
import org.myofuse.mat.protocol.MatDecoder;
import org.myofuse.mat.protocol.MatIdentity;
import org.myofuse.api.serial.PortStatistics;

/**
 * Turns decoded data frames into blocks on the bus: one image per block, each cell calibrated to kPa
 * with the mat's scale and offset. Runs on the reader thread; allocates nothing.
 *
 * <p>Sample indices count images from 0. The sequence number is 16 bits and wraps every 65536 frames
 * (11 minutes at 100 Hz); the frames between two arrivals are the sequence difference plus the
 * multiple of 65536 closest to what the elapsed arrival time says. After a lost link the gap is sized
 * by arrival time alone (a replugged mat may restart its count). A restart after a deliberate stop
 * continues the indices without a gap. A gap's cause is RECONNECT after a lost link, REJECTED_FRAME if
 * the decoder rejected or skipped input since the last frame, COUNTER_JUMP otherwise.
 */
public final class MatStream {

    /** Frames per published block: one image. */
    public static final int MAX_BLOCK_FRAMES = 1;

    private final SamplePublisher publisher;
    private final PortStatistics statistics;
    private final int rows;
    private final int columns;
    private final int cells;
    private final int offset;
    private final double scale;
    private final long frameNanos;

    private long nextIndex;
    private boolean started;
    private boolean restartPending = true;
    private boolean reconnectPending;
    private boolean troubleSinceLast;
    private int nextQuality;
    private int lastSequence;
    private long lastArrival;

    public MatStream(SamplePublisher publisher, PortStatistics statistics, MatIdentity identity) {
        this.publisher = publisher;
        this.statistics = statistics;
        this.rows = identity.rows();
        this.columns = identity.columns();
        this.cells = rows * columns;
        this.offset = identity.offset();
        this.scale = identity.scaleKpa();
        this.frameNanos = 1_000_000_000L / identity.rateHz();
        if (publisher.stream().channels() != cells || publisher.stream().maxFramesPerBlock() < MAX_BLOCK_FRAMES) {
            throw new IllegalArgumentException("stream layout does not match the mat's " + rows + "x" + columns);
        }
    }

    /** Streaming starts (again): the next frame follows on from the last one, whatever its number. */
    public void restart() {
        restartPending = true;
    }

    /** The link came back: the next frame is sized against the last one by arrival time, as a RECONNECT gap. */
    public void linkRestored() {
        reconnectPending = true;
    }

    public void rejected() {
        statistics.frameRejected();
        troubleSinceLast = true;
    }

    public void skipped(int bytes) {
        statistics.bytesSkipped(bytes);
        troubleSinceLast = true;
    }

    public void resynced() {
        statistics.resynced();
        nextQuality |= Quality.RESYNCED;
    }

    /** A data frame from the decoder. */
    public void frame(MatDecoder.Frame f, long arrivalNanos) {
        if (f.rows() != rows || f.columns() != columns) {
            rejected(); // another geometry than identified: a corrupted or foreign frame
            return;
        }
        long step = step(f.sequence(), arrivalNanos);
        if (step == 0) {
            rejected(); // a repeated frame
            return;
        }
        if (step > 1) {
            long missing = step - 1;
            GapCause cause = reconnectPending ? GapCause.RECONNECT
                    : troubleSinceLast ? GapCause.REJECTED_FRAME : GapCause.COUNTER_JUMP;
            publisher.publishGap(nextIndex, missing, cause, arrivalNanos);
            statistics.gap(missing);
            nextIndex += missing;
        }
        reconnectPending = false;
        troubleSinceLast = false;
        lastSequence = f.sequence();
        lastArrival = arrivalNanos;
        publish(f, arrivalNanos);
    }

    /** How far this frame is from the last one: 1 for the next, 0 for a repeat. */
    private long step(int sequence, long arrivalNanos) {
        if (!started || restartPending) {
            started = true;
            restartPending = false;
            return 1;
        }
        long byTime = Math.round((double) (arrivalNanos - lastArrival) / frameNanos);
        if (reconnectPending) {
            return Math.max(1, byTime);
        }
        int delta = (sequence - lastSequence) & (Mat.SEQUENCE_MODULUS - 1);
        long wraps = Math.max(0, Math.round((byTime - delta) / (double) Mat.SEQUENCE_MODULUS));
        return delta + (long) Mat.SEQUENCE_MODULUS * wraps;
    }

    private void publish(MatDecoder.Frame f, long arrivalNanos) {
        SampleBlock block = publisher.block();
        float[] s = block.samples();
        int quality = nextQuality;
        for (int i = 0; i < cells; i++) {
            int count = f.cell(i);
            s[i] = (float) ((count - offset) * scale);
            if (count == Mat.MAX_COUNT) {
                quality |= Quality.CLIPPED;
            }
        }
        nextQuality = 0;
        block.setSamples(nextIndex, 1, arrivalNanos, quality);
        publisher.publish();
        statistics.frameAccepted();
        nextIndex++;
    }
}
