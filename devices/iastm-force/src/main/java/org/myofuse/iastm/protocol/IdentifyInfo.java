package org.myofuse.iastm.protocol;

import java.nio.charset.StandardCharsets;

/**
 * The tool's answer to identify.
 *
 * @param protocolVersion          protocol version the firmware speaks (1)
 * @param rateHz                   data frames per second while streaming
 * @param shearRangeMicronewtons   full scale of Fx and Fy: values lie in -range..+range
 * @param normalRangeMicronewtons  full scale of Fz
 * @param resolutionMicronewtons   the sensor's force step (the wire carries micronewtons; values are multiples of this)
 * @param orientation              the tool has an IMU and can send the orientation quaternion
 * @param vendor                   manufacturer, ASCII, at most 32 characters
 * @param model                    model, ASCII, at most 32 characters
 * @param firmware                 firmware version, ASCII, at most 32 characters
 * @param serialNumber             serial number, ASCII, at most 32 characters
 */
public record IdentifyInfo(int protocolVersion, int rateHz, int shearRangeMicronewtons, int normalRangeMicronewtons,
        int resolutionMicronewtons, boolean orientation, String vendor, String model, String firmware,
        String serialNumber) {

    /** Longest text field. */
    public static final int MAX_TEXT = 32;

    public IdentifyInfo {
        if (rateHz <= 0 || rateHz > 65535) {
            throw new IllegalArgumentException("identify reply: rate " + rateHz + " Hz out of range 1..65535");
        }
        if (shearRangeMicronewtons <= 0 || normalRangeMicronewtons <= 0 || resolutionMicronewtons <= 0) {
            throw new IllegalArgumentException("identify reply: force ranges and resolution must be positive");
        }
        for (String s : new String[] {vendor, model, firmware, serialNumber}) {
            if (s.length() > MAX_TEXT || !StandardCharsets.US_ASCII.newEncoder().canEncode(s)) {
                throw new IllegalArgumentException("identify reply: text '" + s + "' is not ASCII of at most 32 characters");
            }
        }
    }

    /** Parses an identify reply payload; IllegalArgumentException with one line on a malformed one. */
    public static IdentifyInfo parse(byte[] b, int offset, int length) {
        if (length < Iastm.IDENTIFY_FIXED + 4) {
            throw new IllegalArgumentException("identify reply: " + length + " bytes, too short");
        }
        int p = offset;
        int version = b[p] & 0xFF;
        int rate = Iastm.uint16(b, p + 1);
        int shear = Iastm.int32(b, p + 3);
        int normal = Iastm.int32(b, p + 7);
        int resolution = Iastm.int32(b, p + 11);
        boolean orientation = (b[p + 15] & Iastm.FLAG_ORIENTATION) != 0;
        int[] at = {p + Iastm.IDENTIFY_FIXED};
        int end = offset + length;
        String vendor = text(b, at, end);
        String model = text(b, at, end);
        String firmware = text(b, at, end);
        String serial = text(b, at, end);
        return new IdentifyInfo(version, rate, shear, normal, resolution, orientation, vendor, model, firmware, serial);
    }

    private static String text(byte[] b, int[] at, int end) {
        if (at[0] >= end) {
            throw new IllegalArgumentException("identify reply: text fields cut short");
        }
        int n = b[at[0]] & 0xFF;
        if (at[0] + 1 + n > end) {
            throw new IllegalArgumentException("identify reply: text field of " + n + " bytes runs past the frame");
        }
        String s = new String(b, at[0] + 1, n, StandardCharsets.US_ASCII);
        at[0] += 1 + n;
        return s;
    }

    /** Writes the payload at {@code out[offset]}; returns its length. */
    int encode(byte[] out, int offset) {
        out[offset] = (byte) protocolVersion;
        Iastm.put16(out, offset + 1, rateHz);
        Iastm.put32(out, offset + 3, shearRangeMicronewtons);
        Iastm.put32(out, offset + 7, normalRangeMicronewtons);
        Iastm.put32(out, offset + 11, resolutionMicronewtons);
        out[offset + 15] = (byte) (orientation ? Iastm.FLAG_ORIENTATION : 0);
        int p = offset + Iastm.IDENTIFY_FIXED;
        for (String s : new String[] {vendor, model, firmware, serialNumber}) {
            byte[] t = s.getBytes(StandardCharsets.US_ASCII);
            out[p] = (byte) t.length;
            System.arraycopy(t, 0, out, p + 1, t.length);
            p += 1 + t.length;
        }
        return p - offset;
    }
}
