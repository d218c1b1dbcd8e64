package org.myofuse.line.sim;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.myofuse.api.device.DeviceException;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.line.protocol.LineEncoder;
import org.myofuse.line.protocol.LineFormat;
import org.myofuse.line.protocol.LineSyntax;
import org.myofuse.line.protocol.Separator;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialLinkSpec;
import org.myofuse.api.serial.SerialListener;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.lib.serial.sim.Streamer;

/**
 * An Arduino sketch reading a load cell through an HX711, serving on one end of a serial link: it
 * prints a boot banner, then one line per sample at the configured rate with two channels, {@code fz}
 * (the HX711's raw 24-bit count) and {@code temp} (a temperature in degrees Celsius with two decimals).
 * With {@code awaitStart} it prints only between the lines {@code start} and {@code stop} it receives,
 * and numbers samples from 0 at every start; otherwise it prints from the moment it serves.
 *
 * <p>Damage, with probability {@code corruptRate} per line after the first {@value #CLEAN_START_LINES}:
 * a line cut before its last field, letters inserted into it, a line longer than the driver's maximum,
 * or a stall (half a second of lines never printed, see {@link #stallLines}). Each damaged line is a lost sample, recorded
 * with its number.
 */
public final class LoadCellSimulator implements SerialListener, AutoCloseable {

    /** Channel names, in line order. */
    public static final List<String> CHANNELS = List.of("fz", "temp");
    /** Raw count of zero force. */
    public static final long TARE_COUNTS = 84_210;
    /** Counts per newton of the simulated cell. */
    public static final double COUNTS_PER_NEWTON = 2_280;
    /** Length of a stall: half a second of lines, never fewer than 12 (beyond a 10-period gap threshold). */
    public static final double STALL_SECONDS = 0.5;
    /** Length of the overlong lines, beyond any sane maximum. */
    public static final int OVERLONG_BYTES = 300;
    static final int CLEAN_START_LINES = 10;
    static final String BANNER = "HX711 load cell sketch v1.2\r\nTaring... done\r\n";
    private static final String GARBAGE_LETTERS = "ghijklmnopqrstuvwxyzGHIJKLMNOPQRSTUVWXYZ#!?@";

    /**
     * @param seed        seed of the signal and the damage
     * @param rateHz      lines per second
     * @param format      how lines are written
     * @param separator   between fields
     * @param prefix      printed before every sample line (and a space), or empty
     * @param lineEnding  e.g. {@code "\r\n"} (Arduino println)
     * @param corruptRate probability of damaging a line, 0 to 1
     * @param awaitStart  print only between {@code start} and {@code stop}
     * @param answers     false: a dead device that never prints anything
     */
    public record Settings(long seed, double rateHz, LineFormat format, Separator separator, String prefix,
            String lineEnding, double corruptRate, boolean awaitStart, boolean answers) {

        public Settings {
            if (!(corruptRate >= 0 && corruptRate <= 1)) {
                throw new IllegalArgumentException("corrupt rate " + corruptRate + ": must be 0 to 1");
            }
            if (!(rateHz >= 0.1 && rateHz <= 10_000)) {
                throw new IllegalArgumentException("rate " + rateHz + " Hz: must be 0.1 to 10000");
            }
        }

        /** A clean comma-separated sketch at {@code rateHz} that waits for {@code start}. */
        public static Settings clean(long seed, double rateHz) {
            return new Settings(seed, rateHz, LineFormat.VALUES, Separator.COMMA, "", "\r\n", 0, true, true);
        }

        LineSyntax syntax() {
            return new LineSyntax(format, separator, CHANNELS, prefix, LineSyntax.MAX_LINE_LIMIT, false);
        }
    }

    private final Settings settings;
    private final SerialLink link;
    private final StringBuilder command = new StringBuilder();
    private final AtomicLong linesSent = new AtomicLong();
    private final AtomicLong linesDamaged = new AtomicLong();
    private final AtomicLong stalls = new AtomicLong();
    private final List<Long> lost = new CopyOnWriteArrayList<>();
    private final List<Long> damagedLines = new CopyOnWriteArrayList<>();
    private final Streamer streamer = new Streamer("line-sim-stream", this::stream);

    private LoadCellSimulator(Settings settings, SerialTransport transport, String devicePath, SessionClock clock)
            throws DeviceException {
        this.settings = settings;
        this.link = transport.open(new SerialLinkSpec(devicePath, 115_200, clock, "line-sim-" + devicePath,
                Duration.ofSeconds(1), false), this);
        if (settings.answers()) {
            write(BANNER);
            if (!settings.awaitStart()) {
                startStreaming();
            }
        }
    }

    /** Starts serving on {@code devicePath}. */
    public static LoadCellSimulator serve(Settings settings, SerialTransport transport, String devicePath,
            SessionClock clock) throws DeviceException {
        return new LoadCellSimulator(settings, transport, devicePath, clock);
    }

    /** Lines not printed in one stall at {@code rateHz}. */
    public static int stallLines(double rateHz) {
        return (int) Math.max(12, Math.round(rateHz * STALL_SECONDS));
    }

    /** The raw HX711 count of sample {@code k}: IASTM strokes of 6 N mean at 0.5 Hz plus a little noise. */
    public static long rawCount(long seed, long k, double rateHz) {
        double t = k / rateHz;
        double newtons = Math.max(0, 6 + 5 * Math.sin(2 * Math.PI * 0.5 * t));
        long noise = (mix(seed * 0x9E3779B97F4A7C15L + k) >>> 60) - 8;
        return TARE_COUNTS + Math.round(newtons * COUNTS_PER_NEWTON) + noise;
    }

    /** The temperature of sample {@code k} in hundredths of a degree Celsius. */
    public static long centiCelsius(long seed, long k) {
        return 2300 + (k / 50) % 40 - (seed & 7);
    }

    /** The two fields of sample {@code k} as printed. */
    public static String[] fields(long seed, long k, double rateHz) {
        return new String[] {Long.toString(rawCount(seed, k, rateHz)), LineEncoder.fixed(centiCelsius(seed, k), 2)};
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Sample lines printed or skipped (clean, damaged or stalled) since the last start. */
    public long linesSent() {
        return linesSent.get();
    }

    /** Lines damaged so that a driver must reject them (stalls not included). */
    public long linesDamaged() {
        return linesDamaged.get();
    }

    /** Stalls injected. */
    public long stalls() {
        return stalls.get();
    }

    /** Numbers of the samples lost to damage or stalls, in order. */
    public List<Long> lostSamples() {
        return List.copyOf(lost);
    }

    /** Numbers of the samples whose lines were damaged (a driver must reject each), in order. */
    public List<Long> damagedSamples() {
        return List.copyOf(damagedLines);
    }

    /** True while printing. */
    public boolean isStreaming() {
        return streamer.running();
    }

    /** Stops printing as if {@code stop} had been received. */
    public void pause() {
        stopStreaming();
    }

    @Override
    public void close() {
        stopStreaming();
        link.close();
    }

    // ---- commands, on the link's reader thread

    @Override
    public void bytesArrived(byte[] buffer, int length, long arrivalNanos) {
        if (!settings.answers()) {
            return;
        }
        for (int i = 0; i < length; i++) {
            char c = (char) (buffer[i] & 0xFF);
            if (c == '\r' || c == '\n') {
                execute(command.toString().strip());
                command.setLength(0);
            } else if (command.length() < 64) {
                command.append(c);
            }
        }
    }

    private void execute(String line) {
        if (!settings.awaitStart()) {
            return;
        }
        if (line.equals("start")) {
            stopStreaming();
            startStreaming();
        } else if (line.equals("stop")) {
            stopStreaming();
        }
    }

    private void write(String text) {
        try {
            link.write(text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (DeviceException e) {
            // the host went away
        }
    }

    private synchronized void startStreaming() {
        if (streamer.running()) {
            return;
        }
        linesSent.set(0);
        linesDamaged.set(0);
        stalls.set(0);
        lost.clear();
        damagedLines.clear();
        streamer.start();
    }

    private void stopStreaming() {
        streamer.stop();
    }

    // ---- streaming thread

    private void stream() {
        LineSyntax syntax = settings.syntax();
        var random = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
        streamer.pace(Math.round(1e9 / settings.rateHz()), 0, (k, due) -> {
            String line = LineEncoder.line(syntax, fields(settings.seed(), k, settings.rateHz()), settings.lineEnding());
            boolean damage = k >= CLEAN_START_LINES && settings.corruptRate() > 0
                    && random.nextDouble() < settings.corruptRate();
            if (damage) {
                int kind = random.nextInt(4);
                if (kind == 3) {
                    int n = stallLines(settings.rateHz());
                    stall(k, n);
                    return k + n;
                }
                line = damaged(line, kind, syntax, random);
                linesDamaged.incrementAndGet();
                lost.add(k);
                damagedLines.add(k);
            }
            link.write(line.getBytes(StandardCharsets.ISO_8859_1));
            linesSent.incrementAndGet();
            return k + 1;
        });
    }

    private void stall(long k, int n) {
        stalls.incrementAndGet();
        for (long i = k; i < k + n; i++) {
            lost.add(i);
        }
        linesSent.addAndGet(n);
    }

    /** The line with damage a driver can always see: 0 cut, 1 letters inserted, 2 overlong. */
    private String damaged(String line, int kind, LineSyntax syntax, SplittableRandom random) {
        String body = line.substring(0, line.length() - settings.lineEnding().length());
        int from = syntax.prefix().isEmpty() ? 0 : syntax.prefix().length() + 1;
        String cut;
        switch (kind) {
            case 0 -> {
                // Cut before the last field: a cut inside the last number would leave a valid line with a
                // wrong value, which no line format without a checksum can detect.
                int last = lastSeparator(body, syntax);
                cut = body.substring(0, from + 1 + random.nextInt(Math.max(1, last - from - 1)));
            }
            case 1 -> {
                int at = from + random.nextInt(body.length() - from + 1);
                var garbage = new StringBuilder();
                for (int i = 1 + random.nextInt(6); i > 0; i--) {
                    garbage.append(GARBAGE_LETTERS.charAt(random.nextInt(GARBAGE_LETTERS.length())));
                }
                cut = body.substring(0, at) + garbage + body.substring(at);
            }
            default -> cut = body + "#".repeat(OVERLONG_BYTES);
        }
        return cut + settings.lineEnding();
    }

    private static int lastSeparator(String body, LineSyntax syntax) {
        String sep = syntax.separator() == Separator.WHITESPACE ? " " : syntax.separator().text();
        return body.lastIndexOf(sep);
    }
}
