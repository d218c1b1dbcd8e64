package org.myofuse.openbci.protocol;

/**
 * Writes Cyton packets, as the board does: used by the simulator and by tests. Allocation-free.
 */
public final class CytonEncoder {

    private CytonEncoder() {
    }

    /**
     * Writes one packet of {@link Cyton#PACKET_BYTES} bytes at {@code out[offset]}.
     *
     * @param sampleNumber 0..255 (taken modulo 256)
     * @param counts       8 signed 24-bit ADC counts (clamped to the 24-bit range)
     * @param aux          6 aux bytes, or null for zeros
     * @param footer       0xC0..0xC6
     */
    public static void packet(byte[] out, int offset, int sampleNumber, int[] counts, byte[] aux, int footer) {
        out[offset] = (byte) Cyton.START;
        out[offset + 1] = (byte) sampleNumber;
        for (int ch = 0; ch < Cyton.CHANNELS; ch++) {
            int v = Math.max(-(1 << 23), Math.min((1 << 23) - 1, counts[ch]));
            int i = offset + 2 + 3 * ch;
            out[i] = (byte) (v >> 16);
            out[i + 1] = (byte) (v >> 8);
            out[i + 2] = (byte) v;
        }
        for (int i = 0; i < 6; i++) {
            out[offset + 26 + i] = aux == null ? 0 : aux[i];
        }
        out[offset + 32] = (byte) footer;
    }

    /** Fills {@code aux} with three big-endian int16 accelerometer counts (footer C0). */
    public static void accelerometer(byte[] aux, int x, int y, int z) {
        int16(aux, 0, x);
        int16(aux, 2, y);
        int16(aux, 4, z);
    }

    /** Fills {@code aux} with two leading bytes and a 32-bit board time in ms (footers C3..C6). */
    public static void boardTime(byte[] aux, int first, int second, long millis) {
        aux[0] = (byte) first;
        aux[1] = (byte) second;
        aux[2] = (byte) (millis >> 24);
        aux[3] = (byte) (millis >> 16);
        aux[4] = (byte) (millis >> 8);
        aux[5] = (byte) millis;
    }

    private static void int16(byte[] b, int at, int v) {
        b[at] = (byte) (v >> 8);
        b[at + 1] = (byte) v;
    }
}
