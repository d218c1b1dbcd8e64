package org.myofuse.openbci.driver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.openbci.protocol.Cyton;

/**
 * The channels of one configured board, checked: names, sites, gains (tracked as the driver sets them)
 * and the scale from counts to microvolts.
 *
 * @param daisy         16 channels at 125 Hz
 * @param names         one per EEG/EMG channel
 * @param sites         one per EEG/EMG channel
 * @param gains         one per EEG/EMG channel
 * @param srb2          negative inputs on SRB2
 * @param accelerometer three accelerometer channels follow the EEG/EMG channels
 */
public record CytonLayout(boolean daisy, List<String> names, List<String> sites, int[] gains, boolean srb2,
        boolean accelerometer) {

    /** Names of the accelerometer channels. */
    public static final List<String> ACCEL_NAMES = List.of("accel_x", "accel_y", "accel_z");

    /** Builds and checks the layout of a configuration; IllegalArgumentException with one line naming the setting. */
    public static CytonLayout of(CytonConfig config) {
        int n = config.daisy() ? 2 * Cyton.CHANNELS : Cyton.CHANNELS;
        List<String> names = names(config.channelNames(), n);
        List<String> sites = sites(config.channelSites(), n);
        int[] gains = gains(config.gains(), n);
        if (config.replyTimeoutMs() < 500 || config.replyTimeoutMs() > 10_000) {
            throw new IllegalArgumentException("replyTimeoutMs " + config.replyTimeoutMs() + ": must be 500 to 10000 ms");
        }
        if (config.baudRate() <= 0) {
            throw new IllegalArgumentException("baudRate " + config.baudRate() + ": must be positive");
        }
        var layout = new CytonLayout(config.daisy(), names, sites, gains, config.srb2(), config.accelerometer());
        if (config.accelerometer()) {
            for (String accel : ACCEL_NAMES) {
                if (names.contains(accel)) {
                    throw new IllegalArgumentException("channelNames: '" + accel + "' is the accelerometer's channel");
                }
            }
        }
        return layout;
    }

    private static List<String> names(String[] given, int n) {
        if (given.length == 0) {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                names.add("ch" + i);
            }
            return names;
        }
        if (given.length != n) {
            throw new IllegalArgumentException("channelNames: " + given.length + " names given, the board has " + n
                    + " channels");
        }
        var seen = new HashSet<String>();
        for (String name : given) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("channelNames: a channel name is empty");
            }
            if (!seen.add(name)) {
                throw new IllegalArgumentException("channelNames: '" + name + "' given twice");
            }
        }
        return List.of(given);
    }

    private static List<String> sites(String[] given, int n) {
        if (given.length == 0) {
            return java.util.Collections.nCopies(n, "");
        }
        if (given.length != n) {
            throw new IllegalArgumentException("channelSites: " + given.length + " sites given, the board has " + n
                    + " channels");
        }
        return List.of(given);
    }

    private static int[] gains(int[] given, int n) {
        if (given.length != 1 && given.length != n) {
            throw new IllegalArgumentException("gains: " + given.length + " values given; give one, or one per channel ("
                    + n + ")");
        }
        int[] gains = new int[n];
        for (int i = 0; i < n; i++) {
            int g = given.length == 1 ? given[0] : given[i];
            if (!Cyton.isValidGain(g)) {
                throw new IllegalArgumentException("gains " + g + ": must be " + Cyton.gainsOffered());
            }
            gains[i] = g;
        }
        return gains;
    }

    /** EEG/EMG channels (8 or 16). */
    public int signalChannels() {
        return names.size();
    }

    /** Channels per frame on the bus. */
    public int frameChannels() {
        return signalChannels() + (accelerometer ? 3 : 0);
    }

    /** Frames per second on the bus. */
    public int frameRateHz() {
        return daisy ? Cyton.PACKET_RATE_HZ / 2 : Cyton.PACKET_RATE_HZ;
    }

    /** Microvolts per count of signal channel {@code ch}, from its tracked gain. */
    public double microvoltsPerCount(int ch) {
        return Cyton.microvoltsPerCount(gains[ch]);
    }

    /** The channel-settings command of channel {@code ch}: x C P G I B S2 S1 X (on, normal input, bias in). */
    public String channelCommand(int ch) {
        return "x" + (char) Cyton.channelLetter(ch) + "0" + Cyton.gainCode(gains[ch]) + "01" + (srb2 ? "1" : "0")
                + "0X";
    }

    /** The channel descriptors in frame order. */
    public List<ChannelDescriptor> channels() {
        List<ChannelDescriptor> list = new ArrayList<>();
        for (int ch = 0; ch < signalChannels(); ch++) {
            double step = microvoltsPerCount(ch);
            list.add(new ChannelDescriptor(names.get(ch), "uV", frameRateHz(), sites.get(ch), -(1 << 23) * step,
                    ((1 << 23) - 1) * step, step));
        }
        if (accelerometer) {
            double g = Cyton.ACCEL_G_PER_COUNT;
            for (int i = 0; i < 3; i++) {
                list.add(new ChannelDescriptor(ACCEL_NAMES.get(i), "g", frameRateHz(),
                        "board accelerometer (25 Hz, held)", -32768 * g, 32767 * g, g));
            }
        }
        return list;
    }
}
