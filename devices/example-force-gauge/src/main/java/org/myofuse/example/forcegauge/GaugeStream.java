package org.myofuse.example.forcegauge;

import org.myofuse.api.serial.PortStatistics;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.Quality;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.example.forcegauge.gcl.ForceUnit;
import org.myofuse.example.forcegauge.gcl.ReadingParser;

/**
 * Turns the gauge's responses into the stream: one frame per answered poll, at the sample index of that
 * poll ({@code poll number + offset}), and a gap before it for the polls that brought no usable answer.
 * The gap's cause is {@link GapCause#RECONNECT} for the first sample after the link came back,
 * {@link GapCause#REJECTED_FRAME} if a response was rejected since the last sample, otherwise
 * {@link GapCause#STALL} (the gauge answered too late for some ticks).
 *
 * <p>The reader thread's: it owns the parser, the numbering and the publisher's staging block, and
 * allocates nothing per response. The one exception is {@link #requestRestart()}, a request another
 * thread leaves in a volatile field.
 */
final class GaugeStream {

    /** One response is one frame; publishing it at once keeps the latency at one read. */
    static final int MAX_BLOCK_FRAMES = 1;

    private final SamplePublisher publisher;
    private final PortStatistics statistics;
    private final float capacityN;
    private final Runnable reconnected;
    private final ReadingParser parser = new ReadingParser();

    /** Set by {@code start()}: the next sample continues the numbering, without a gap for the pause. */
    private volatile boolean restartRequested = true;

    private long nextIndex;
    private long offset;
    private boolean rejectedSince;
    private boolean reconnectPending;

    /**
     * @param reconnected called on the reader thread once the first sample after a restored link is
     *                    published (and the gap before it)
     */
    GaugeStream(SamplePublisher publisher, PortStatistics statistics, double capacityN, Runnable reconnected) {
        if (publisher.stream().channels() != 1 || publisher.stream().maxFramesPerBlock() < MAX_BLOCK_FRAMES) {
            throw new IllegalArgumentException("the stream must carry one channel per frame");
        }
        this.publisher = publisher;
        this.statistics = statistics;
        this.capacityN = (float) capacityN;
        this.reconnected = reconnected;
    }

    /** Any thread: the next sample is numbered on from the last one (streaming starts again). */
    void requestRestart() {
        restartRequested = true;
    }

    /** The link came back: the next sample is preceded by a RECONNECT gap covering the polls missed. */
    void linkRestored() {
        reconnectPending = true;
    }

    /** A response line to poll number {@code poll}. */
    void response(long poll, byte[] line, int length, long arrivalNanos) {
        if (parser.parse(line, length, ForceUnit.NEWTON) != ReadingParser.Outcome.READING) {
            rejected(); // damaged, or an error code such as *10: this poll has no sample
            return;
        }
        if (restartRequested) {
            restartRequested = false;
            offset = nextIndex - poll;
            rejectedSince = false;
            reconnectPending = false;
        }
        // max: an answer to a given-up poll may be taken for the next one's, never for an earlier index
        long index = Math.max(nextIndex, poll + offset);
        if (index > nextIndex) {
            long missing = index - nextIndex;
            publisher.publishGap(nextIndex, missing, gapCause(), arrivalNanos);
            statistics.gap(missing);
        }
        publish(index, arrivalNanos);
        if (reconnectPending) {
            reconnectPending = false;
            reconnected.run();
        }
    }

    /** A response could not be used (damaged, overlong, an error code). */
    void rejected() {
        statistics.frameRejected();
        rejectedSince = true;
    }

    private GapCause gapCause() {
        return reconnectPending ? GapCause.RECONNECT : rejectedSince ? GapCause.REJECTED_FRAME : GapCause.STALL;
    }

    private void publish(long index, long arrivalNanos) {
        int quality = 0;
        if (rejectedSince) {
            quality |= Quality.RESYNCED;
            statistics.resynced();
            rejectedSince = false;
        }
        float value = (float) parser.newtons();
        if (value >= capacityN || value <= -capacityN) {
            quality |= Quality.CLIPPED; // an overloaded gauge: at the limit it can measure, or beyond
            value = Math.max(-capacityN, Math.min(capacityN, value));
        }
        SampleBlock block = publisher.block();
        block.samples()[0] = value;
        block.setSamples(index, 1, arrivalNanos, quality);
        publisher.publish();
        statistics.frameAccepted();
        nextIndex = index + 1;
    }
}
