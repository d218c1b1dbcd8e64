package org.myofuse.openbci.sim;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.myofuse.api.device.DeviceException;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.openbci.protocol.Cyton;
import org.myofuse.openbci.protocol.CytonFirmware;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialLinkSpec;
import org.myofuse.api.serial.SerialListener;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.lib.serial.sim.Streamer;

/**
 * A Cyton board (optionally with the Daisy module) behind its dongle, serving on one end of a serial
 * link. It speaks the firmware generation of its settings ({@link CytonFirmware}) as the published
 * sources describe it, answers included and silences included (docs/protocols/openbci-cyton.md):
 * banner on 'v', 'c'/'C', 'd', channel settings, the commands of later generations only from the
 * generation that has them; a character its firmware has no command for is ignored. On 'b' it streams
 * 250 packets per second with the wrapping sample counter and stops on 's'. Its samples are a
 * deterministic function of the seed, the packet number and the channel gain ({@link #counts}), so a
 * test can check every microvolt the driver publishes. With a corruption rate it damages packets the
 * way a noisy radio link does (truncation, bad footer, garbage between packets) and counts them.
 */
public final class CytonSimulator implements SerialListener, AutoCloseable {

    /** Faults of the board or its link, for tests of the driver's error paths. */
    public enum Fault {
        /** None: the board answers as its firmware does. */
        NONE,
        /** Nothing answers at all (a port with no dongle, or a wrong baud rate that yields nothing). */
        SILENT,
        /**
         * The dongle is there but the board is off or out of range: the dongle answers every command
         * with "Failure: Communications timeout - Device failed to poll Host$$$" (OpenBCI_Radios,
         * printValidatedCommsTimeout(); SDK document, "Firmware v2.0.0 New Commands").
         */
        BOARD_OFF,
        /** The banner never ends (wrong baud rate seen from the host). */
        ENDLESS_BANNER,
        /** The radio loses the fifth character of the first channel-settings command. */
        LOSES_A_SETTINGS_CHARACTER
    }

    /** Which published text the banner follows where the SDK document and the firmware source differ. */
    public enum Banner {
        /**
         * As the firmware source prints it: "On Board ADS1299 Device ID", and "On Daisy ADS1299 Device
         * ID" only when a Daisy module is there.
         */
        FIRMWARE_SOURCE,
        /** As the SDK document shows it: "ADS1299 Device ID" only, which does not tell about a Daisy. */
        SDK_DOCUMENT
    }

    /**
     * @param seed        seed of the signal and of the corruption
     * @param corruptRate probability that a packet is damaged, 0 to 1
     * @param firmware    the firmware generation the board runs
     * @param daisyModule the board has a Daisy module
     * @param fault       a fault of the board or link
     * @param boardTime   time stamping is on from the start (footers C3/C4 with the board time instead of
     *                    C0 with the accelerometer); firmware v2 and later
     * @param banner      which published banner text the board prints
     * @param sampleRateHz the sample rate set on the board before (v3 keeps it until power off, e.g. after
     *                     a WiFi session): 250 on v1 and v2, which have no '~'; 250 to 16000 on v3
     */
    public record Settings(long seed, double corruptRate, CytonFirmware firmware, boolean daisyModule, Fault fault,
            boolean boardTime, Banner banner, int sampleRateHz) {

        public Settings {
            if (!(corruptRate >= 0 && corruptRate <= 1)) {
                throw new IllegalArgumentException("corrupt rate " + corruptRate + ": must be 0 to 1");
            }
            Objects.requireNonNull(firmware, "firmware");
            Objects.requireNonNull(fault, "fault");
            Objects.requireNonNull(banner, "banner");
            if (boardTime && firmware == CytonFirmware.V1) {
                throw new IllegalArgumentException("board time: firmware v1 has no time stamps (they came with v2.0.0)");
            }
            if (firmware == CytonFirmware.V3 ? FirmwareV3.rateCode(sampleRateHz) < 0 : sampleRateHz != 250) {
                throw new IllegalArgumentException("sample rate " + sampleRateHz + " Hz: firmware " + firmware.typicalVersion()
                        + (firmware == CytonFirmware.V3 ? " offers 250, 500, 1000, 2000, 4000, 8000 or 16000 Hz"
                                : " runs at 250 Hz (the sample rate command came with v3.0.0)"));
            }
        }

        /** A well-behaved board with firmware v3 and no Daisy module. */
        public static Settings clean(long seed) {
            return new Settings(seed, 0, CytonFirmware.V3, false, Fault.NONE, false, Banner.FIRMWARE_SOURCE, 250);
        }

        public Settings withFirmware(CytonFirmware f) {
            return new Settings(seed, corruptRate, f, daisyModule, fault, boardTime, banner, sampleRateHz);
        }

        public Settings withDaisy(boolean present) {
            return new Settings(seed, corruptRate, firmware, present, fault, boardTime, banner, sampleRateHz);
        }

        public Settings withFault(Fault f) {
            return new Settings(seed, corruptRate, firmware, daisyModule, f, boardTime, banner, sampleRateHz);
        }

        public Settings withCorruption(double rate) {
            return new Settings(seed, rate, firmware, daisyModule, fault, boardTime, banner, sampleRateHz);
        }

        public Settings withBoardTime(boolean on) {
            return new Settings(seed, corruptRate, firmware, daisyModule, fault, on, banner, sampleRateHz);
        }

        public Settings withBanner(Banner b) {
            return new Settings(seed, corruptRate, firmware, daisyModule, fault, boardTime, b, sampleRateHz);
        }

        public Settings withSampleRate(int hz) {
            return new Settings(seed, corruptRate, firmware, daisyModule, fault, boardTime, banner, hz);
        }
    }

    private static final String DONGLE_TIMEOUT = "Failure: Communications timeout - Device failed to poll Host$$$";
    private static final long PACKET_NANOS = 1_000_000_000L / Cyton.PACKET_RATE_HZ;
    private static final long TICK_MILLIS = 50;
    /** Packets at the start of a stream that are never damaged, so the stream's origin is certain. */
    private static final int CLEAN_START_PACKETS = 10;
    /** Which character of the first channel-settings command LOSES_A_SETTINGS_CHARACTER drops (after 'x'). */
    private static final int LOST_SETTINGS_CHARACTER = 5;

    private final Settings settings;
    private final SessionClock clock;
    private final SerialLink link;
    private final SimulatedBoard board;
    private final BoardFirmware firmware;
    private final ScheduledExecutorService timer;
    private final AtomicLong packetsSent = new AtomicLong();
    private final AtomicLong packetsLost = new AtomicLong();
    private final AtomicLong garbageRuns = new AtomicLong();
    private final List<Long> lostPackets = new CopyOnWriteArrayList<>();
    private final StringBuffer ignored = new StringBuffer();
    private final Streamer streamer = new Streamer("cyton-sim-stream", this::stream);
    private int afterFirstX = -1;

    private CytonSimulator(Settings settings, SerialTransport transport, String devicePath, SessionClock clock)
            throws DeviceException {
        this.settings = settings;
        this.clock = clock;
        this.board = new SimulatedBoard(settings.daisyModule(), settings.boardTime());
        BoardFirmware.Board io = new Io();
        this.firmware = switch (settings.firmware()) {
            case V1 -> new FirmwareV1(board, io, settings);
            case V2 -> new FirmwareV2(board, io, settings);
            case V3 -> new FirmwareV3(board, io, settings);
        };
        this.link = transport.open(new SerialLinkSpec(devicePath, Cyton.BAUD, clock, "cyton-sim-" + devicePath,
                Duration.ofSeconds(1), false), this);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cyton-sim-timer");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
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
        return board.gainCode(ch);
    }

    /** True if channel {@code ch} (0..15) is switched off (it then reads 0). */
    public boolean poweredDown(int ch) {
        return board.poweredDown(ch);
    }

    /** True if the firmware uses the Daisy module now (16 channels). */
    public boolean daisyInUse() {
        return board.daisyAttached();
    }

    /** The characters received that the board's firmware has no command for, in order. */
    public String ignoredCommands() {
        return ignored.toString();
    }

    /**
     * Firmware v1 only: command characters that came less than 10 ms after the one before (the SDK
     * document asks for more); 0 for later generations, which take commands back to back. Counted at
     * arrival: a late reader of this end of the link can bring paced characters together.
     */
    public long unpacedCommands() {
        return firmware instanceof FirmwareV1 v1 ? v1.unpacedCommands() : 0;
    }

    /** Firmware v1 only: the command characters received, for {@link #unpacedCommands()}; 0 otherwise. */
    public long commandCharacters() {
        return firmware instanceof FirmwareV1 v1 ? v1.commandCharacters() : 0;
    }

    /** The sample rate set with '~' on firmware v3 (250 Hz on earlier generations, which have no '~'). */
    public int sampleRateHz() {
        synchronized (firmware) {
            return firmware instanceof FirmwareV3 v3 ? v3.sampleRateHz() : Cyton.PACKET_RATE_HZ;
        }
    }

    /** True while streaming. */
    public boolean isStreaming() {
        return streamer.running();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        stopStreaming();
        link.close();
    }

    // ---- commands, on the link's reader thread

    @Override
    public void bytesArrived(byte[] buffer, int length, long arrivalNanos) {
        for (int i = 0; i < length; i++) {
            char c = (char) (buffer[i] & 0xFF);
            if (settings.fault() != Fault.NONE && fault(c)) {
                continue;
            }
            synchronized (firmware) {
                firmware.accept(c, arrivalNanos);
            }
        }
    }

    /** Applies the settings' fault to one character; true if the firmware does not get it. */
    private boolean fault(char c) {
        switch (settings.fault()) {
            case SILENT -> {
                return true;
            }
            case BOARD_OFF -> {
                reply(DONGLE_TIMEOUT);
                return true;
            }
            case ENDLESS_BANNER -> {
                if (c == 'v') {
                    reply("OpenBCI V3 8-16 channel\n" + "garbage ".repeat(64));
                }
                return c == 'v';
            }
            case LOSES_A_SETTINGS_CHARACTER -> {
                return losesThisCharacter(c);
            }
            default -> {
                return false;
            }
        }
    }

    /** Counts characters from the first 'x' on; one of the channel settings after it never arrives. */
    private boolean losesThisCharacter(char c) {
        if (afterFirstX < 0) {
            if (c == 'x') {
                afterFirstX = 0;
            }
            return false;
        }
        afterFirstX++;
        return afterFirstX == LOST_SETTINGS_CHARACTER;
    }

    private void tick() {
        synchronized (firmware) {
            firmware.tick(clock.nanos()); // the time base of the link's arrival times
        }
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

    /** The firmware's view of the rest of the board. */
    private final class Io implements BoardFirmware.Board {

        @Override
        public void print(String text) {
            reply(text);
        }

        @Override
        public void startStreaming() {
            CytonSimulator.this.startStreaming();
        }

        @Override
        public void stopStreaming() {
            CytonSimulator.this.stopStreaming();
        }

        @Override
        public boolean streaming() {
            return streamer.running();
        }

        @Override
        public void ignored(char c) {
            ignored.append(c);
        }
    }

    private void startStreaming() {
        streamer.start();
    }

    private void stopStreaming() {
        streamer.stop();
    }

    // ---- streaming thread

    private void stream() {
        var packets = new PacketWriter(settings, board);
        streamer.pace(PACKET_NANOS, 0, (k, due) -> {
            int damage = k < CLEAN_START_PACKETS ? PacketWriter.CLEAN : packets.nextDamage();
            link.write(packets.packet(k, board.daisyAttached(), damage));
            packetsSent.incrementAndGet();
            if (packets.lastLost()) {
                packetsLost.incrementAndGet();
                lostPackets.add(k);
            }
            if (packets.lastHadGarbage()) {
                garbageRuns.incrementAndGet();
            }
            return k + 1;
        });
    }
}
