package org.myofuse.line.driver;

import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.Quality;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.line.protocol.LineDecoder;
import org.myofuse.line.protocol.LineSink;
import org.myofuse.serial.PortStatistics;

/**
 * Turns parsed lines into frames on the bus: scaling, plausibility flags and gaps. Runs on the reader
 * thread; allocates nothing.
 *
 * <p>A line device has no sample counter, so gaps are inferred. Every rejected line after the first
 * sample counts as one missing sample (cause REJECTED_FRAME). A silence counts too: when a line comes
 * more than {@code gapPeriods} sample periods after the previous one, the lines that follow are held
 * until they arrive at the device's pace again (a late USB batch, or a host that was busy, brings the
 * lines printed meanwhile), and the index of the last of them is then read from the device's
 * timeline - the earliest {@code arrival - index * period} seen, rising slowly to follow a device a
 * little off its nominal rate. The difference to the index it would get without a gap is missing
 * (cause STALL, or RECONNECT after a lost link); the larger of the two counts is published as one
 * gap, and a gap sized from time flags the block after it TIME_ESTIMATED.
 */
public final class LineStream implements LineSink {

    /** Frames per published block at most; blocks are also published at the end of every read. */
    public static final int MAX_BLOCK_FRAMES = 64;
    /** The timeline rises by 1/16 of a later line's lateness. */
    private static final int TIMELINE_RISE = 16;
    /** Reads a lone line after a silence is held for at most, waiting for a second line. */
    private static final int MAX_HELD_READS = 4;

    private final SamplePublisher publisher;
    private final PortStatistics statistics;
    private final int width;
    private final double[] scale;
    private final double[] offset;
    private final double[] minimum;
    private final double[] maximum;
    private final long periodNanos;
    private final long silenceNanos;

    private boolean started;
    private long nextIndex;
    private long lastArrival;
    private long rejectedSince;
    private boolean reconnectPending;
    private boolean resyncPending;

    private int blockFrames;
    private int blockQuality;
    private long blockArrival;
    /** What preceded the block's first frame, resolved into a gap when the block is published. */
    private long blockRejectsBefore;
    private boolean blockSuspicious;
    private boolean blockAfterReconnect;
    private int blockReads;
    private long lastRead;
    /** Session time of sample 0 by the device's timeline. */
    private long timeline;
    private boolean haveTimeline;

    public LineStream(SamplePublisher publisher, PortStatistics statistics, LineLayout layout) {
        this.publisher = publisher;
        this.statistics = statistics;
        this.width = layout.channels();
        this.scale = layout.scale().clone();
        this.offset = layout.offset().clone();
        this.minimum = layout.minimum().clone();
        this.maximum = layout.maximum().clone();
        this.periodNanos = layout.periodNanos();
        this.silenceNanos = layout.gapPeriods() * periodNanos;
        if (publisher.stream().channels() != width || publisher.stream().maxFramesPerBlock() < MAX_BLOCK_FRAMES) {
            throw new IllegalArgumentException("stream layout does not match the line device layout");
        }
    }

    /** The link came back: the next line is sized against the last one by arrival time, as a RECONNECT gap. */
    public void linkRestored() {
        drain();
        reconnectPending = true;
    }

    /**
     * The end of a read: publishes the frames collected, unless they follow a silence and the lines the
     * device printed meanwhile may still be arriving (the first read after the silence, or reads
     * following each other faster than half a period); those are held until the pace is back.
     */
    public void flush(long readArrivalNanos) {
        long previousRead = lastRead;
        lastRead = readArrivalNanos;
        if (blockFrames == 0) {
            return;
        }
        boolean catchingUp = blockReads++ == 0 || readArrivalNanos - previousRead < periodNanos / 2;
        // The first line after a silence is often late itself (observed through pseudo-terminals): wait for
        // a second one to read the timeline from, for a few reads at most.
        boolean wait = catchingUp || (blockFrames < 2 && blockReads < MAX_HELD_READS);
        if (blockSuspicious && wait && blockFrames < MAX_BLOCK_FRAMES) {
            return;
        }
        publishBlock(blockArrival, 0);
    }

    /** Publishes everything collected, held or not (at a stop). */
    public void drain() {
        if (blockFrames > 0) {
            publishBlock(blockArrival, 0);
        }
    }

    /**
     * Publishes the block and the gap before it; a gap after a silence is sized from the arrival of the
     * line {@code linesAfter} lines after the block's last one.
     */
    private void publishBlock(long anchorArrival, long linesAfter) {
        long missing = missingBefore(anchorArrival, linesAfter);
        if (missing > 0) {
            GapCause cause = blockAfterReconnect ? GapCause.RECONNECT
                    : blockRejectsBefore > 0 ? GapCause.REJECTED_FRAME : GapCause.STALL;
            publisher.publishGap(nextIndex, missing, cause, blockArrival);
            statistics.gap(missing);
            nextIndex += missing;
            if (missing > blockRejectsBefore) {
                blockQuality |= Quality.TIME_ESTIMATED;
            }
        }
        publisher.block().setSamples(nextIndex, blockFrames, blockArrival, blockQuality);
        publisher.publish();
        nextIndex += blockFrames;
        blockFrames = 0;
        track(blockArrival, nextIndex - 1);
    }

    /**
     * Samples missing before the block: the rejected lines, or after a silence the index the block's
     * last line should have by the device's timeline less the index it would get without a gap.
     */
    private long missingBefore(long anchorArrival, long linesAfter) {
        long byTime = 0;
        if (blockSuspicious && haveTimeline) {
            long lastByTime = Math.round((anchorArrival - timeline) / (double) periodNanos) - linesAfter;
            byTime = Math.max(0, lastByTime - (nextIndex + blockFrames - 1));
        }
        return Math.max(blockRejectsBefore, byTime);
    }

    /**
     * Follows the device's timeline: the earliest {@code arrival - index * period} seen (the least
     * delayed line), rising slowly so that a device a little slower than nominal is followed.
     */
    private void track(long arrivalNanos, long index) {
        long candidate = arrivalNanos - index * periodNanos;
        if (!haveTimeline || candidate < timeline) {
            timeline = candidate;
            haveTimeline = true;
        } else {
            timeline += (candidate - timeline) / TIMELINE_RISE;
        }
    }

    @Override
    public void sample(double[] values, long arrivalNanos) {
        if (blockFrames > 0 && rejectedSince > 0) {
            publishBlock(arrivalNanos, rejectedSince + 1); // the gap goes between the frames
        }
        if (blockFrames == 0) {
            openBlock(arrivalNanos);
        }
        float[] s = publisher.block().samples();
        int base = blockFrames * width;
        for (int ch = 0; ch < width; ch++) {
            double v = (values[ch] - offset[ch]) * scale[ch];
            if (v < minimum[ch] || v > maximum[ch]) {
                blockQuality |= Quality.CLIPPED;
            }
            s[base + ch] = (float) Math.max(-Float.MAX_VALUE, Math.min(Float.MAX_VALUE, v));
        }
        statistics.frameAccepted();
        lastArrival = arrivalNanos;
        blockArrival = arrivalNanos;
        blockFrames++;
        if (blockFrames == MAX_BLOCK_FRAMES) {
            publishBlock(blockArrival, 0);
        }
    }

    private void openBlock(long arrivalNanos) {
        blockQuality = resyncPending ? Quality.RESYNCED : 0;
        if (resyncPending) {
            statistics.resynced();
        }
        resyncPending = false;
        blockRejectsBefore = started ? rejectedSince : 0;
        blockAfterReconnect = started && reconnectPending;
        blockSuspicious = blockAfterReconnect || (started && arrivalNanos - lastArrival > silenceNanos);
        blockReads = 0;
        started = true;
        rejectedSince = 0;
        reconnectPending = false;
    }

    @Override
    public void rejected(LineDecoder.Rejection why, int bytes) {
        statistics.frameRejected();
        if (started) {
            rejectedSince++;
            resyncPending = true;
        }
    }

    @Override
    public void ignored(int bytes) {
        statistics.bytesSkipped(bytes);
    }
}
