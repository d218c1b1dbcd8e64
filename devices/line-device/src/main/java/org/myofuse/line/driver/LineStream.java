package org.myofuse.line.driver;

import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.Quality;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.line.protocol.LineDecoder;
import org.myofuse.line.protocol.LineSink;
import org.myofuse.api.serial.PortStatistics;

/**
 * Turns parsed lines into frames on the bus: scaling, plausibility flags and gaps. Runs on the reader
 * thread; allocates nothing.
 *
 * <p>A line device has no sample counter, so gaps are inferred. Every rejected line after the first
 * sample counts as one missing sample (cause REJECTED_FRAME). A silence counts too: when a line comes
 * more than {@code gapPeriods} sample periods after the previous one, the lines that follow are held
 * for {@code HOLD_PERIODS} periods of reads (a late USB batch, or a host that was busy, brings the
 * lines printed meanwhile, and any single read may be late), and the index of the first of them is
 * read from the device's timeline - the earliest {@code arrival - index * period} seen, rising slowly
 * to follow a device a little off its nominal rate - using the least delayed of the held reads. The
 * difference to the index it would get without a gap is missing (cause STALL, or RECONNECT after a
 * lost link); the larger of the two counts is published as one gap, and a gap sized from time flags
 * the block after it TIME_ESTIMATED.
 */
public final class LineStream implements LineSink {

    /** Frames per published block at most; blocks are also published at the end of every read. */
    public static final int MAX_BLOCK_FRAMES = 64;
    /** The timeline rises by 1/16 of a later line's lateness. */
    private static final int TIMELINE_RISE = 16;
    /**
     * Periods of arrivals a block after a silence is held for: long enough that one of its reads comes
     * with little delay (a scheduling hiccup late by more than half a period delays a read or a burst,
     * rarely every read of 8 periods), short enough to add little latency.
     */
    private static final int HOLD_PERIODS = 8;

    private final SamplePublisher publisher;
    private final PortStatistics statistics;
    private final int width;
    private final double[] scale;
    private final double[] offset;
    private final double[] minimum;
    private final double[] maximum;
    private final long periodNanos;
    private final long silenceNanos;
    private final long holdNanos;

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
    private long blockFirstArrival;
    /**
     * Least {@code arrival - k * period} over the block's reads, k being the position in the block of
     * the read's last line: the arrival the block's first line would have had with the least delay.
     */
    private long blockAnchor;
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
        this.holdNanos = HOLD_PERIODS * periodNanos;
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
     * The end of a read: publishes the frames collected, unless they follow a silence and fewer than
     * {@link #HOLD_PERIODS} periods have passed since the first of them arrived; those are held so that
     * the gap is sized from the least delayed of several reads, not from whichever read came first.
     */
    public void flush(long readArrivalNanos) {
        if (blockFrames == 0) {
            return;
        }
        // all lines of a read share its arrival stamp, which is nearest to when the last of them was printed
        noteAnchor(readArrivalNanos, blockFrames - 1);
        if (blockSuspicious && readArrivalNanos - blockFirstArrival < holdNanos) {
            return;
        }
        publishBlock();
    }

    /** Publishes everything collected, held or not (at a stop). */
    public void drain() {
        if (blockFrames > 0) {
            noteAnchor(blockArrival, blockFrames - 1);
            publishBlock();
        }
    }

    /** A line at position {@code k} in the block arrived at {@code arrivalNanos}. */
    private void noteAnchor(long arrivalNanos, long k) {
        blockAnchor = Math.min(blockAnchor, arrivalNanos - k * periodNanos);
    }

    /** Publishes the block and the gap before it. */
    private void publishBlock() {
        long missing = missingBefore();
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
     * first line should have by the device's timeline (from its least delayed read) less the index it
     * would get without a gap.
     */
    private long missingBefore() {
        long byTime = 0;
        if (blockSuspicious && haveTimeline) {
            long firstByTime = Math.round((blockAnchor - timeline) / (double) periodNanos);
            byTime = Math.max(0, firstByTime - nextIndex);
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
            // the gap goes between the frames; this line, rejectedSince lines after the block, is a read too
            noteAnchor(arrivalNanos, blockFrames + rejectedSince);
            publishBlock();
        } else if (blockFrames > 0 && arrivalNanos - lastArrival > silenceNanos) {
            // a new silence while a block is held: the held lines are sized by their own reads, and the new
            // silence becomes a gap of its own before this line's block (not merged into the first one)
            noteAnchor(lastArrival, blockFrames - 1);
            publishBlock();
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
            noteAnchor(arrivalNanos, blockFrames - 1);
            publishBlock();
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
        blockFirstArrival = arrivalNanos;
        blockAnchor = Long.MAX_VALUE;
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
