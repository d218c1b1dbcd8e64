package org.myofuse.iastm.protocol;

import static org.myofuse.iastm.protocol.Iastm.HEADER_BYTES;

/** Writes frames of the protocol, as the tool and the host do: used by the driver, the simulator and tests. Allocation-free. */
public final class IastmEncoder {

    /** Largest frame in bytes. */
    public static final int MAX_FRAME_BYTES = Iastm.MAX_LENGTH + Iastm.OVERHEAD_BYTES;

    private IastmEncoder() {
    }

    /**
     * Writes sync, length, type, the {@code payloadLength} bytes already at {@code out[offset + 4]}, and
     * the CRC.
     *
     * @return the frame's size in bytes
     */
    public static int seal(byte[] out, int offset, int type, int payloadLength) {
        int length = payloadLength + 1;
        out[offset] = (byte) Iastm.SYNC0;
        out[offset + 1] = (byte) Iastm.SYNC1;
        out[offset + 2] = (byte) length;
        out[offset + 3] = (byte) type;
        int crc = Iastm.crc16(out, offset + 2, length + 1);
        Iastm.put16(out, offset + HEADER_BYTES + length, crc);
        return length + Iastm.OVERHEAD_BYTES;
    }

    /**
     * Writes one data frame at {@code out[offset]}.
     *
     * @param force      Fx, Fy, Fz in micronewtons
     * @param quaternion w, x, y, z in Q14 counts, or null for a frame without orientation
     * @return the frame's size in bytes (25, or 33 with the quaternion)
     */
    public static int data(byte[] out, int offset, int sequence, long timeMicros, int[] force, int[] quaternion) {
        int p = offset + HEADER_BYTES + 1;
        Iastm.put16(out, p, sequence);
        Iastm.put32(out, p + 2, (int) timeMicros);
        out[p + 6] = (byte) (quaternion == null ? 0 : Iastm.FLAG_ORIENTATION);
        for (int i = 0; i < 3; i++) {
            Iastm.put32(out, p + 7 + 4 * i, force[i]);
        }
        if (quaternion == null) {
            return seal(out, offset, Iastm.TYPE_DATA, Iastm.DATA_PAYLOAD);
        }
        for (int i = 0; i < 4; i++) {
            Iastm.put16(out, p + Iastm.DATA_PAYLOAD + 2 * i, quaternion[i]);
        }
        return seal(out, offset, Iastm.TYPE_DATA, Iastm.DATA_PAYLOAD + Iastm.QUATERNION_BYTES);
    }

    /** A command without parameters (identify, tare, stop). */
    public static byte[] command(int type) {
        byte[] out = new byte[Iastm.OVERHEAD_BYTES + 1];
        seal(out, 0, type, 0);
        return out;
    }

    /** The start command with its flags ({@link Iastm#FLAG_ORIENTATION}). */
    public static byte[] start(int flags) {
        byte[] out = new byte[Iastm.OVERHEAD_BYTES + 2];
        out[HEADER_BYTES + 1] = (byte) flags;
        seal(out, 0, Iastm.CMD_START, 1);
        return out;
    }

    /** An acknowledgement of {@code command} with {@code status}. */
    public static int ack(byte[] out, int offset, int command, int status) {
        out[offset + HEADER_BYTES + 1] = (byte) command;
        out[offset + HEADER_BYTES + 2] = (byte) status;
        return seal(out, offset, Iastm.TYPE_ACK, 2);
    }

    /** The identify reply describing {@code info}. */
    public static byte[] identifyReply(IdentifyInfo info) {
        byte[] out = new byte[MAX_FRAME_BYTES];
        int n = info.encode(out, HEADER_BYTES + 1);
        int size = seal(out, 0, Iastm.TYPE_IDENTIFY_REPLY, n);
        return java.util.Arrays.copyOf(out, size);
    }
}
