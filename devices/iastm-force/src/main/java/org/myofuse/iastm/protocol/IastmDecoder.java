package org.myofuse.iastm.protocol;

import static org.myofuse.iastm.protocol.Iastm.HEADER_BYTES;
import static org.myofuse.iastm.protocol.Iastm.OVERHEAD_BYTES;
import static org.myofuse.iastm.protocol.Iastm.SYNC0;
import static org.myofuse.iastm.protocol.Iastm.SYNC1;

import org.myofuse.lib.serial.FrameScanner;

/**
 * Finds frames in a byte stream that may be cut anywhere, corrupted, truncated or interleaved with
 * garbage, without allocating.
 *
 * <p>A candidate starts with the sync word and must carry a known type with the length that type
 * requires; it is accepted as soon as it is complete and its CRC matches (no look-ahead, no added
 * latency). After a failure the search goes on from the byte after the failed candidate's start, so a
 * truncated frame never costs the clean frame whose start lies inside its claimed length.
 *
 * <p>Counting, so that one damaged frame is one rejected frame: a candidate with a valid header that
 * fails its CRC is always rejected (a false sync word with a valid header inside data is about 1 in
 * 10^9); a damaged header counts as a rejected frame only where a frame was due (right after an
 * accepted frame, or where the frame after a rejected one would start), and otherwise as skipped
 * bytes, like any other byte that cannot start a frame. The buffering, skipping and resynchronisation
 * bookkeeping are {@link FrameScanner}'s. Not thread-safe: one reader thread.
 */
public final class IastmDecoder extends FrameScanner {

    private final IastmFrameSink sink;
    private final DataFrame frame = new DataFrame();
    /** Where the frame after a rejected one would start; -1 if none is due. */
    private int expectAt = -1;

    public IastmDecoder(IastmFrameSink sink) {
        super(sink, Iastm.MAX_LENGTH + OVERHEAD_BYTES);
        this.sink = sink;
    }

    @Override
    public void reset() {
        super.reset();
        expectAt = -1;
    }

    @Override
    protected void parse(long arrivalNanos) {
        while (pos < have) {
            if (!mayStartFrame(pos)) {
                skipToFrameStart();
                continue;
            }
            if (have - pos < HEADER_BYTES + 1) {
                return;
            }
            int length = buf[pos + 2] & 0xFF;
            int type = buf[pos + 3] & 0xFF;
            if ((buf[pos + 1] & 0xFF) != SYNC1 || !Iastm.validDeviceFrame(type, length)) {
                badHeader();
                continue;
            }
            int total = length + OVERHEAD_BYTES;
            if (have - pos < total) {
                return;
            }
            int crcAt = pos + HEADER_BYTES + length;
            int crc = (buf[crcAt] & 0xFF) | ((buf[crcAt + 1] & 0xFF) << 8);
            if (crc != Iastm.crc16(buf, pos + 2, length + 1)) {
                sink.rejected();
                expectAt = pos + total;
                loseAlignment();
                pos++;
                continue;
            }
            emit(type, length, arrivalNanos);
            pos += total;
        }
    }

    @Override
    protected boolean mayStartFrame(int at) {
        return (buf[at] & 0xFF) == SYNC0;
    }

    @Override
    protected void shifted(int by) {
        expectAt = expectAt >= by ? expectAt - by : -1;
    }

    private void badHeader() {
        if (aligned() || pos == expectAt) {
            sink.rejected();
            expectAt = -1;
        } else {
            sink.skipped(1);
        }
        loseAlignment();
        pos++;
    }

    private void emit(int type, int length, long arrivalNanos) {
        frameFound();
        expectAt = -1;
        if (type == Iastm.TYPE_DATA) {
            frame.load(buf, pos + HEADER_BYTES + 1, length - 1);
            sink.data(frame, arrivalNanos);
        } else {
            sink.reply(type, buf, pos + HEADER_BYTES + 1, length - 1);
        }
    }

    /** One decoded data frame: the decoder's reusable view, valid during {@link IastmFrameSink#data}. */
    public static final class DataFrame {

        private final int[] force = new int[3];
        private final int[] quaternion = new int[4];
        private int sequence;
        private long timeMicros;
        private int flags;

        void load(byte[] b, int at, int payloadLength) {
            sequence = Iastm.uint16(b, at);
            timeMicros = Iastm.int32(b, at + 2) & 0xFFFF_FFFFL;
            // The length decides whether the quaternion is there; the flag byte is kept as sent.
            flags = b[at + 6] & 0xFF;
            for (int i = 0; i < 3; i++) {
                force[i] = Iastm.int32(b, at + 7 + 4 * i);
            }
            boolean oriented = payloadLength == Iastm.DATA_PAYLOAD + Iastm.QUATERNION_BYTES;
            flags = oriented ? flags | Iastm.FLAG_ORIENTATION : flags & ~Iastm.FLAG_ORIENTATION;
            for (int i = 0; i < 4; i++) {
                quaternion[i] = oriented ? Iastm.int16(b, at + Iastm.DATA_PAYLOAD + 2 * i) : 0;
            }
        }

        /** Sequence number 0..65535 (wraps). */
        public int sequence() {
            return sequence;
        }

        /** Device time in microseconds, unsigned 32-bit (wraps every 71.6 minutes). */
        public long timeMicros() {
            return timeMicros;
        }

        /** Flag byte; bit 0 set exactly when the quaternion is present. */
        public int flags() {
            return flags;
        }

        /** True if the frame carries the orientation quaternion. */
        public boolean hasOrientation() {
            return (flags & Iastm.FLAG_ORIENTATION) != 0;
        }

        /** Force along axis 0 (x), 1 (y) or 2 (z, normal to the skin) in micronewtons. */
        public int forceMicronewtons(int axis) {
            return force[axis];
        }

        /** Quaternion component 0 (w) .. 3 (z) in Q14 counts (16384 = 1.0); 0 without orientation. */
        public int quaternion(int i) {
            return quaternion[i];
        }
    }
}
