package org.myofuse.mat.protocol;

/**
 * Facts of the Myofuse pressure-mat wire protocol (docs/protocols/pressure-mat.md). Every message, in
 * both directions, is one frame: {@code A5 5A | type u8 | length u16 LE | payload | CRC-16 u16 LE}, the
 * CRC (CRC-16/CCITT-FALSE) covering type, length and payload. Multi-byte fields are little-endian.
 */
public final class Mat {

    /** The two sync bytes that open every frame. */
    public static final int SYNC0 = 0xA5;
    public static final int SYNC1 = 0x5A;
    /** Sync word, type and length. */
    public static final int HEADER_BYTES = 5;
    public static final int CRC_BYTES = 2;
    /** Bytes of a frame besides its payload. */
    public static final int OVERHEAD_BYTES = HEADER_BYTES + CRC_BYTES;

    /** Device to host: one pressure image. */
    public static final int TYPE_DATA = 0x01;
    /** Host to device: identify yourself (empty payload), answered by {@link #TYPE_IDENTITY}. */
    public static final int TYPE_IDENTIFY = 0x10;
    /** Host to device: start streaming (empty payload), answered by {@link #TYPE_ACK}. */
    public static final int TYPE_START = 0x11;
    /** Host to device: stop streaming (empty payload), answered by {@link #TYPE_ACK}. */
    public static final int TYPE_STOP = 0x12;
    /** Device to host: the identify reply. */
    public static final int TYPE_IDENTITY = 0x90;
    /** Device to host: acknowledgement of start or stop: command type u8, status u8. */
    public static final int TYPE_ACK = 0x91;

    /** ACK status: done. */
    public static final int ACK_OK = 0;
    /** ACK status: the command cannot be carried out now (e.g. sensor fault). */
    public static final int ACK_REFUSED = 1;

    /** Largest matrix. */
    public static final int MAX_ROWS = 64;
    public static final int MAX_COLUMNS = 64;
    /** Data payload before the cells: rows u8, columns u8, sequence u16. */
    public static final int DATA_PREFIX_BYTES = 4;
    public static final int MAX_DATA_PAYLOAD = DATA_PREFIX_BYTES + 2 * MAX_ROWS * MAX_COLUMNS;
    /** Largest frame on the wire: a 64 x 64 image, 8203 bytes. */
    public static final int MAX_FRAME_BYTES = OVERHEAD_BYTES + MAX_DATA_PAYLOAD;
    /** Payload of the identify reply. */
    public static final int IDENTITY_PAYLOAD = 84;
    public static final int ACK_PAYLOAD = 2;
    /** Highest cell reading; a cell at it is saturated. */
    public static final int MAX_COUNT = 0xFFFF;
    /** The sequence number is 16 bits and wraps. */
    public static final int SEQUENCE_MODULUS = 1 << 16;
    /** Default link speed (USB CDC mats ignore it; FTDI-based ones need 3 Mbaud for 32 x 32 at 100 Hz). */
    public static final int DEFAULT_BAUD = 3_000_000;

    private Mat() {
    }

    /** Payload length of a data frame of {@code rows} x {@code columns}. */
    public static int dataPayload(int rows, int columns) {
        return DATA_PREFIX_BYTES + 2 * rows * columns;
    }

    /** True for 1..64 rows and columns. */
    public static boolean validGeometry(int rows, int columns) {
        return rows >= 1 && rows <= MAX_ROWS && columns >= 1 && columns <= MAX_COLUMNS;
    }

    /** The name of a frame type, for messages. */
    public static String typeName(int type) {
        return switch (type) {
            case TYPE_DATA -> "data";
            case TYPE_IDENTIFY -> "identify";
            case TYPE_START -> "start";
            case TYPE_STOP -> "stop";
            case TYPE_IDENTITY -> "identity";
            case TYPE_ACK -> "ack";
            default -> String.format("0x%02X", type);
        };
    }
}
