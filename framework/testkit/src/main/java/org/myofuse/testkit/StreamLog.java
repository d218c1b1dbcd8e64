package org.myofuse.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.myofuse.api.stream.BlockKind;
import org.myofuse.api.stream.SampleBlock;
import org.myofuse.api.stream.StreamConsumer;
import org.myofuse.api.stream.StreamInfo;

/**
 * A bus consumer that checks every block against the sample model's rules as it arrives and keeps,
 * per device, what a conformance test asserts on. Violations are collected as one-line messages.
 */
public final class StreamLog implements StreamConsumer {

    /** What was seen of one device's streams. Fields are written by the consumer thread only. */
    public static final class Device {
        volatile long frames;
        volatile long gapSamples;
        volatile long gaps;
        volatile long droppedBlocks;
        volatile int streamsOpened;
        volatile int streamsClosed;
        volatile String closedReason;
        volatile StreamInfo stream;
        long nextIndex = Long.MIN_VALUE;
        long lastArrival = Long.MIN_VALUE;
        long firstArrival = Long.MIN_VALUE;
        final List<String> violations = new ArrayList<>();
        // Every block's arrival and the delivered frames so far after it, for rates measured on the
        // device's own arrival times rather than on when a test thread happened to look.
        private long[] arrivals = new long[1024];
        private long[] delivered = new long[1024];
        private int blocks;

        public long frames() {
            return frames;
        }

        public long gapSamples() {
            return gapSamples;
        }

        public long gaps() {
            return gaps;
        }

        public long droppedBlocks() {
            return droppedBlocks;
        }

        public int streamsOpened() {
            return streamsOpened;
        }

        public int streamsClosed() {
            return streamsClosed;
        }

        public String closedReason() {
            return closedReason;
        }

        public StreamInfo stream() {
            return stream;
        }

        /** Session time between the first and the last block received, in nanoseconds. */
        public synchronized long spanNanos() {
            return lastArrival == Long.MIN_VALUE ? 0 : lastArrival - firstArrival;
        }

        public synchronized List<String> violations() {
            return List.copyOf(violations);
        }

        /** How many blocks (samples and gaps) were received so far: a mark for {@link #frameRateSince}. */
        public synchronized int blocks() {
            return blocks;
        }

        /**
         * Delivered frames per second of arrival time over the blocks received since {@code mark}: the
         * least-squares slope of the delivered-frame count against each block's arrival time, so that a
         * burst after a stall moves a few points instead of the whole figure. NaN with fewer than 2 blocks.
         */
        public synchronized double frameRateSince(int mark) {
            int n = blocks - mark;
            if (n < 2) {
                return Double.NaN;
            }
            double t0 = arrivals[mark];
            double meanT = 0;
            double meanF = 0;
            for (int i = mark; i < blocks; i++) {
                meanT += (arrivals[i] - t0) / 1e9;
                meanF += delivered[i];
            }
            meanT /= n;
            meanF /= n;
            double covariance = 0;
            double variance = 0;
            for (int i = mark; i < blocks; i++) {
                double dt = (arrivals[i] - t0) / 1e9 - meanT;
                covariance += dt * (delivered[i] - meanF);
                variance += dt * dt;
            }
            return variance == 0 ? Double.NaN : covariance / variance;
        }

        synchronized void received(long arrivalNanos, long deliveredFrames) {
            if (blocks == arrivals.length) {
                arrivals = Arrays.copyOf(arrivals, blocks * 2);
                delivered = Arrays.copyOf(delivered, blocks * 2);
            }
            arrivals[blocks] = arrivalNanos;
            delivered[blocks] = deliveredFrames;
            blocks++;
        }

        synchronized void violation(String message) {
            if (violations.size() < 20) {
                violations.add(message);
            }
        }
    }

    private final Map<String, Device> devices = new ConcurrentHashMap<>();

    /** The log of one device (created empty if nothing arrived yet). */
    public Device device(String deviceId) {
        return devices.computeIfAbsent(deviceId, id -> new Device());
    }

    @Override
    public void onStreamOpened(StreamInfo stream) {
        Device d = device(stream.deviceId());
        d.stream = stream;
        d.closedReason = null;
        d.nextIndex = Long.MIN_VALUE;
        d.streamsOpened++;
    }

    @Override
    public void onEvent(SampleBlock block, long sequence, boolean endOfBatch) {
        Device d = device(block.stream().deviceId());
        d.droppedBlocks += block.droppedBefore();
        if (d.nextIndex != Long.MIN_VALUE && block.droppedBefore() == 0 && block.firstSampleIndex() != d.nextIndex) {
            d.violation("block starts at index " + block.firstSampleIndex() + ", expected " + d.nextIndex
                    + " (a jump must be announced by a gap block)");
        }
        d.nextIndex = block.nextSampleIndex();
        synchronized (d) {
            if (d.lastArrival != Long.MIN_VALUE && block.arrivalNanos() < d.lastArrival) {
                d.violation("arrival time went back from " + d.lastArrival + " to " + block.arrivalNanos() + " ns");
            }
            if (d.firstArrival == Long.MIN_VALUE) {
                d.firstArrival = block.arrivalNanos();
            }
            d.lastArrival = Math.max(d.lastArrival, block.arrivalNanos());
        }
        if (block.kind() == BlockKind.GAP) {
            d.gaps++;
            d.gapSamples += block.gapSamples();
        } else {
            checkRanges(d, block);
            d.frames += block.frames();
        }
        d.received(block.arrivalNanos(), d.frames);
    }

    private static void checkRanges(Device d, SampleBlock block) {
        var channels = block.stream().descriptor().channels();
        int n = block.channels();
        float[] samples = block.samples();
        for (int f = 0; f < block.frames(); f++) {
            for (int c = 0; c < n; c++) {
                float v = samples[f * n + c];
                var ch = channels.get(c);
                // NaN is a legal "no value" marker; anything else must lie in the declared range.
                if (!Float.isNaN(v) && (v < ch.min() - ch.resolution() || v > ch.max() + ch.resolution())) {
                    d.violation("channel " + ch.name() + " value " + v + " outside its declared range ["
                            + ch.min() + ", " + ch.max() + "] " + ch.unit());
                    return;
                }
            }
        }
    }

    @Override
    public void onStreamClosed(StreamInfo stream, String reason) {
        Device d = device(stream.deviceId());
        d.streamsClosed++;
        d.closedReason = reason;
    }
}
