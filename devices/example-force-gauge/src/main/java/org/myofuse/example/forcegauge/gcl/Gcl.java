package org.myofuse.example.forcegauge.gcl;

import java.nio.charset.StandardCharsets;

/**
 * The subset of Mark-10's Gauge Control Language 2 (GCL2) this plugin speaks; see
 * docs/protocols/mark10-gauge.md for the command table and its sources. Commands are ASCII, ended by a
 * carriage return; the gauge ends every response with CR LF.
 */
public final class Gcl {

    /** Request the current (real time) reading. */
    public static final String CURRENT_READING = "?C";
    /** Request the displayed reading (the current one in current mode). */
    public static final String DISPLAYED_READING = "?";
    /** Read the model number. */
    public static final String MODEL = "RM";
    /** Read the serial number. */
    public static final String SERIAL_NUMBER = "RS";
    /** Read the firmware version. */
    public static final String FIRMWARE = "RV";
    /** What ends a command. */
    public static final char TERMINATOR = '\r';
    /** Error responses start with this, followed by a code (e.g. {@code *10} illegal command). */
    public static final char ERROR_MARK = '*';
    /** Error code: illegal command. */
    public static final int ILLEGAL_COMMAND = 10;
    /**
     * Longest response line the driver accepts, without its ending: a reading is at most a sign, 15
     * digits, a point, a space and a 3-letter unit; personality strings are short.
     */
    public static final int MAX_LINE = 64;

    private Gcl() {
    }

    /** A command as sent: its ASCII bytes and the terminator. */
    public static byte[] command(String command) {
        return (command + TERMINATOR).getBytes(StandardCharsets.US_ASCII);
    }

    /** The meaning of an error code as the guide lists it, for messages. */
    public static String errorMeaning(int code) {
        return switch (code) {
            case 10 -> "illegal command";
            case 11 -> "not applicable";
            case 12 -> "invalid specifier";
            case 22 -> "value too large";
            default -> "unknown error";
        };
    }
}
