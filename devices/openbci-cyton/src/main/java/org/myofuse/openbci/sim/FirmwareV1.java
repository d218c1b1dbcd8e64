package org.myofuse.openbci.sim;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.myofuse.openbci.protocol.Cyton;

/**
 * Firmware v1, the Cyton's first (2014). Source: sketch OpenBCI_32bit.ino (repository
 * openbci-archive/_DEPRECATED_OpenBCI_32bit, functions getCommand(), loadChannelSettings(),
 * startFromScratch()) with library OpenBCI_32_Daisy.cpp (OpenBCI/OpenBCI_Cyton_Library, folder
 * OpenBCI_32_Daisy: attachDaisy(), removeDaisy()); SDK document "Cyton Board SDK".
 *
 * <p>Surprises, all from the source: most answers are lines without "$$$" ('d', 'c', the channel
 * settings), fixed only in 2.0.0 ("Sending d/c did not terminate with an EOT", library changelog);
 * channel settings are echoed character by character; 'v' does nothing while streaming; there is no
 * '~', '<', 'V' or '/'. The SDK document asks for more than 10 ms between command characters: the
 * simulator counts characters that come closer (what a real board then does is not published).
 */
final class FirmwareV1 extends BoardFirmware {

    private static final long PACE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private final AtomicLong commands = new AtomicLong();
    private final AtomicLong unpaced = new AtomicLong();
    private long lastCommandNanos = Long.MIN_VALUE / 2;
    private boolean channelSettings;
    private int settingsCounter;
    private int channelToSet;
    private final int[] pending = new int[6];
    private boolean leadOffSettings;
    private int leadOffCounter;
    private int leadOffChannel;

    FirmwareV1(SimulatedBoard state, Board board, CytonSimulator.Settings settings) {
        super(state, board, settings);
    }

    /** Command characters received. */
    long commandCharacters() {
        return commands.get();
    }

    /** Command characters that came less than 10 ms after the one before. */
    long unpacedCommands() {
        return unpaced.get();
    }

    @Override
    String banner() {
        if (settings.banner() == CytonSimulator.Banner.SDK_DOCUMENT) {
            return "OpenBCI V3 16 channel\nADS1299 Device ID: 0x3E\nLIS3DH Device ID: 0x33\n$$$";
        }
        // Serial0.println(id, HEX) prints upper-case digits.
        return "OpenBCI V3 16 channel" + CRLF + deviceLines("3E") + EOT;
    }

    @Override
    void accept(char c, long nowNanos) {
        commands.incrementAndGet();
        if (nowNanos - lastCommandNanos < PACE_NANOS) {
            unpaced.incrementAndGet();
        }
        lastCommandNanos = nowNanos;
        if (channelSettings) {
            loadChannelSettings(c);
        } else if (leadOffSettings) {
            loadLeadOffSettings(c);
        } else if (!channelSwitch(c)) {
            command(c);
        }
    }

    private void command(char c) {
        switch (c) {
            case 'x' -> {
                if (!streaming()) {
                    println("ready to accept new channel settings");
                }
                settingsCounter = 0;
                channelSettings = true;
            }
            case 'X' -> {
                if (!streaming()) {
                    println("updating channel settings");
                }
                applyChannelSettings(channelToSet, pending[0], pending[1]);
            }
            case 'd' -> {
                if (!streaming()) {
                    println("updating channel settings to default");
                }
                state.defaultChannels();
            }
            case 'D' -> print(SimulatedBoard.DEFAULT_CHANNEL_SETTINGS + EOT);
            case 'z' -> {
                if (!streaming()) {
                    println("ready to accept new impedance detect settings");
                }
                leadOffCounter = 0;
                leadOffSettings = true;
            }
            case 'Z' -> {
                if (!streaming()) {
                    println("updating impedance detect settings");
                }
            }
            case 'c' -> {
                // The sketch calls removeDaisy() only when a Daisy is in use: no Daisy, no answer.
                if (state.daisyAttached()) {
                    state.removeDaisy();
                    if (!streaming()) {
                        println("daisy removed");
                    }
                }
            }
            case 'C' -> {
                if (!state.daisyAttached()) {
                    boolean attached = state.attachDaisy();
                    if (!streaming()) {
                        println(attached ? "daisy attached" : "no daisy to attach!");
                    }
                }
                print((state.daisyAttached() ? "16" : "8") + EOT);
            }
            case 'b' -> board.startStreaming();
            case 's' -> board.stopStreaming();
            case 'v' -> {
                // startFromScratch() begins with if(!is_running): a streaming board ignores 'v'.
                if (!streaming()) {
                    softReset();
                }
            }
            // test signals, filters: no answer in v1; their effect on the samples is not modelled
            case '0', '-', '=', 'p', '[', ']', 'f', 'g' -> {
            }
            default -> board.ignored(c);
        }
    }

    /** The channel and six settings after 'x', each echoed; the latching 'X' comes as a command of its own. */
    private void loadChannelSettings(char c) {
        if (settingsCounter == 0) {
            channelToSet = channelNumber(c);
            settingsCounter++;
            if (!streaming()) {
                println("load setting for channel " + (channelToSet + 1));
            }
            return;
        }
        if (!streaming()) {
            println((settingsCounter - 1) + " with " + c);
        }
        pending[settingsCounter - 1] = c - '0';
        settingsCounter++;
        if (settingsCounter == 7) {
            // The source prints the channel number outside its if(!is_running): it reaches the dongle
            // even while streaming.
            if (!streaming()) {
                print("done receiving settings for channel ");
            }
            println(String.valueOf(channelToSet + 1));
            channelSettings = false;
        }
    }

    private void loadLeadOffSettings(char c) {
        if (leadOffCounter == 0) {
            leadOffChannel = channelNumber(c);
            if (!streaming()) {
                print("changing LeadOff settings for channel ");
            }
            println(String.valueOf(leadOffChannel + 1));
            leadOffCounter++;
            return;
        }
        if (!streaming()) {
            println("load setting " + (leadOffCounter - 1) + " with " + c);
        }
        leadOffCounter++;
        if (leadOffCounter == 3) {
            if (!streaming()) {
                print("done receiving leadOff settings for channel ");
            }
            println(String.valueOf(leadOffChannel + 1));
            leadOffSettings = false;
        }
    }

    /** getChannelNumber(): '1'..'8' are channels 1-8, 'QWERTYUI' 9-16; any other character is returned as it is. */
    private static int channelNumber(char c) {
        int ch = Cyton.channelOfLetter(c);
        return ch >= 0 ? ch : c;
    }
}
