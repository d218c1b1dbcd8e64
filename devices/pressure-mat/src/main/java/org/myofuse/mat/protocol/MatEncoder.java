package org.myofuse.mat.protocol;

/**
 * Writes frames as a mat (data, identity, ack) or a host (commands) does: used by the driver for its
 * commands, by the simulator and by tests. The data path writes into a caller's array without allocating.
 */
public final class MatEncoder {

    private MatEncoder() {
    }

    /**
     * Writes one data frame at {@code out[offset]}.
     *
     * @param sequence taken modulo 65536
     * @param counts   {@code rows * columns} raw cell counts, row-major, clamped to 0..65535
     * @return the frame's length in bytes
     */
    public static int data(byte[] out, int offset, int rows, int columns, int sequence, int[] counts) {
        if (!Mat.validGeometry(rows, columns)) {
            throw new IllegalArgumentException("mat geometry " + rows + "x" + columns + ": must be 1..64 x 1..64");
        }
        int payload = Mat.dataPayload(rows, columns);
        int p = header(out, offset, Mat.TYPE_DATA, payload);
        out[p] = (byte) rows;
        out[p + 1] = (byte) columns;
        u16(out, p + 2, sequence);
        for (int i = 0; i < rows * columns; i++) {
            u16(out, p + 4 + 2 * i, Math.max(0, Math.min(Mat.MAX_COUNT, counts[i])));
        }
        return finish(out, offset, payload);
    }

    /** A frame with the given type and payload (commands, replies). */
    public static byte[] frame(int type, byte[] payload) {
        byte[] out = new byte[Mat.OVERHEAD_BYTES + payload.length];
        int p = header(out, 0, type, payload.length);
        System.arraycopy(payload, 0, out, p, payload.length);
        finish(out, 0, payload.length);
        return out;
    }

    /** A command without payload: identify, start or stop. */
    public static byte[] command(int type) {
        return frame(type, new byte[0]);
    }

    /** The acknowledgement of a start or stop command. */
    public static byte[] ack(int commandType, int status) {
        return frame(Mat.TYPE_ACK, new byte[] {(byte) commandType, (byte) status});
    }

    private static int header(byte[] out, int offset, int type, int payload) {
        out[offset] = (byte) Mat.SYNC0;
        out[offset + 1] = (byte) Mat.SYNC1;
        out[offset + 2] = (byte) type;
        u16(out, offset + 3, payload);
        return offset + Mat.HEADER_BYTES;
    }

    private static int finish(byte[] out, int offset, int payload) {
        int crcAt = offset + Mat.HEADER_BYTES + payload;
        u16(out, crcAt, Crc16.of(out, offset + 2, 3 + payload));
        return Mat.OVERHEAD_BYTES + payload;
    }

    static void u16(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
    }
}
