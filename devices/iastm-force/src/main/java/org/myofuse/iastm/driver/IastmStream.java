package org.myofuse.iastm.driver;

import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.Quality;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.iastm.protocol.Iastm;
import org.myofuse.iastm.protocol.IastmDecoder;
import org.myofuse.api.serial.PortStatistics;

/**
 * Turns decoded data frames into frames on the bus: newtons, the optional quaternion, the device time
 * of each block and gaps. Runs on the reader thread; allocates nothing.
 *
 * <p>Sample indices count frames from 0 at the first frame. The 16-bit sequence number wraps every
 * 65.5 s at 1 kHz; the frames between two arrivals are the sequence difference plus the multiple of
 * 65536 closest to what the device clock's difference says, so a gap of any length up to the device
 * clock's 71-minute wrap is sized exactly. A frame with the same sequence number, or whose device
 * time goes backwards, is a duplicate and rejected. After a lost link the device may have restarted,
 * so the RECONNECT gap is sized from the arrival times instead. After a stop and a start the index
 * goes on without a gap: the pause is visible in the device time of the blocks.
 */
public final class IastmStream {

    /** Frames per published block at most; blocks are also published at the end of every read. */
    public static final int MAX_BLOCK_FRAMES = 10;

    private final SamplePublisher publisher;
    private final PortStatistics statistics;
    private final boolean orientation;
    private final int width;
    private final long periodMicros;
    private final int[] range = new int[3];

    private boolean started;
    private long nextIndex;
    private int lastSequence;
    private long lastTime;
    private long deviceMicros;
    private long lastArrival;
    private boolean reconnectPending;
    private boolean restartPending;
    private boolean troubleSinceLast;
    private int nextQuality;

    private int blockFrames;
    private long blockFirst;
    private long blockDeviceMicros;
    private int blockQuality;

    public IastmStream(SamplePublisher publisher, PortStatistics statistics, IastmLayout layout) {
        this.publisher = publisher;
        this.statistics = statistics;
        this.orientation = layout.orientation();
        this.width = layout.width();
        this.periodMicros = Math.max(1, Math.round(1e6 / layout.info().rateHz()));
        for (int axis = 0; axis < 3; axis++) {
            range[axis] = layout.rangeMicronewtons(axis);
        }
        if (publisher.stream().channels() != width || publisher.stream().maxFramesPerBlock() < MAX_BLOCK_FRAMES) {
            throw new IllegalArgumentException("stream layout does not match the IASTM layout");
        }
    }

    /** The link came back: the next frame is sized against the last one by arrival time, as a RECONNECT gap. */
    public void linkRestored() {
        flush();
        reconnectPending = true;
    }

    /**
     * Streaming starts again after a stop: the next frame follows the last one without a gap (nothing
     * was lost, the tool was told to pause); the device time of its block shows the pause.
     */
    public void restart() {
        flush();
        restartPending = started;
    }

    /** Input was rejected or skipped since the last frame: a gap before the next one is a REJECTED_FRAME gap. */
    public void trouble() {
        troubleSinceLast = true;
    }

    /** The decoder regained alignment: the next block is marked. */
    public void resynced() {
        nextQuality |= Quality.RESYNCED;
    }

    /** Publishes the frames collected so far (called at the end of every read). */
    public void flush() {
        if (blockFrames == 0) {
            return;
        }
        SampleBlock block = publisher.block();
        block.setSamples(blockFirst, blockFrames, lastArrival, blockQuality);
        block.setDeviceTimeMicros(blockDeviceMicros);
        publisher.publish();
        blockFrames = 0;
    }

    /** One data frame that passed its CRC. */
    public void data(IastmDecoder.DataFrame f, long arrivalNanos) {
        if (orientation != f.hasOrientation()) {
            // the tool ignored the start flags: the frame does not fit the declared channels
            statistics.frameRejected();
            troubleSinceLast = true;
            return;
        }
        long step = advance(f, arrivalNanos);
        if (step == 0) {
            statistics.frameRejected();
            troubleSinceLast = true;
            return;
        }
        statistics.frameAccepted();
        if (step > 1) {
            gap(step - 1);
        }
        row(f);
    }

    /** Frames from the last one to this one (1 for the next frame), 0 for a duplicate; moves the clocks on. */
    private long advance(IastmDecoder.DataFrame f, long arrivalNanos) {
        long step;
        if (!started) {
            started = true;
            deviceMicros = f.timeMicros();
            step = 1;
        } else if (restartPending) {
            step = 1;
            deviceMicros += (f.timeMicros() - lastTime) & 0xFFFF_FFFFL;
        } else if (reconnectPending) {
            step = Math.max(1, Math.round((arrivalNanos - lastArrival) / (periodMicros * 1000.0)));
            deviceMicros += step * periodMicros;
        } else {
            int delta = (f.sequence() - lastSequence) & 0xFFFF;
            long dt = (f.timeMicros() - lastTime) & 0xFFFF_FFFFL;
            if (dt > 0x7FFF_FFFFL) {
                return 0; // device time went backwards: an old frame
            }
            long byTime = Math.round((double) dt / periodMicros);
            long wraps = Math.max(0, Math.round((byTime - delta) / 65536.0));
            step = delta + 65536 * wraps;
            if (step == 0) {
                return 0;
            }
            deviceMicros += dt;
        }
        lastSequence = f.sequence();
        lastTime = f.timeMicros();
        lastArrival = arrivalNanos;
        return step;
    }

    private void gap(long missing) {
        flush();
        GapCause cause = reconnectPending ? GapCause.RECONNECT
                : troubleSinceLast ? GapCause.REJECTED_FRAME : GapCause.COUNTER_JUMP;
        publisher.publishGap(nextIndex, missing, cause, lastArrival);
        statistics.gap(missing);
        nextIndex += missing;
    }

    private void row(IastmDecoder.DataFrame f) {
        reconnectPending = false;
        restartPending = false;
        troubleSinceLast = false;
        if (blockFrames == 0) {
            blockFirst = nextIndex;
            blockDeviceMicros = deviceMicros;
            blockQuality = nextQuality;
            nextQuality = 0;
        }
        float[] s = publisher.block().samples();
        int base = blockFrames * width;
        for (int axis = 0; axis < 3; axis++) {
            int count = f.forceMicronewtons(axis);
            s[base + axis] = newtons(count);
            if (count >= range[axis] || count <= -range[axis]) {
                blockQuality |= Quality.CLIPPED;
            }
        }
        if (orientation) {
            for (int i = 0; i < 4; i++) {
                s[base + 3 + i] = quaternion(f.quaternion(i));
            }
        }
        blockFrames++;
        nextIndex++;
        if (blockFrames == MAX_BLOCK_FRAMES) {
            flush();
        }
    }

    /** Newtons of a force count, as published. */
    public static float newtons(int micronewtons) {
        return (float) (micronewtons * Iastm.NEWTONS_PER_COUNT);
    }

    /** Quaternion component of a Q14 count, as published. */
    public static float quaternion(int q14) {
        return (float) (q14 * Iastm.QUATERNION_SCALE);
    }
}
