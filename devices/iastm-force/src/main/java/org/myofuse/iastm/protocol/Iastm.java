package org.myofuse.iastm.protocol;

/**
 * Constants of the IASTM force tool's binary protocol (docs/protocols/iastm-force.md) and its CRC.
 * Every frame, in both directions: sync 0xA5 0x5A, length (bytes of type + payload), type, payload,
 * CRC-16/CCITT-FALSE of length, type and payload, little-endian. Multi-byte fields are little-endian.
 */
public final class Iastm {

    public static final int SYNC0 = 0xA5;
    public static final int SYNC1 = 0x5A;
    /** Sync (2) + length (1) before the type byte. */
    public static final int HEADER_BYTES = 3;
    /** Sync, length and CRC around type + payload. */
    public static final int OVERHEAD_BYTES = HEADER_BYTES + 2;
    /** Largest length field accepted (type + payload). */
    public static final int MAX_LENGTH = 160;

    // ---- host to device
    public static final int CMD_IDENTIFY = 0x10;
    public static final int CMD_TARE = 0x11;
    /** Payload: one byte of start flags ({@link #FLAG_ORIENTATION}). */
    public static final int CMD_START = 0x12;
    public static final int CMD_STOP = 0x13;

    // ---- device to host
    public static final int TYPE_DATA = 0x01;
    public static final int TYPE_IDENTIFY_REPLY = 0x90;
    /** Payload: command type acknowledged, status ({@link #STATUS_OK} ...). */
    public static final int TYPE_ACK = 0xA0;

    public static final int STATUS_OK = 0;
    public static final int STATUS_UNSUPPORTED = 1;
    public static final int STATUS_BAD_PARAMETER = 2;
    public static final int STATUS_BUSY = 3;

    /** Data frame flag / start flag / capability bit: the orientation quaternion is present or wanted. */
    public static final int FLAG_ORIENTATION = 0x01;

    /** Data payload without the quaternion: seq u16, time u32, flags u8, Fx Fy Fz i32. */
    public static final int DATA_PAYLOAD = 2 + 4 + 1 + 12;
    /** Four int16 quaternion components w, x, y, z. */
    public static final int QUATERNION_BYTES = 8;
    /** Length field of a data frame without / with the quaternion. */
    public static final int DATA_LENGTH = 1 + DATA_PAYLOAD;
    public static final int DATA_LENGTH_ORIENTED = DATA_LENGTH + QUATERNION_BYTES;
    /** Length field of an acknowledgement. */
    public static final int ACK_LENGTH = 3;
    /** Fixed part of the identify reply: version u8, rate u16, shear range i32, normal range i32, resolution u32, capabilities u8. */
    public static final int IDENTIFY_FIXED = 1 + 2 + 4 + 4 + 4 + 1;
    /** Newtons per force count (one micronewton). */
    public static final double NEWTONS_PER_COUNT = 1e-6;
    /** Quaternion components are Q14: 16384 = 1.0. */
    public static final double QUATERNION_SCALE = 1.0 / 16384;
    /** Frames per second while streaming. */
    public static final int FRAME_RATE_HZ = 1000;
    /** Default serial speed: 33-byte frames at 1 kHz need 330 000 baud with 8N1. */
    public static final int BAUD = 921_600;
    public static final int PROTOCOL_VERSION = 1;

    private static final int[] CRC_TABLE = new int[256];

    static {
        for (int i = 0; i < 256; i++) {
            int c = i << 8;
            for (int b = 0; b < 8; b++) {
                c = (c & 0x8000) != 0 ? (c << 1) ^ 0x1021 : c << 1;
            }
            CRC_TABLE[i] = c & 0xFFFF;
        }
    }

    private Iastm() {
    }

    /** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, no reflection, no final xor); "123456789" gives 0x29B1. */
    public static int crc16(byte[] data, int offset, int length) {
        int crc = 0xFFFF;
        for (int i = offset; i < offset + length; i++) {
            crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 8) ^ data[i]) & 0xFF]) & 0xFFFF;
        }
        return crc;
    }

    /** True if {@code length} is a valid length field for a device-to-host frame of {@code type}. */
    public static boolean validDeviceFrame(int type, int length) {
        return switch (type) {
            case TYPE_DATA -> length == DATA_LENGTH || length == DATA_LENGTH_ORIENTED;
            case TYPE_ACK -> length == ACK_LENGTH;
            case TYPE_IDENTIFY_REPLY -> length >= 1 + IDENTIFY_FIXED + 4 && length <= MAX_LENGTH;
            default -> false;
        };
    }

    /** True if {@code length} is a valid length field for a host-to-device command of {@code type}. */
    public static boolean validCommand(int type, int length) {
        return switch (type) {
            case CMD_IDENTIFY, CMD_TARE, CMD_STOP -> length == 1;
            case CMD_START -> length == 2;
            default -> false;
        };
    }

    /** Reads a little-endian int16. */
    public static int int16(byte[] b, int at) {
        return (short) ((b[at] & 0xFF) | (b[at + 1] << 8));
    }

    /** Reads a little-endian uint16. */
    public static int uint16(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8);
    }

    /** Reads a little-endian int32. */
    public static int int32(byte[] b, int at) {
        return (b[at] & 0xFF) | ((b[at + 1] & 0xFF) << 8) | ((b[at + 2] & 0xFF) << 16) | (b[at + 3] << 24);
    }

    static void put16(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
    }

    static void put32(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
        b[at + 2] = (byte) (v >> 16);
        b[at + 3] = (byte) (v >> 24);
    }
}
