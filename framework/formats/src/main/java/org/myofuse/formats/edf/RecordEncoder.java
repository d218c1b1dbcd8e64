package org.myofuse.formats.edf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.List;

import org.myofuse.api.recording.FrameReader;
import org.myofuse.api.recording.Gap;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.formats.internal.Progress;

/**
 * Pulls frames record by record and encodes them: frames arrive frame-major, EDF stores each signal's
 * samples of a record together, so every record is transposed while being converted to digital
 * values. All buffers are allocated once.
 */
final class RecordEncoder {

    /** Channels per tile of the transposition: 16 floats fill one 64-byte cache line of a frame. */
    private static final int TILE = 16;

    private final RecordedStream stream;
    private final RecordPlan plan;
    private final SignalScale[] scales;
    private final Tals tals;
    private final int channels;
    private final int bytesPerSample;
    private final float[] frames;
    /** One tile of channels of the record, channel-major. */
    private final float[] tile;
    private final float[] last;
    private final byte[] record;
    private final List<Gap> gaps;
    private int nextGap;
    private long delivered;

    RecordEncoder(RecordedStream stream, RecordPlan plan, List<SignalScale> scales, Tals tals, EdfFlavor flavor) {
        this.stream = stream;
        this.plan = plan;
        this.scales = scales.toArray(SignalScale[]::new);
        this.tals = tals;
        this.channels = stream.channels();
        this.bytesPerSample = flavor.bytesPerSample();
        this.frames = new float[plan.samplesPerRecord * channels];
        this.tile = new float[plan.samplesPerRecord * Math.min(channels, TILE)];
        this.last = new float[channels];
        this.record = new byte[(plan.samplesPerRecord * channels + tals.samplesPerRecord()) * bytesPerSample];
        this.gaps = stream.gaps();
        for (int c = 0; c < channels; c++) {
            last[c] = (float) Math.max(this.scales[c].physicalMin(), Math.min(0, this.scales[c].channel().max()));
        }
    }

    void writeRecords(FileChannel out, Progress progress) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(record);
        try (FrameReader reader = stream.frames().open()) {
            for (int k = 0; k < plan.records; k++) {
                if (!plan.written[k]) {
                    continue;
                }
                long before = delivered;
                fillFrames(reader, (long) k * plan.samplesPerRecord);
                encode();
                tals.fill(k, record, plan.samplesPerRecord * channels * bytesPerSample);
                buffer.clear();
                EdfWriter.writeFully(out, buffer);
                progress.add(delivered - before);
            }
            if (delivered != stream.frameCount() || reader.read(frames, 0, 1) > 0) {
                throw new EdfWriter.DataException("stream " + stream.deviceId() + " did not deliver the "
                        + stream.frameCount() + " frames it declared");
            }
        }
    }

    /** Frames of the record starting at {@code start}: delivered ones read, missing ones holding the last value. */
    private void fillFrames(FrameReader reader, long start) throws IOException {
        long end = start + plan.samplesPerRecord;
        long p = start;
        while (p < end) {
            while (nextGap < gaps.size() && gaps.get(nextGap).endIndex() <= p) {
                nextGap++;
            }
            Gap gap = nextGap < gaps.size() ? gaps.get(nextGap) : null;
            if (p >= plan.span || (gap != null && gap.firstIndex() <= p)) {
                long holdEnd = p >= plan.span ? end : Math.min(end, gap.endIndex());
                for (; p < holdEnd; p++) {
                    System.arraycopy(last, 0, frames, (int) (p - start) * channels, channels);
                }
            } else {
                long runEnd = Math.min(Math.min(end, plan.span), gap == null ? Long.MAX_VALUE : gap.firstIndex());
                readRun(reader, (int) (p - start), (int) (runEnd - p));
                p = runEnd;
                System.arraycopy(frames, (int) (p - 1 - start) * channels, last, 0, channels);
            }
        }
    }

    private void readRun(FrameReader reader, int offset, int count) throws IOException {
        int done = 0;
        while (done < count) {
            int n = reader.read(frames, offset + done, count - done);
            if (n <= 0) {
                throw new EdfWriter.DataException("stream " + stream.deviceId() + " ended after " + (delivered + done)
                        + " of " + stream.frameCount() + " frames");
            }
            done += n;
        }
        delivered += count;
    }

    /**
     * Transposes and converts to little-endian two's complement, {@link #TILE} channels at a time: the
     * tile's samples are gathered channel by channel into a small scratch array, then each channel is
     * converted in one tight loop. Read channel by channel straight from the frames, a wide frame (the
     * 1024-channel mat) puts consecutive reads one frame (4 KB) apart, all in the same few cache sets,
     * which made this the slowest step of exporting the mat.
     */
    private void encode() {
        int spr = plan.samplesPerRecord;
        for (int c0 = 0; c0 < channels; c0 += TILE) {
            int c1 = Math.min(channels, c0 + TILE);
            for (int s = 0; s < spr; s++) {
                int row = s * channels;
                for (int c = c0; c < c1; c++) {
                    tile[(c - c0) * spr + s] = frames[row + c];
                }
            }
            for (int c = c0; c < c1; c++) {
                convert(scales[c], (c - c0) * spr, c * spr * bytesPerSample, spr);
            }
        }
    }

    private void convert(SignalScale scale, int from, int pos, int count) {
        for (int i = from; i < from + count; i++, pos += bytesPerSample) {
            int digital = scale.digital(tile[i]);
            record[pos] = (byte) digital;
            record[pos + 1] = (byte) (digital >> 8);
            if (bytesPerSample == 3) {
                record[pos + 2] = (byte) (digital >> 16);
            }
        }
    }
}
