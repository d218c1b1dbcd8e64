package org.myofuse.openbci.sim;

import org.myofuse.openbci.protocol.Cyton;

/**
 * Firmware v2.0.x (boards shipped from Fall 2016), the first OpenBCI_32bit_Library. Sources: SDK
 * document "Cyton Board SDK" (the v2.0.0 banner, 'c'/'C', 'd', channel settings, "Time Stamping"
 * under "Firmware v2.0.0 New Commands") and the library's changelog (2.0.0: 'd' and 'c' end with
 * "$$$"; 3.0.0: multi-character commands time out, test signals are confirmed). The v2 source itself
 * was not at hand; where the document and the later v3 source agree, v2 follows them.
 *
 * <p>Every answer ends with "$$$" and commands may come back to back. There is no '~', '/' or 'V':
 * such a character is ignored, and what follows it is read as a command of its own ('~6' switches
 * channel 6 off).
 */
class FirmwareV2 extends BoardFirmware {

    /** The multi-character command under way ('x', 'z', in v3 also '~', '/', '`'), or 0. */
    protected char multi;
    private int count;
    private int channel;
    private final int[] args = new int[6];

    FirmwareV2(SimulatedBoard state, Board board, CytonSimulator.Settings settings) {
        super(state, board, settings);
    }

    @Override
    String banner() {
        if (settings.banner() == CytonSimulator.Banner.SDK_DOCUMENT) {
            return "OpenBCI V3 8-16 channel\nADS1299 Device ID: 0x3E\nLIS3DH Device ID: 0x33\nFirmware: v2.0.0\n$$$";
        }
        return "OpenBCI V3 8-16 channel" + CRLF + deviceLines("3E") + "Firmware: v2.0.0" + CRLF + EOT;
    }

    @Override
    void accept(char c, long nowNanos) {
        if (multi != 0) {
            continueMulti(c);
        } else if (!channelSwitch(c)) {
            command(c, nowNanos);
        }
    }

    /** A character after a multi-character command's first. */
    protected void continueMulti(char c) {
        if (multi == 'x') {
            channelSetting(c);
        } else if (multi == 'z') {
            leadOffSetting(c);
        }
    }

    /** Starts a multi-character command. */
    protected void begin(char command, long nowNanos) {
        multi = command;
        count = 1;
    }

    protected void end() {
        multi = 0;
        count = 0;
    }

    protected void command(char c, long nowNanos) {
        switch (c) {
            case 'x', 'z' -> begin(c, nowNanos);
            case 'd' -> {
                if (!streaming()) {
                    print("updating channel settings to default" + EOT);
                }
                state.defaultChannels();
            }
            case 'D' -> print(SimulatedBoard.DEFAULT_CHANNEL_SETTINGS + EOT);
            case 'c' -> {
                // SDK document: "If daisy is not present, no confirmation is sent because the board is
                // already in the 8 channel mode."
                if (state.daisyAttached()) {
                    state.removeDaisy();
                    if (!streaming()) {
                        print("daisy removed" + EOT);
                    }
                }
            }
            case 'C' -> {
                if (!state.daisyAttached()) {
                    boolean attached = state.attachDaisy();
                    if (!streaming()) {
                        print(attached ? "daisy attached" : "no daisy to attach!");
                    }
                }
                print((state.daisyAttached() ? "16" : "8") + EOT);
            }
            case 'b' -> startStreaming();
            case 's' -> board.stopStreaming();
            case 'v' -> softReset();
            case '<', '>' -> {
                if (c == '<') {
                    print(","); // the dongle's own answer to '<' (SDK document, "Time Stamping")
                }
                if (!streaming()) {
                    print((c == '<' ? "Time stamp ON" : "Time stamp OFF") + EOT);
                }
                state.setTimeStamps(c == '<');
            }
            case '0', '-', '=', 'p', '[', ']' -> testSignal();
            default -> {
                if (!extraCommand(c, nowNanos)) {
                    board.ignored(c);
                }
            }
        }
    }

    protected void startStreaming() {
        board.startStreaming();
    }

    /** Connects the inputs to a test signal (the samples' change is not modelled); v2 does not confirm it. */
    protected void testSignal() {
    }

    /** Commands of later generations; false if {@code c} is none. */
    protected boolean extraCommand(char c, long nowNanos) {
        return false;
    }

    protected String ninthCharNotX() {
        return "Failure: 9th char not X";
    }

    protected String fifthCharNotZ() {
        return "Failure: 5th char not Z";
    }

    /** x CHANNEL POWER_DOWN GAIN INPUT BIAS SRB2 SRB1 X, as processIncomingChannelSettings() reads it. */
    private void channelSetting(char c) {
        if (c == 'X' && count < 8) {
            end();
            failure("Failure: too few chars");
            return;
        }
        switch (count) {
            case 1 -> channel = Math.max(0, Cyton.channelOfLetter(c)); // any other character: channel 1
            case 3 -> args[1] = c >= '0' && c <= '6' ? c - '0' : Cyton.gainCode(24); // other: gain 24
            case 2, 4, 5, 6, 7 -> args[count - 2] = c >= '0' && c <= '9' ? c - '0' : 0;
            default -> {
                if (c != 'X') {
                    end();
                    failure(ninthCharNotX());
                    return;
                }
            }
        }
        count++;
        if (count == 9) {
            end();
            if (!streaming()) {
                print("Success: Channel set for " + (channel + 1) + EOT);
            }
            applyChannelSettings(channel, args[0], args[1]);
        }
    }

    /** z CHANNEL PCHAN NCHAN Z (lead-off impedance; its effect on the samples is not modelled). */
    private void leadOffSetting(char c) {
        if (c == 'Z' && count < 4) {
            end();
            failure("Failure: too few chars");
            return;
        }
        if (count == 1) {
            channel = Math.max(0, Cyton.channelOfLetter(c));
        } else if (count == 4 && c != 'Z') {
            end();
            failure(fifthCharNotZ());
            return;
        }
        count++;
        if (count == 5) {
            end();
            if (!streaming()) {
                print("Success: Lead off set for " + (channel + 1) + EOT);
            }
        }
    }

    private void failure(String text) {
        if (!streaming()) {
            print(text + EOT);
        }
    }
}
