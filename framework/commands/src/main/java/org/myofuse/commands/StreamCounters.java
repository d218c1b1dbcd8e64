package org.myofuse.commands;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;
import org.myofuse.api.stream.Subscription;

/**
 * Counts what reaches one bus consumer, per device: samples, gap records and missing samples. Several
 * streams of one device (a reconnect opens a new one) add up. Blocks this consumer lost are counted by
 * the bus per stream ({@link Subscription#droppedBlocks(int)}); {@link #dropped} sums them per device.
 *
 * <p>All callbacks come from the consumer's dispatch thread, the only writer; readers on other
 * threads see the counters through volatile fields. {@link #onEvent} allocates nothing.
 */
final class StreamCounters implements StreamConsumer {

    /** The counters of one device. Written by the dispatch thread only. */
    static final class DeviceCounter {
        private volatile long samples;
        private volatile long gaps;
        private volatile long gapSamples;
        private volatile int latestStream = -1;
        private volatile String endReason = "";
        private final List<Integer> streams = new CopyOnWriteArrayList<>();

        long samples() {
            return samples;
        }

        long gaps() {
            return gaps;
        }

        long gapSamples() {
            return gapSamples;
        }

        /** Why the device's latest stream ended, "" while it runs or before it opened. */
        String endReason() {
            return endReason;
        }

        /** The ids of the device's streams seen so far, oldest first. */
        List<Integer> streams() {
            return streams;
        }
    }

    private final ConcurrentHashMap<String, DeviceCounter> byDevice = new ConcurrentHashMap<>();
    /** Ids of the streams whose end this consumer has seen; guarded by this. */
    private final Set<Integer> closedStreams = new HashSet<>();
    /** Indexed by stream id; confined to the dispatch thread. */
    private DeviceCounter[] byStream = new DeviceCounter[16];

    /** The counters of a device; created empty if none of its streams has been seen yet. */
    DeviceCounter device(String deviceId) {
        return byDevice.computeIfAbsent(deviceId, id -> new DeviceCounter());
    }

    /** Blocks of the device's streams that the bus dropped for this consumer's subscription. */
    long dropped(String deviceId, Subscription subscription) {
        long sum = 0;
        for (int streamId : device(deviceId).streams()) {
            sum += subscription.droppedBlocks(streamId);
        }
        return sum;
    }

    @Override
    public void onStreamOpened(StreamInfo stream) {
        int id = stream.streamId();
        if (id >= byStream.length) {
            byStream = Arrays.copyOf(byStream, Math.max(byStream.length * 2, id + 1));
        }
        DeviceCounter counter = device(stream.deviceId());
        byStream[id] = counter;
        counter.streams.add(id);
        if (id > counter.latestStream) {
            counter.latestStream = id;
            counter.endReason = "";
        }
    }

    @Override
    public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
        int id = block.stream().streamId();
        DeviceCounter counter = id < byStream.length ? byStream[id] : null;
        if (counter == null) {
            return; // cannot happen: the bus announces every stream before its blocks
        }
        if (block.kind() == BlockKind.GAP) {
            counter.gaps = counter.gaps + 1;
            counter.gapSamples = counter.gapSamples + block.gapSamples();
        } else {
            counter.samples = counter.samples + block.frames();
        }
    }

    @Override
    public void onStreamClosed(StreamInfo stream, String reason) {
        int id = stream.streamId();
        DeviceCounter counter = id < byStream.length ? byStream[id] : null;
        if (counter == null) {
            return;
        }
        byStream[id] = null;
        // Streams of one device may be dispatched out of order with each other: the newest one speaks.
        if (id >= counter.latestStream) {
            counter.endReason = reason;
        }
        synchronized (this) {
            closedStreams.add(id);
            notifyAll();
        }
    }

    /**
     * Waits until this consumer has been told of the end of each of these streams (it may lag behind the
     * bus), at most {@code timeoutMillis}.
     *
     * @return true if all ended in time
     */
    synchronized boolean awaitClosed(Collection<Integer> streamIds, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!closedStreams.containsAll(streamIds)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
