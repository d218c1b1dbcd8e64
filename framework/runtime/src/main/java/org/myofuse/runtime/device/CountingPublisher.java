package org.myofuse.runtime.device;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.GapCause;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.runtime.stream.IndexContinuity;

/**
 * The publisher a driver gets: the bus's publisher plus the device's counters.
 *
 * <p>The counters are plain fields written only by the driver's publishing thread and made visible
 * to readers with opaque writes (whole 64-bit values, no fences): nothing here allocates or waits.
 * Gaps are counted by the same index rule the bus applies, so the counters match what consumers see.
 */
final class CountingPublisher implements SamplePublisher {

    private static final VarHandle SAMPLES;
    private static final VarHandle GAPS;
    private static final VarHandle GAP_SAMPLES;
    private static final VarHandle LAST_BLOCK_NANOS;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            SAMPLES = lookup.findVarHandle(CountingPublisher.class, "samples", long.class);
            GAPS = lookup.findVarHandle(CountingPublisher.class, "gaps", long.class);
            GAP_SAMPLES = lookup.findVarHandle(CountingPublisher.class, "gapSamples", long.class);
            LAST_BLOCK_NANOS = lookup.findVarHandle(CountingPublisher.class, "lastBlockNanos", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final SamplePublisher delegate;
    private final SessionClock clock;
    private final Runnable onFirstBlock;
    private final IndexContinuity continuity = new IndexContinuity();

    /**
     * Open from just before the host calls the connection's start() until just before it calls stop():
     * the host's half of the SPI promise that whatever a reader thread publishes while or after stop()
     * runs is dropped, so that drivers need no lock between their reader thread and stop().
     */
    private volatile boolean accepting;

    private long samples;
    private long gaps;
    private long gapSamples;
    private long lastBlockNanos = -1;

    CountingPublisher(SamplePublisher delegate, SessionClock clock, Runnable onFirstBlock) {
        this.delegate = delegate;
        this.clock = clock;
        this.onFirstBlock = onFirstBlock;
    }

    @Override
    public StreamInfo stream() {
        return delegate.stream();
    }

    @Override
    public SampleBlock block() {
        return delegate.block();
    }

    /** Opens or closes the window in which publishes are accepted; any thread. */
    void accepting(boolean accept) {
        accepting = accept;
    }

    @Override
    public void publish() {
        if (!accepting || !delegate.isOpen()) {
            return;
        }
        count(delegate.block());
        delegate.publish();
        boolean first = lastBlockNanos < 0;
        LAST_BLOCK_NANOS.setOpaque(this, clock.nanos());
        if (first) {
            onFirstBlock.run();
        }
    }

    @Override
    public void publishGap(long firstMissingIndex, long missingSamples, GapCause cause, long arrivalNanos) {
        delegate.block().setGap(firstMissingIndex, missingSamples, cause, arrivalNanos);
        publish();
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }

    private void count(SampleBlock block) {
        int verdict = continuity.accept(block);
        if (verdict == IndexContinuity.OVERLAP) {
            return;
        }
        if (verdict == IndexContinuity.JUMP) {
            addGap(continuity.missingSamples());
        }
        if (block.kind() == BlockKind.GAP) {
            addGap(block.gapSamples());
        } else {
            SAMPLES.setOpaque(this, samples + block.frames());
        }
    }

    private void addGap(long missing) {
        GAPS.setOpaque(this, gaps + 1);
        GAP_SAMPLES.setOpaque(this, gapSamples + missing);
    }

    long samples() {
        return (long) SAMPLES.getOpaque(this);
    }

    long gaps() {
        return (long) GAPS.getOpaque(this);
    }

    long gapSamples() {
        return (long) GAP_SAMPLES.getOpaque(this);
    }

    /** Session time of the last block, or -1 before the first. */
    long lastBlockNanos() {
        return (long) LAST_BLOCK_NANOS.getOpaque(this);
    }
}
