package org.myofuse.api.serial;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counters of one port. Written by the port's reader thread (bytes by the transport, frames, rejects,
 * resyncs and gaps by the driver's decoder); read from any thread. Allocation-free.
 */
public final class PortStatistics {

    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong rejectedFrames = new AtomicLong();
    private final AtomicLong skippedBytes = new AtomicLong();
    private final AtomicLong resyncs = new AtomicLong();
    private final AtomicLong gaps = new AtomicLong();
    private final AtomicLong gapSamples = new AtomicLong();
    private final AtomicLong disconnects = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();

    /**
     * A consistent-enough copy for display.
     *
     * @param bytes          bytes read
     * @param frames         frames accepted
     * @param rejectedFrames frames rejected (bad footer, bad CRC, truncated)
     * @param skippedBytes   bytes discarded while searching for a frame start
     * @param resyncs        times the decoder lost and regained frame alignment
     * @param gaps           gaps recorded
     * @param gapSamples     samples missing in those gaps
     * @param disconnects    links lost
     * @param reconnects     links restored
     */
    public record Snapshot(long bytes, long frames, long rejectedFrames, long skippedBytes, long resyncs, long gaps,
            long gapSamples, long disconnects, long reconnects) {
    }

    public void addBytes(int n) {
        bytes.addAndGet(n);
    }

    public void frameAccepted() {
        frames.incrementAndGet();
    }

    public void frameRejected() {
        rejectedFrames.incrementAndGet();
    }

    public void bytesSkipped(int n) {
        skippedBytes.addAndGet(n);
    }

    public void resynced() {
        resyncs.incrementAndGet();
    }

    public void gap(long missingSamples) {
        gaps.incrementAndGet();
        gapSamples.addAndGet(missingSamples);
    }

    public void disconnected() {
        disconnects.incrementAndGet();
    }

    public void reconnected() {
        reconnects.incrementAndGet();
    }

    public Snapshot snapshot() {
        return new Snapshot(bytes.get(), frames.get(), rejectedFrames.get(), skippedBytes.get(), resyncs.get(),
                gaps.get(), gapSamples.get(), disconnects.get(), reconnects.get());
    }
}
