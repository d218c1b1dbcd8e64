package org.myofuse.mat.protocol;

import org.myofuse.lib.serial.FrameScanner;

/**
 * Finds frames in a byte stream that may be cut anywhere, corrupted, truncated or interleaved with
 * garbage, without allocating.
 *
 * <p>A candidate starts at the sync word {@code A5 5A} and must have a known type with a length that
 * fits it (a data frame's length must match its own rows and columns). A complete candidate is
 * accepted if its CRC holds, otherwise rejected, and the search goes on one byte after its start, so
 * a clean frame that a damaged one overlaps is still found. While a candidate is incomplete the
 * decoder looks for a complete, CRC-valid frame inside it: that is the sign of a truncated candidate,
 * which is then rejected at once, so a truncated frame costs neither the clean frame after it nor any
 * latency. The buffering, skipping and resynchronisation bookkeeping are {@link FrameScanner}'s. Not
 * thread-safe: one reader thread.
 */
public final class MatDecoder extends FrameScanner {

    private static final int NOT_A_FRAME = -1;
    private static final int NEED_MORE = 0;

    private final MatFrameSink sink;
    private final Frame frame = new Frame();
    /** The incomplete candidate scanned for a frame inside it, and where that scan goes on; -1 if none. */
    private int scanFor = -1;
    private int scanFrom;

    public MatDecoder(MatFrameSink sink) {
        super(sink, 2 * Mat.MAX_FRAME_BYTES);
        this.sink = sink;
    }

    /** Forgets partial input and alignment (after a reconnect). */
    @Override
    public void reset() {
        super.reset();
        scanFor = -1;
    }

    @Override
    protected void parse(long arrivalNanos) {
        while (pos < have) {
            if (!mayStartFrame(pos)) {
                skipToFrameStart();
                continue;
            }
            int length = frameLength(pos);
            if (length == NEED_MORE) {
                return;
            }
            if (length == NOT_A_FRAME) {
                skip(1);
                continue;
            }
            if (have - pos < length) {
                if (!completeFrameInside(pos)) {
                    return;
                }
                reject();
                continue;
            }
            if (crcHolds(pos, length)) {
                emit(length, arrivalNanos);
            } else {
                reject();
            }
        }
    }

    /** True if a sync word starts at {@code at} (or its first byte is the last byte we have). */
    @Override
    protected boolean mayStartFrame(int at) {
        return (buf[at] & 0xFF) == Mat.SYNC0 && (at + 1 >= have || (buf[at + 1] & 0xFF) == Mat.SYNC1);
    }

    /**
     * The whole length of the frame whose sync word is at {@code at}, {@link #NOT_A_FRAME} if its header
     * is impossible, or {@link #NEED_MORE} if the header is not all there yet.
     */
    private int frameLength(int at) {
        if (have - at < Mat.HEADER_BYTES) {
            return NEED_MORE;
        }
        int type = buf[at + 2] & 0xFF;
        int payload = (buf[at + 3] & 0xFF) | (buf[at + 4] & 0xFF) << 8;
        boolean fits = switch (type) {
            case Mat.TYPE_DATA -> {
                if (have - at < Mat.HEADER_BYTES + 2) {
                    yield payload >= Mat.dataPayload(1, 1) && payload <= Mat.MAX_DATA_PAYLOAD;
                }
                int rows = buf[at + 5] & 0xFF;
                int columns = buf[at + 6] & 0xFF;
                yield Mat.validGeometry(rows, columns) && payload == Mat.dataPayload(rows, columns);
            }
            case Mat.TYPE_IDENTITY -> payload == Mat.IDENTITY_PAYLOAD;
            case Mat.TYPE_ACK -> payload == Mat.ACK_PAYLOAD;
            case Mat.TYPE_IDENTIFY, Mat.TYPE_START, Mat.TYPE_STOP -> payload == 0;
            default -> false;
        };
        if (!fits) {
            return NOT_A_FRAME;
        }
        if (type == Mat.TYPE_DATA && have - at < Mat.HEADER_BYTES + 2) {
            return NEED_MORE;
        }
        return Mat.OVERHEAD_BYTES + payload;
    }

    private boolean crcHolds(int at, int length) {
        int end = at + length - Mat.CRC_BYTES;
        int stored = (buf[end] & 0xFF) | (buf[end + 1] & 0xFF) << 8;
        return Crc16.of(buf, at + 2, length - Mat.OVERHEAD_BYTES + 3) == stored;
    }

    /**
     * True if a complete frame with a valid CRC starts after the incomplete candidate at {@code at}.
     * Positions settled in an earlier call for the same candidate (no sync word, an impossible header,
     * or a bad CRC) are not scanned again, so small reads of a large frame cost linear time.
     */
    private boolean completeFrameInside(int at) {
        if (scanFor != at) {
            scanFor = at;
            scanFrom = at + 1;
        }
        int firstUnsettled = -1;
        int q = scanFrom;
        for (; q + Mat.OVERHEAD_BYTES <= have; q++) {
            if ((buf[q] & 0xFF) != Mat.SYNC0 || (buf[q + 1] & 0xFF) != Mat.SYNC1) {
                continue;
            }
            int length = frameLength(q);
            if (length == NOT_A_FRAME) {
                continue;
            }
            if (length == NEED_MORE || q + length > have) {
                if (firstUnsettled < 0) {
                    firstUnsettled = q;
                }
                continue;
            }
            if (crcHolds(q, length)) {
                return true;
            }
        }
        scanFrom = firstUnsettled >= 0 ? firstUnsettled : q;
        return false;
    }

    private void reject() {
        scanFor = -1;
        sink.rejected();
        loseAlignment();
        skip(1);
    }

    private void skip(int n) {
        pos += n;
        loseAlignment();
        sink.skipped(n);
    }

    private void emit(int length, long arrivalNanos) {
        frame.load(buf, pos, length);
        pos += length;
        scanFor = -1;
        frameFound();
        sink.frame(frame, arrivalNanos);
    }

    @Override
    protected void shifted(int by) {
        scanFor = scanFor >= by ? scanFor - by : -1;
        scanFrom -= by;
    }

    /** One decoded frame: the decoder's reusable view, valid during {@link MatFrameSink#frame}. */
    public static final class Frame {

        private byte[] b;
        private int payloadAt;
        private int type;
        private int payloadLength;

        void load(byte[] bytes, int at, int length) {
            b = bytes;
            type = bytes[at + 2] & 0xFF;
            payloadAt = at + Mat.HEADER_BYTES;
            payloadLength = length - Mat.OVERHEAD_BYTES;
        }

        /** Frame type, one of {@code Mat.TYPE_*}. */
        public int type() {
            return type;
        }

        public int payloadLength() {
            return payloadLength;
        }

        /** Payload byte {@code i}, 0..255. */
        public int u8(int i) {
            return b[payloadAt + i] & 0xFF;
        }

        /** Payload bytes {@code i, i+1} as an unsigned little-endian 16-bit value. */
        public int u16(int i) {
            return (b[payloadAt + i] & 0xFF) | (b[payloadAt + i + 1] & 0xFF) << 8;
        }

        /** Payload bytes {@code i..i+3} as a little-endian 32-bit value. */
        public int i32(int i) {
            return u16(i) | u16(i + 2) << 16;
        }

        /** Copies the payload (replies only: allocates). */
        public byte[] payload() {
            byte[] copy = new byte[payloadLength];
            System.arraycopy(b, payloadAt, copy, 0, payloadLength);
            return copy;
        }

        /** Data frame: rows. */
        public int rows() {
            return u8(0);
        }

        /** Data frame: columns. */
        public int columns() {
            return u8(1);
        }

        /** Data frame: sequence number 0..65535. */
        public int sequence() {
            return u16(2);
        }

        /** Data frame: raw count of cell {@code i} (row-major), 0..65535. */
        public int cell(int i) {
            return u16(Mat.DATA_PREFIX_BYTES + 2 * i);
        }
    }
}
