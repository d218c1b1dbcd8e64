package org.myofuse.mat.protocol;

import java.nio.charset.StandardCharsets;

/**
 * The identify reply: what the mat is and how to read it. Payload of {@link Mat#IDENTITY_PAYLOAD}
 * bytes, little-endian:
 * <pre>
 *  0  u8      protocol version (1)
 *  1  u8      rows (1..64)
 *  2  u8      columns (1..64)
 *  3  u8      reserved (0)
 *  4  u16     frame rate, Hz
 *  6  u16     row pitch (centre to centre along a column), 0.01 mm
 *  8  u16     column pitch (centre to centre along a row), 0.01 mm
 * 10  float32 scale, kPa per count (IEEE 754)
 * 14  u16     offset, counts read at zero load
 * 16  16 B    vendor, ASCII, NUL-padded
 * 32  24 B    model
 * 56  16 B    serial number
 * 72  12 B    firmware version
 * </pre>
 * Pressure in kPa = (count - offset) x scale.
 *
 * @param version       protocol version
 * @param rows          rows of the matrix
 * @param columns       columns of the matrix
 * @param rateHz        frames per second while streaming
 * @param rowPitchMm    row pitch in mm (0.01 mm steps on the wire)
 * @param columnPitchMm column pitch in mm
 * @param scaleKpa      kPa per count
 * @param offset        counts at zero load
 * @param vendor        manufacturer
 * @param model         model name
 * @param serialNumber  serial number
 * @param firmware      firmware version
 */
public record MatIdentity(int version, int rows, int columns, int rateHz, double rowPitchMm, double columnPitchMm,
        float scaleKpa, int offset, String vendor, String model, String serialNumber, String firmware) {

    /** The protocol version this driver speaks. */
    public static final int VERSION = 1;

    /** Reads an identity payload; IllegalArgumentException with one line if a field is out of range. */
    public static MatIdentity parse(byte[] p) {
        if (p.length != Mat.IDENTITY_PAYLOAD) {
            throw new IllegalArgumentException("identity payload has " + p.length + " bytes, expected "
                    + Mat.IDENTITY_PAYLOAD);
        }
        var id = new MatIdentity(p[0] & 0xFF, p[1] & 0xFF, p[2] & 0xFF, u16(p, 4), u16(p, 6) / 100.0,
                u16(p, 8) / 100.0, Float.intBitsToFloat(u16(p, 10) | u16(p, 12) << 16), u16(p, 14),
                text(p, 16, 16), text(p, 32, 24), text(p, 56, 16), text(p, 72, 12));
        id.check();
        return id;
    }

    /** Throws IllegalArgumentException naming the first field out of range. */
    public void check() {
        if (version != VERSION) {
            throw new IllegalArgumentException("protocol version " + version + " is not supported (this driver speaks "
                    + VERSION + ")");
        }
        if (!Mat.validGeometry(rows, columns)) {
            throw new IllegalArgumentException("geometry " + rows + "x" + columns + " is out of range (1..64 x 1..64)");
        }
        if (rateHz < 1 || rateHz > 1000) {
            throw new IllegalArgumentException("frame rate " + rateHz + " Hz is out of range (1..1000)");
        }
        if (!(rowPitchMm > 0) || !(columnPitchMm > 0)) {
            throw new IllegalArgumentException("cell pitch " + rowPitchMm + " x " + columnPitchMm + " mm must be positive");
        }
        if (!(scaleKpa > 0) || Float.isInfinite(scaleKpa)) {
            throw new IllegalArgumentException("scale " + scaleKpa + " kPa per count must be positive and finite");
        }
    }

    /** The payload of this identity. */
    public byte[] encode() {
        byte[] p = new byte[Mat.IDENTITY_PAYLOAD];
        p[0] = (byte) version;
        p[1] = (byte) rows;
        p[2] = (byte) columns;
        MatEncoder.u16(p, 4, rateHz);
        MatEncoder.u16(p, 6, (int) Math.round(rowPitchMm * 100));
        MatEncoder.u16(p, 8, (int) Math.round(columnPitchMm * 100));
        int bits = Float.floatToIntBits(scaleKpa);
        MatEncoder.u16(p, 10, bits);
        MatEncoder.u16(p, 12, bits >>> 16);
        MatEncoder.u16(p, 14, offset);
        put(p, 16, 16, vendor);
        put(p, 32, 24, model);
        put(p, 56, 16, serialNumber);
        put(p, 72, 12, firmware);
        return p;
    }

    /** Pressure in kPa of a raw count. */
    public double kpa(int count) {
        return (count - offset) * (double) scaleKpa;
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static String text(byte[] b, int at, int max) {
        int n = 0;
        while (n < max && b[at + n] != 0) {
            n++;
        }
        String s = new String(b, at, n, StandardCharsets.US_ASCII).strip();
        return s.isEmpty() ? "unknown" : s;
    }

    private static void put(byte[] b, int at, int max, String s) {
        byte[] ascii = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(ascii, 0, b, at, Math.min(max, ascii.length));
    }
}
