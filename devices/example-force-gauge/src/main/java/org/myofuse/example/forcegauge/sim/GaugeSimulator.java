package org.myofuse.example.forcegauge.sim;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.myofuse.api.device.DeviceException;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialLinkSpec;
import org.myofuse.api.serial.SerialListener;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.example.forcegauge.gcl.ForceUnit;
import org.myofuse.example.forcegauge.gcl.Gcl;

/**
 * A Mark-10 Series 5 gauge on one end of a serial link, answering the GCL2 subset of
 * docs/protocols/mark10-gauge.md: {@code ?C} and {@code ?} with the current reading ({@code 6.52 N}),
 * {@code RM}, {@code RS}, {@code RV} with its model, serial number and firmware, the unit commands by
 * switching units (without an answer), anything else with {@code *10} (illegal command). Commands end
 * with CR (an LF is ignored, so CR LF works too); answers end with CR LF. It never sends anything
 * unasked. It starts in pound-force, as a gauge switched on with that unit saved, so a driver that
 * wants newtons must say so after every power-up.
 *
 * <p>Damage, with probability {@code corruptRate} per reading after the first {@value #CLEAN_READINGS}:
 * a digit replaced by a letter, letters stuck to the unit (both must be rejected), or no answer at all.
 *
 * <p>All commands are answered on the link's reader thread, in order.
 */
public final class GaugeSimulator implements SerialListener, AutoCloseable {

    /** The simulated model: a 100 N capacity gauge. */
    public static final String MODEL = "M5-20";
    /** Its firmware version. */
    public static final String FIRMWARE = "1.00";
    /** Its capacity in newtons. */
    public static final double CAPACITY_N = 100;
    /** The unit it starts in. */
    public static final ForceUnit POWER_ON_UNIT = ForceUnit.POUND_FORCE;
    /** Readings never damaged at the start, so that connecting always works. */
    static final int CLEAN_READINGS = 10;
    private static final int MAX_COMMAND = 32;
    private static final String LETTERS = "ghijkqrstuvwxyz";

    /**
     * @param seed        seed of the force signal, the damage and the serial number
     * @param corruptRate probability of damaging a reading, 0 to 1
     * @param answers     false: a dead port that never answers
     * @param personality false: answers RM, RS and RV with {@code *10}, as a device that is no Series 5
     * @param keepLog     keep every command received and every clean reading sent, for tests
     */
    public record Settings(long seed, double corruptRate, boolean answers, boolean personality, boolean keepLog) {

        public Settings {
            if (!(corruptRate >= 0 && corruptRate <= 1)) {
                throw new IllegalArgumentException("corruptRate " + corruptRate + ": must be 0 to 1");
            }
        }

        /** A working gauge without damage, keeping its log. */
        public static Settings clean(long seed) {
            return new Settings(seed, 0, true, true, true);
        }
    }

    private final Settings settings;
    private final SerialLink link;
    private final long startNanos = System.nanoTime();
    private final StringBuilder command = new StringBuilder();
    private final SplittableRandom random;
    private final AtomicLong readings = new AtomicLong();
    private final AtomicLong damaged = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final List<String> cleanReadings = new CopyOnWriteArrayList<>();
    private volatile ForceUnit unit = POWER_ON_UNIT;

    private GaugeSimulator(Settings settings, SerialTransport transport, String devicePath, SessionClock clock)
            throws DeviceException {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed() ^ 0x2545F4914F6CDD1DL);
        this.link = transport.open(new SerialLinkSpec(devicePath, 115_200, clock, "mark10-sim-" + devicePath,
                Duration.ofSeconds(1), false), this);
    }

    /** Starts serving on {@code devicePath}. */
    public static GaugeSimulator serve(Settings settings, SerialTransport transport, String devicePath,
            SessionClock clock) throws DeviceException {
        return new GaugeSimulator(settings, transport, devicePath, clock);
    }

    /** The serial number this gauge reports. */
    public static String serialNumber(long seed) {
        return String.format(Locale.ROOT, "%08d", Math.floorMod(seed * 7919 + 1234567, 100_000_000L));
    }

    /** Digits after the point this 100 N gauge prints in {@code unit}. */
    public static int decimals(ForceUnit unit) {
        return switch (unit) {
            case NEWTON, OUNCE_FORCE -> 2;
            case POUND_FORCE, KILOGRAM_FORCE -> 3;
            case MILLINEWTON -> 0;
            case KILONEWTON -> 5;
            case GRAM_FORCE -> 1;
        };
    }

    /** Readings asked for (answered, damaged or not). */
    public long readings() {
        return readings.get();
    }

    /** Readings sent damaged. */
    public long damaged() {
        return damaged.get();
    }

    /** Readings asked for and never answered. */
    public long unanswered() {
        return unanswered.get();
    }

    /** The commands received, in order (with {@code keepLog}). */
    public List<String> commands() {
        return List.copyOf(commands);
    }

    /** The readings sent undamaged, as sent without the line ending, in order (with {@code keepLog}). */
    public List<String> cleanReadings() {
        return List.copyOf(cleanReadings);
    }

    /** The unit readings are sent in now. */
    public ForceUnit unit() {
        return unit;
    }

    /** Stops serving: the device end of the link is closed. */
    @Override
    public void close() {
        link.close();
    }

    // ---- the link's reader thread

    @Override
    public void bytesArrived(byte[] buffer, int length, long arrivalNanos) {
        for (int i = 0; i < length; i++) {
            char c = (char) (buffer[i] & 0xFF);
            if (c == Gcl.TERMINATOR) {
                execute(command.toString());
                command.setLength(0);
            } else if (c != '\n' && command.length() <= MAX_COMMAND) {
                command.append(c);
            }
        }
    }

    private void execute(String received) {
        if (!settings.answers() || received.isEmpty()) {
            return;
        }
        if (settings.keepLog()) {
            commands.add(received);
        }
        ForceUnit selected = ForceUnit.ofCommand(received);
        if (selected != null) {
            unit = selected;
            return;
        }
        switch (received) {
            case Gcl.CURRENT_READING, Gcl.DISPLAYED_READING -> reading();
            case Gcl.MODEL -> personality(MODEL);
            case Gcl.SERIAL_NUMBER -> personality(serialNumber(settings.seed()));
            case Gcl.FIRMWARE -> personality(FIRMWARE);
            default -> illegal();
        }
    }

    private void personality(String answer) {
        if (settings.personality()) {
            send(answer);
        } else {
            illegal();
        }
    }

    private void illegal() {
        send(Character.toString(Gcl.ERROR_MARK) + Gcl.ILLEGAL_COMMAND);
    }

    private void reading() {
        long n = readings.getAndIncrement();
        ForceUnit u = unit;
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        double value = GaugeSignal.newtons(settings.seed(), seconds) / u.newtons();
        String text = String.format(Locale.ROOT, "%." + decimals(u) + "f", value) + " " + u.symbol();
        if (n >= CLEAN_READINGS && settings.corruptRate() > 0 && random.nextDouble() < settings.corruptRate()) {
            damage(text);
            return;
        }
        if (settings.keepLog()) {
            cleanReadings.add(text);
        }
        send(text);
    }

    /** Sends the reading damaged so that any parser following the guide must reject it, or not at all. */
    private void damage(String text) {
        int kind = random.nextInt(3);
        if (kind == 2) {
            unanswered.incrementAndGet();
            return;
        }
        damaged.incrementAndGet();
        char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
        if (kind == 0) {
            int digit = text.indexOf(Character.forDigit(random.nextInt(10), 10));
            int at = digit >= 0 ? digit : 0;
            send(text.substring(0, at) + letter + text.substring(at + 1));
        } else {
            send(text + letter);
        }
    }

    private void send(String answer) {
        try {
            link.write((answer + "\r\n").getBytes(StandardCharsets.US_ASCII));
        } catch (DeviceException e) {
            // the host end went away
        }
    }
}
