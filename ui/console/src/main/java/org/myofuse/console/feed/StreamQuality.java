package org.myofuse.console.feed;

/**
 * What the console saw of one device's stream on the bus, for the signal quality the devices view
 * shows: blocks, blocks with clipped samples, blocks after a decoder resynchronisation, gap records,
 * and whether the samples are simulated. Several streams of one device (a reconnect) add up.
 *
 * <p>Written by the console's dispatch thread only; read on the UI thread through volatile fields.
 */
public final class StreamQuality {

    private volatile long blocks;
    private volatile long clippedBlocks;
    private volatile long resyncedBlocks;
    private volatile long gapRecords;
    private volatile boolean simulated;
    private volatile long lastArrivalNanos = -1;

    void samples(int quality, long arrivalNanos) {
        blocks = blocks + 1;
        if ((quality & org.myofuse.api.stream.Quality.CLIPPED) != 0) {
            clippedBlocks = clippedBlocks + 1;
        }
        if ((quality & org.myofuse.api.stream.Quality.RESYNCED) != 0) {
            resyncedBlocks = resyncedBlocks + 1;
        }
        if ((quality & org.myofuse.api.stream.Quality.SIMULATED) != 0 && !simulated) {
            simulated = true;
        }
        lastArrivalNanos = arrivalNanos;
    }

    void gap(long arrivalNanos) {
        gapRecords = gapRecords + 1;
        lastArrivalNanos = arrivalNanos;
    }

    public long blocks() {
        return blocks;
    }

    public long clippedBlocks() {
        return clippedBlocks;
    }

    public long resyncedBlocks() {
        return resyncedBlocks;
    }

    public long gapRecords() {
        return gapRecords;
    }

    public boolean simulated() {
        return simulated;
    }

    /** Session time the newest block arrived, -1 before the first. */
    public long lastArrivalNanos() {
        return lastArrivalNanos;
    }
}
