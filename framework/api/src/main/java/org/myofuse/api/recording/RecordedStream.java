package org.myofuse.api.recording;

import java.util.List;
import java.util.Objects;

import org.myofuse.api.device.DeviceDescriptor;

/**
 * One device stream of a recording: what it is, when it started, and how to read its frames.
 *
 * <p>Sample index {@code i} was taken at {@code startEpochMillis + 1000 * i / sampleRateHz}. The
 * stream covers indices {@code 0 .. spanFrames() - 1}; those in {@link #gaps()} are missing, the
 * others are the {@code frameCount} frames its {@link #frames() source} delivers, in index order.
 *
 * @param deviceId         the configured device's id, e.g. {@code sim-emg-1}; names the stream in file names
 * @param device           the device and its channels (names, units, ranges)
 * @param startEpochMillis wall-clock time of sample index 0, ms since the Unix epoch (UTC)
 * @param sampleRateHz     frame rate of the stream
 * @param frameCount       number of delivered frames (not counting gaps)
 * @param gaps             missing index ranges, sorted, not overlapping, within the span
 * @param frames           opens a reader over the delivered frames
 */
public record RecordedStream(String deviceId, DeviceDescriptor device, long startEpochMillis, double sampleRateHz,
        long frameCount, List<Gap> gaps, FrameSource frames) {

    public RecordedStream {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(frames, "frames");
        gaps = List.copyOf(gaps);
        if (!(sampleRateHz > 0) || Double.isInfinite(sampleRateHz)) {
            throw new IllegalArgumentException("stream " + deviceId + ": sample rate must be positive, was " + sampleRateHz);
        }
        if (frameCount < 0) {
            throw new IllegalArgumentException("stream " + deviceId + ": frame count must not be negative");
        }
        long span = frameCount + gaps.stream().mapToLong(Gap::count).sum();
        long previousEnd = 0;
        for (Gap g : gaps) {
            if (g.firstIndex() < previousEnd) {
                throw new IllegalArgumentException("stream " + deviceId + ": gap at index " + g.firstIndex()
                        + " overlaps or precedes the gap before it");
            }
            if (g.endIndex() > span) {
                throw new IllegalArgumentException("stream " + deviceId + ": gap at index " + g.firstIndex()
                        + " ends after the last sample index " + (span - 1));
            }
            previousEnd = g.endIndex();
        }
    }

    /** Number of channels per frame. */
    public int channels() {
        return device.channels().size();
    }

    /** Number of sample indices the stream covers: delivered frames plus missing samples. */
    public long spanFrames() {
        return frameCount + gaps.stream().mapToLong(Gap::count).sum();
    }
}
