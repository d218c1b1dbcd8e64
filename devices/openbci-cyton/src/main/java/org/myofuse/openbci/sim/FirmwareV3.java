package org.myofuse.openbci.sim;

import java.util.concurrent.TimeUnit;

/**
 * Firmware v3 (from August 2017), as released in 3.1.2. Source: OpenBCI/OpenBCI_Cyton_Library,
 * OpenBCI_32bit_Library.cpp (processChar(), boardReset(), attachDaisy(), removeDaisy(),
 * processIncomingChannelSettings(), processIncomingSampleRate(), processIncomingBoardMode(),
 * checkMultiCharCmdTimer()) and its changelog; SDK document "Cyton Board SDK", "Firmware v3.0.0 New
 * Commands" ("Supporting all v1.0.0 and v2.0.0, the v3.0.0 firmware extends ...").
 *
 * <p>Where the document and the source differ, the simulator follows the source, which is what a board
 * sends: '~~' answers "Success: Sample rate is 250Hz$$$" (document: "Sample rate is 250Hz$$$"), a
 * ninth character other than 'X' "Failure: Err: 9th char not X$$$" (document: "Failure: 9th char not
 * X$$$"), '//' "Success: default$$$" (document: "Board mode is default$$$"). The banner prints the
 * device ids with itoa(), in lower case ("0x3e").
 */
final class FirmwareV3 extends FirmwareV2 {

    static final String VERSION = "v3.1.2";
    private static final long MULTI_CHAR_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final String[] RATES_HZ = {"16000", "8000", "4000", "2000", "1000", "500", "250"};
    private static final String[] BOARD_MODES = {"default", "debug", "analog", "digital", "marker", "BLE"};

    private long multiDeadline;
    private int sampleRateCode;
    private int boardMode;

    FirmwareV3(SimulatedBoard state, Board board, CytonSimulator.Settings settings) {
        super(state, board, settings);
        sampleRateCode = rateCode(settings.sampleRateHz());
    }

    /** The '~' code of a rate in Hz (0 = 16000 ... 6 = 250), or -1. */
    static int rateCode(int hz) {
        for (int code = 0; code < RATES_HZ.length; code++) {
            if (RATES_HZ[code].equals(Integer.toString(hz))) {
                return code;
            }
        }
        return -1;
    }

    /** The sample rate set with '~' (the dongle carries 250 Hz at most, and 'b' returns to 250 Hz). */
    int sampleRateHz() {
        return Integer.parseInt(RATES_HZ[sampleRateCode]);
    }

    @Override
    String banner() {
        if (settings.banner() == CytonSimulator.Banner.SDK_DOCUMENT) {
            return "OpenBCI V3 8-16 channel\nADS1299 Device ID: 0x3E\nLIS3DH Device ID: 0x33\nFirmware: v3.1.1\n$$$";
        }
        return "OpenBCI V3 8-16 channel" + CRLF + deviceLines("3e") + "Firmware: " + VERSION + CRLF + EOT;
    }

    @Override
    void accept(char c, long nowNanos) {
        expire(nowNanos); // processChar() checks the timer first; a late character is a new command
        super.accept(c, nowNanos);
    }

    @Override
    void tick(long nowNanos) {
        expire(nowNanos); // loop() checks the timer too, so the message comes without a new character
    }

    private void expire(long nowNanos) {
        if (multi != 0 && nowNanos - multiDeadline >= 0) {
            end();
            print("Timeout processing multi byte message - please send all commands at once as of v2" + EOT);
        }
    }

    @Override
    protected void begin(char command, long nowNanos) {
        super.begin(command, nowNanos);
        multiDeadline = nowNanos + MULTI_CHAR_TIMEOUT_NANOS;
    }

    @Override
    protected void continueMulti(char c) {
        switch (multi) {
            case '~' -> sampleRate(c);
            case '/' -> boardMode(c);
            case '`' -> end(); // marker mode: the character goes into the next packet's aux byte
            default -> super.continueMulti(c);
        }
    }

    @Override
    protected boolean extraCommand(char c, long nowNanos) {
        switch (c) {
            case '~', '/', '`' -> begin(c, nowNanos);
            case 'V' -> print(VERSION + EOT);
            case '{' -> print("Failure: Wifi not attached" + EOT);
            case '}' -> print("Failure: Wifi not removed" + EOT);
            case ':' -> print("Wifi not present, send { to attach the shield" + EOT);
            case ';' -> print("Wifi soft reset" + EOT);
            default -> {
                return false;
            }
        }
        return true;
    }

    @Override
    protected void startStreaming() {
        // 3.1.0: a stream started from the serial port (the dongle) runs at 250 Hz whatever was set.
        if (sampleRateCode != 6) {
            sampleRateCode = 6;
            state.resetAds();
        }
        super.startStreaming();
    }

    @Override
    protected void testSignal() {
        if (!streaming()) {
            print("Success: Configured internal test signal." + EOT);
        }
    }

    @Override
    protected String ninthCharNotX() {
        return "Failure: Err: 9th char not X";
    }

    @Override
    protected String fifthCharNotZ() {
        return "Failure: Err: 5th char not Z";
    }

    private void sampleRate(char c) {
        end();
        if (c == '~') {
            print("Success: Sample rate is " + RATES_HZ[sampleRateCode] + "Hz" + EOT);
        } else if (c >= '0' && c <= '6') {
            // setSampleRate() initialises the ADS1299s again: Daisy sniffed, default channel settings.
            sampleRateCode = c - '0';
            state.resetAds();
            if (!streaming()) {
                print("Success: Sample rate is " + RATES_HZ[sampleRateCode] + "Hz" + EOT);
            }
        } else if (!streaming()) {
            print((c >= '7' && c <= '9' ? "Failure: sample value out of bounds" : "Failure: invalid sample value") + EOT);
        }
    }

    /** Answers as the firmware does; the samples of modes other than default are not modelled. */
    private void boardMode(char c) {
        end();
        if (c == '/') {
            print("Success: " + BOARD_MODES[boardMode] + EOT);
        } else if (c >= '0' && c <= '9') {
            if (c - '0' < BOARD_MODES.length) {
                boardMode = c - '0';
                print("Success: " + BOARD_MODES[boardMode] + EOT);
            } else {
                print("Failure: board mode value out of bounds." + EOT);
            }
        } else {
            print("Failure: invalid board mode value." + EOT);
        }
    }
}
