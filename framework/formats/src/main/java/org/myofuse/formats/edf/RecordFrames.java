package org.myofuse.formats.edf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.myofuse.api.recording.FormatException;
import org.myofuse.api.recording.FrameReader;
import org.myofuse.api.recording.FrameSource;
import org.myofuse.api.recording.Gap;

/**
 * The frames of one stream of an EDF(+)/BDF(+) file, decoded record by record as they are pulled:
 * each record's samples of the stream's signals, physical values in the stream's units, leaving out
 * the indices in gaps and after the stream's span. One record in memory, whatever the file's length.
 */
final class RecordFrames implements FrameSource {

    private final Path file;
    private final int headerBytes;
    private final long recordBytes;
    private final int bytesPerSample;
    private final int[] offsets;
    private final int spr;
    private final long[] recordStart;
    private final long span;
    private final List<Gap> gaps;
    private final double[][] scales;

    /**
     * @param signals     the stream's signals (indices into the header's), all with the same samples per record
     * @param recordStart each record's first sample index in the stream
     * @param span        indices the stream covers; samples of the last record beyond it are left out
     * @param scales      per channel: offset and gain from digital value to the stream's unit
     */
    RecordFrames(Path file, EdfHeader header, List<Integer> signals, long[] recordStart, long span, List<Gap> gaps,
            double[][] scales) {
        this.file = file;
        this.headerBytes = header.headerBytes();
        this.recordBytes = header.recordBytes();
        this.bytesPerSample = header.flavor().bytesPerSample();
        this.offsets = signals.stream().mapToInt(i -> header.signals().get(i).offsetBytes()).toArray();
        this.spr = header.signals().get(signals.get(0)).samplesPerRecord();
        this.recordStart = recordStart;
        this.span = span;
        this.gaps = List.copyOf(gaps);
        this.scales = scales;
    }

    @Override
    public FrameReader open() throws IOException {
        return new Reader(FileChannel.open(file, StandardOpenOption.READ));
    }

    private final class Reader implements FrameReader {
        private final FileChannel in;
        private final ByteBuffer record = ByteBuffer.allocate((int) recordBytes);
        private final byte[] bytes = record.array();
        private final float[] values = new float[spr * offsets.length]; // channel-major
        private int k = -1;
        private int sample = spr;
        private int nextGap;

        Reader(FileChannel in) {
            this.in = in;
        }

        @Override
        public int read(float[] into, int offsetFrames, int maxFrames) throws IOException {
            int channels = offsets.length;
            int n = 0;
            while (n < maxFrames) {
                if (sample == spr) {
                    if (k + 1 >= recordStart.length) {
                        break;
                    }
                    decode(++k);
                    sample = 0;
                }
                long index = recordStart[k] + sample;
                if (index >= span) {
                    sample = spr;
                    k = recordStart.length;
                    break;
                }
                while (nextGap < gaps.size() && gaps.get(nextGap).endIndex() <= index) {
                    nextGap++;
                }
                if (nextGap < gaps.size() && gaps.get(nextGap).firstIndex() <= index) {
                    sample++;
                    continue;
                }
                int at = (offsetFrames + n) * channels;
                for (int c = 0; c < channels; c++) {
                    into[at + c] = values[c * spr + sample];
                }
                sample++;
                n++;
            }
            return n == 0 ? -1 : n;
        }

        private void decode(int r) throws IOException {
            record.clear();
            long at = headerBytes + r * recordBytes;
            while (record.hasRemaining()) {
                if (in.read(record, at + record.position()) < 0) {
                    throw new FormatException(file, 0, "file ends inside data record " + (r + 1) + " (truncated?)");
                }
            }
            for (int c = 0; c < offsets.length; c++) {
                double offset = scales[c][0];
                double gain = scales[c][1];
                int p = offsets[c];
                int base = c * spr;
                if (bytesPerSample == 2) {
                    for (int s = 0; s < spr; s++, p += 2) {
                        values[base + s] = (float) (offset + gain * ((bytes[p] & 0xFF) | (bytes[p + 1] << 8)));
                    }
                } else {
                    for (int s = 0; s < spr; s++, p += 3) {
                        int digital = (bytes[p] & 0xFF) | ((bytes[p + 1] & 0xFF) << 8) | (bytes[p + 2] << 16);
                        values[base + s] = (float) (offset + gain * digital);
                    }
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
