package org.myofuse.openbci.sim;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.myofuse.api.device.DeviceException;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.openbci.protocol.Cyton;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialLinkSpec;
import org.myofuse.api.serial.SerialListener;
import org.myofuse.api.serial.SerialTransport;

/**
 * A Cyton board (optionally with the Daisy module) behind its dongle, serving on one end of a serial
 * link: answers 'v' with the banner, 'c'/'C', 'd' and channel settings like the firmware, streams 250
 * packets per second with the wrapping sample counter on 'b' and stops on 's'. Its samples are a
 * deterministic function of the seed, the packet number and the channel gain ({@link #counts}), so a
 * test can check every microvolt the driver publishes. With a corruption rate it damages packets the
 * way a noisy radio link does (truncation, bad footer, garbage between packets) and counts them.
 */
public final class CytonSimulator implements SerialListener, AutoCloseable {

    /**
     * @param seed           seed of the signal and of the corruption
     * @param corruptRate    probability that a packet is damaged, 0 to 1
     * @param daisyModule    the board has a Daisy module
     * @param answers        false for a board that never answers (dongle present, board off)
     * @param endlessBanner  the banner never ends (wrong baud rate seen from the host)
     * @param boardTime      footers C3/C4 with the board time instead of C0 with the accelerometer
     */
    public record Settings(long seed, double corruptRate, boolean daisyModule, boolean answers, boolean endlessBanner,
            boolean boardTime) {

        public Settings {
            if (!(corruptRate >= 0 && corruptRate <= 1)) {
                throw new IllegalArgumentException("corrupt rate " + corruptRate + ": must be 0 to 1");
            }
        }

        /** A well-behaved board. */
        public static Settings clean(long seed) {
            return new Settings(seed, 0, false, true, false, false);
        }
    }

    /** Banner of firmware v3 after a soft reset. */
    static final String BANNER = "OpenBCI V3 8-16 channel\nOn Board ADS1299 Device ID: 0x3E\n%s"
            + "LIS3DH Device ID: 0x33\nFirmware: v3.1.2\n$$$";
    private static final long PACKET_NANOS = 1_000_000_000L / Cyton.PACKET_RATE_HZ;
    /** Packets at the start of a stream that are never damaged, so the stream's origin is certain. */
    private static final int CLEAN_START_PACKETS = 10;

    private final Settings settings;
    private final SerialLink link;
    private final int[] gainCodes = new int[16];
    private final StringBuilder channelCommand = new StringBuilder();
    private final AtomicLong packetsSent = new AtomicLong();
    private final AtomicLong packetsLost = new AtomicLong();
    private final AtomicLong garbageRuns = new AtomicLong();
    private final List<Long> lostPackets = new CopyOnWriteArrayList<>();
    private volatile boolean daisyOn;
    private volatile boolean streaming;
    private Thread streamer;
    private boolean collectingChannel;

    private CytonSimulator(Settings settings, SerialTransport transport, String devicePath, SessionClock clock)
            throws DeviceException {
        this.settings = settings;
        resetGains();
        this.link = transport.open(new SerialLinkSpec(devicePath, Cyton.BAUD, clock, "cyton-sim-" + devicePath,
                Duration.ofSeconds(1), false), this);
    }

    /** Starts serving on {@code devicePath}. */
    public static CytonSimulator serve(Settings settings, SerialTransport transport, String devicePath,
            SessionClock clock) throws DeviceException {
        return new CytonSimulator(settings, transport, devicePath, clock);
    }

    /**
     * The ADC count the simulated board sends for packet {@code packet} (0 at 'b'), channel {@code ch}
     * (0..7 of the board that sends this packet) at gain code {@code gainCode}: a modelled EMG-like
     * input in microvolts (two sines and hashed noise, about 150 uV peak) quantised at that gain.
     */
    public static int counts(long seed, long packet, int ch, int gainCode) {
        double t = packet / (double) Cyton.PACKET_RATE_HZ;
        long h = mix(seed * 0x9E3779B97F4A7C15L + packet * 31 + ch);
        double noise = ((h >>> 11) * 0x1.0p-53 - 0.5) * 60;
        double uv = 80 * Math.sin(2 * Math.PI * (7 + ch) * t) + 30 * Math.sin(2 * Math.PI * 50 * t + ch) + noise
                - 20 * ch;
        return (int) Math.round(uv / Cyton.microvoltsPerCount(Cyton.gainOf(gainCode)));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Packets sent since the simulator started. */
    public long packetsSent() {
        return packetsSent.get();
    }

    /** Packets damaged so that they cannot be decoded (truncated or with a bad footer). */
    public long packetsLost() {
        return packetsLost.get();
    }

    /** Numbers (0 at 'b') of the packets damaged beyond decoding, in order. */
    public List<Long> lostPacketNumbers() {
        return List.copyOf(lostPackets);
    }

    /** Stops streaming as if the board had received 's'. */
    public void pause() {
        stopStreaming();
    }

    /** Runs of garbage bytes put between packets (no packet lost). */
    public long garbageRuns() {
        return garbageRuns.get();
    }

    /** The gain code the board uses now on channel {@code ch} (0..15). */
    public int gainCode(int ch) {
        return gainCodes[ch];
    }

    /** True while streaming. */
    public boolean isStreaming() {
        return streaming;
    }

    @Override
    public void close() {
        stopStreaming();
        link.close();
    }

    // ---- commands, on the link's reader thread

    @Override
    public void bytesArrived(byte[] buffer, int length, long arrivalNanos) {
        for (int i = 0; i < length; i++) {
            command((char) (buffer[i] & 0xFF));
        }
    }

    private void command(char c) {
        if (collectingChannel) {
            channelCommand.append(c);
            if (c == 'X' || channelCommand.length() >= 8) {
                collectingChannel = false;
                applyChannelSettings(channelCommand.toString());
            }
            return;
        }
        if (!settings.answers()) {
            return;
        }
        switch (c) {
            case 'v' -> {
                stopStreaming();
                resetGains();
                reply(settings.endlessBanner() ? "OpenBCI V3 8-16 channel\n" + "garbage ".repeat(64)
                        : BANNER.formatted(settings.daisyModule() ? "On Daisy ADS1299 Device ID: 0x3E\n" : ""));
            }
            case 'C' -> {
                daisyOn = settings.daisyModule();
                reply(daisyOn ? "daisy attached16$$$" : "no daisy to attach!8$$$");
            }
            case 'c' -> {
                daisyOn = false;
                reply("daisy removed8$$$");
            }
            case 'd' -> {
                resetGains();
                reply(streaming ? "" : "updating channel settings to default$$$");
            }
            case 'x' -> {
                collectingChannel = true;
                channelCommand.setLength(0);
            }
            case 'b' -> startStreaming();
            case 's' -> stopStreaming();
            default -> {
                // other commands of the firmware are not modelled
            }
        }
    }

    /** "C P G I B S2 S1 X" after the 'x'. */
    private void applyChannelSettings(String command) {
        int ch = command.isEmpty() ? -1 : Cyton.channelOfLetter(command.charAt(0));
        if (command.length() != 8 || command.charAt(7) != 'X' || ch < 0 || (ch >= 8 && !daisyOn)) {
            reply(streaming ? "" : "Failure: too few chars$$$");
            return;
        }
        int gain = command.charAt(2) - '0';
        if (Cyton.gainOf(gain) < 0) {
            reply(streaming ? "" : "Failure: invalid gain$$$");
            return;
        }
        gainCodes[ch] = gain;
        if (!streaming) {
            reply("Success: Channel set for " + (ch + 1) + "$$$");
        }
    }

    private void resetGains() {
        java.util.Arrays.fill(gainCodes, Cyton.gainCode(24));
    }

    private void reply(String text) {
        if (text.isEmpty()) {
            return;
        }
        try {
            link.write(text);
        } catch (DeviceException e) {
            // the host went away
        }
    }

    private synchronized void startStreaming() {
        if (streaming) {
            return;
        }
        streaming = true;
        streamer = new Thread(this::stream, "cyton-sim-stream");
        streamer.setDaemon(true);
        streamer.start();
    }

    private synchronized void stopStreaming() {
        streaming = false;
        Thread t = streamer;
        streamer = null;
        if (t != null && t != Thread.currentThread()) {
            LockSupport.unpark(t);
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // ---- streaming thread

    private void stream() {
        var packets = new PacketWriter(settings, gainCodes);
        long start = System.nanoTime();
        long k = 0;
        while (streaming) {
            long wait = start + k * PACKET_NANOS - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(this, wait);
                continue;
            }
            try {
                int damage = k < CLEAN_START_PACKETS ? PacketWriter.CLEAN : packets.nextDamage();
                link.write(packets.packet(k, daisyOn, damage));
            } catch (DeviceException e) {
                return; // unplugged
            }
            packetsSent.incrementAndGet();
            if (packets.lastLost()) {
                packetsLost.incrementAndGet();
                lostPackets.add(k);
            }
            if (packets.lastHadGarbage()) {
                garbageRuns.incrementAndGet();
            }
            k++;
        }
    }
}
