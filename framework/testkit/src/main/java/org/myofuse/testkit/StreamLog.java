package org.myofuse.testkit;

import java.util.ArrayList;
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
            return;
        }
        checkRanges(d, block);
        d.frames += block.frames();
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
