package org.myofuse.openbci.protocol;

/** Facts of the Cyton wire protocol (OpenBCI Cyton data format and SDK documentation). */
public final class Cyton {

    /** Packet length in bytes. */
    public static final int PACKET_BYTES = 33;
    /** First byte of every packet. */
    public static final int START = 0xA0;
    /** Footer of a packet whose aux bytes carry the accelerometer (25 Hz; zeros in between). */
    public static final int FOOTER_ACCEL = 0xC0;
    /** Lowest and highest footer. */
    public static final int FOOTER_MIN = 0xC0;
    public static final int FOOTER_MAX = 0xC6;
    /** Footers whose last four aux bytes are the board time in milliseconds. */
    public static final int FOOTER_TIME_MIN = 0xC3;
    /** EEG/EMG channels per board. */
    public static final int CHANNELS = 8;
    /** Packets per second (both boards together in Daisy mode). */
    public static final int PACKET_RATE_HZ = 250;
    /** Baud rate of the dongle link. */
    public static final int BAUD = 115200;
    /** Gains selectable in channel settings, by gain code 0..6. */
    private static final int[] GAINS = {1, 2, 4, 6, 8, 12, 24};
    /** Full scale of the ADS1299 in counts. */
    public static final int FULL_SCALE_COUNTS = (1 << 23) - 1;
    /** Reference voltage, volts. */
    public static final double VREF = 4.5;
    /** Accelerometer scale, g per count. */
    public static final double ACCEL_G_PER_COUNT = 0.002 / 16;
    /** Channel letters of channel settings for channels 1..16 ('1'..'8', then Daisy 'Q'..'I'). */
    private static final String CHANNEL_LETTERS = "12345678QWERTYUI";

    private Cyton() {
    }

    /** Microvolts per count at a gain: 4.5 V / gain / (2^23 - 1). */
    public static double microvoltsPerCount(int gain) {
        return VREF / gain / FULL_SCALE_COUNTS * 1e6;
    }

    /** True if {@code gain} is one the ADS1299 offers. */
    public static boolean isValidGain(int gain) {
        return gainCode(gain) >= 0;
    }

    /** The channel-settings code of a gain, or -1. */
    public static int gainCode(int gain) {
        for (int i = 0; i < GAINS.length; i++) {
            if (GAINS[i] == gain) {
                return i;
            }
        }
        return -1;
    }

    /** The gain of a channel-settings code, or -1. */
    public static int gainOf(int code) {
        return code >= 0 && code < GAINS.length ? GAINS[code] : -1;
    }

    /** The channel character of channel {@code index} (0-based) in channel settings, or -1. */
    public static int channelLetter(int index) {
        return index >= 0 && index < CHANNEL_LETTERS.length() ? CHANNEL_LETTERS.charAt(index) : -1;
    }

    /** The 0-based channel of a channel-settings character, or -1. */
    public static int channelOfLetter(int letter) {
        return CHANNEL_LETTERS.indexOf(letter);
    }

    /** True if {@code footer} (0..255) is a valid footer byte. */
    public static boolean isFooter(int footer) {
        return footer >= FOOTER_MIN && footer <= FOOTER_MAX;
    }

    /** The description of the gains offered, for error messages. */
    public static String gainsOffered() {
        return "1, 2, 4, 6, 8, 12 or 24";
    }
}
