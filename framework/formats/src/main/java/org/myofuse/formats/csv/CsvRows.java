package org.myofuse.formats.csv;

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
import org.myofuse.formats.internal.DecimalFloats;
import org.myofuse.formats.internal.Printable;

/**
 * The data rows of a Myofuse CSV file, parsed while they are pulled: each {@link #open} reads the file
 * from the first row on, through one reusable buffer, and checks every row (field count, index against
 * the declared gaps, numbers) and at the end the frame count. A bad row is a {@link FormatException}
 * naming the file, its line and the problem.
 */
final class CsvRows implements FrameSource {

    private static final int BUFFER_BYTES = 1 << 20;

    private final Path file;
    private final long dataOffset;
    private final long firstLine;
    private final int channels;
    private final long frames;
    private final List<Gap> gaps;

    /**
     * @param dataOffset byte offset of the first data row
     * @param firstLine  its line number
     */
    CsvRows(Path file, long dataOffset, long firstLine, int channels, long frames, List<Gap> gaps) {
        this.file = file;
        this.dataOffset = dataOffset;
        this.firstLine = firstLine;
        this.channels = channels;
        this.frames = frames;
        this.gaps = List.copyOf(gaps);
    }

    @Override
    public FrameReader open() throws IOException {
        try {
            return new Reader(FileChannel.open(file, StandardOpenOption.READ));
        } catch (IOException e) {
            throw new IOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** One pass over the rows. */
    private final class Reader implements FrameReader {
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
        private final byte[] bytes = buffer.array();
        private int start;
        private int end;
        private boolean eof;
        private long line;
        private long delivered;
        private long expectedIndex;
        private int nextGap;

        Reader(FileChannel channel) throws IOException {
            this.channel = channel;
            channel.position(dataOffset);
            line = firstLine - 1;
        }

        @Override
        public int read(float[] into, int offsetFrames, int maxFrames) throws IOException {
            int n = 0;
            while (n < maxFrames) {
                int rowEnd = nextLineEnd();
                if (rowEnd < 0) {
                    break;
                }
                line++;
                int rowStart = start;
                start = rowEnd + 1;
                int length = rowEnd > rowStart && bytes[rowEnd - 1] == '\r' ? rowEnd - 1 : rowEnd;
                if (length == rowStart) {
                    continue; // an empty line, e.g. after the last row
                }
                if (delivered == frames) {
                    throw error("more rows than the " + frames + " frames the header declares");
                }
                row(rowStart, length, into, (offsetFrames + n) * channels);
                n++;
            }
            if (n == 0) {
                if (delivered < frames) {
                    throw new FormatException(file, line, "file ends after " + delivered + " of " + frames
                            + " frames (truncated?)");
                }
                return -1;
            }
            return n;
        }

        /** Parses one row of {@code bytes[from, to)} into {@code into[at..]}. */
        private void row(int from, int to, float[] into, int at) throws FormatException {
            while (nextGap < gaps.size() && gaps.get(nextGap).firstIndex() == expectedIndex) {
                expectedIndex = gaps.get(nextGap++).endIndex();
            }
            int end = comma(from, to);
            if (end < 0) {
                throw fieldCount(from, to);
            }
            long index = index(from, end);
            if (index != expectedIndex) {
                throw error("sample index " + index + " where " + expectedIndex + " was expected");
            }
            end = comma(end + 1, to); // time_s: sample_index / rate, informative
            if (end < 0) {
                throw fieldCount(from, to);
            }
            for (int c = 0; c < channels; c++) {
                int field = end + 1;
                end = c == channels - 1 ? to : comma(field, to);
                if (end < 0 || (c == channels - 1 && comma(field, to) >= 0)) {
                    throw fieldCount(from, to);
                }
                try {
                    into[at + c] = DecimalFloats.parse(bytes, field, end);
                } catch (NumberFormatException e) {
                    throw error("'" + text(field, end) + "' is not a number (channel " + (c + 1) + ")");
                }
            }
            delivered++;
            expectedIndex++;
        }

        private int comma(int from, int to) {
            for (int i = from; i < to; i++) {
                if (bytes[i] == ',') {
                    return i;
                }
            }
            return -1;
        }

        private long index(int from, int to) throws FormatException {
            long value = 0;
            if (from == to || to - from > 18) {
                throw error("malformed sample index '" + text(from, to) + "'");
            }
            for (int i = from; i < to; i++) {
                if (bytes[i] < '0' || bytes[i] > '9') {
                    throw error("malformed sample index '" + text(from, to) + "'");
                }
                value = value * 10 + (bytes[i] - '0');
            }
            return value;
        }

        private FormatException fieldCount(int from, int to) {
            int fields = 1;
            for (int i = from; i < to; i++) {
                fields += bytes[i] == ',' ? 1 : 0;
            }
            return error("expected " + (channels + 2) + " fields, found " + fields
                    + (fields < channels + 2 ? " (truncated row?)" : ""));
        }

        private String text(int from, int to) {
            String s = new String(bytes, from, Math.min(to - from, 40), java.nio.charset.StandardCharsets.ISO_8859_1);
            return to - from > 40 ? s + "..." : s;
        }

        /** The index of the next '\n' in the buffer, reading more as needed; -1 at the end of the file. */
        private int nextLineEnd() throws IOException {
            int searchFrom = start;
            while (true) {
                for (int i = searchFrom; i < end; i++) {
                    if (bytes[i] == '\n') {
                        return i;
                    }
                }
                if (eof) {
                    if (start < end) { // a last row without '\n'
                        bytes[end] = '\n';
                        return end++;
                    }
                    return -1;
                }
                searchFrom = end - start;
                fill();
            }
        }

        /** Moves the unread rest to the front and reads more; leaves room for one '\n'. */
        private void fill() throws IOException {
            int rest = end - start;
            if (rest >= bytes.length - 1) {
                throw new FormatException(file, line + 1, "row longer than " + (bytes.length - 1) + " bytes");
            }
            System.arraycopy(bytes, start, bytes, 0, rest);
            start = 0;
            end = rest;
            buffer.limit(bytes.length - 1).position(end);
            int n = channel.read(buffer);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        }

        private FormatException error(String reason) {
            return new FormatException(file, line, Printable.of(reason));
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
