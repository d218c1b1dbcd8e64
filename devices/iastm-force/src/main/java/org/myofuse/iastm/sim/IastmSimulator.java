package org.myofuse.iastm.sim;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.myofuse.api.device.DeviceException;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.iastm.protocol.Iastm;
import org.myofuse.iastm.protocol.IastmEncoder;
import org.myofuse.iastm.protocol.IdentifyInfo;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialLinkSpec;
import org.myofuse.api.serial.SerialListener;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.lib.serial.sim.Streamer;

/**
 * A force-sensing IASTM tool serving the protocol (docs/protocols/iastm-force.md) on one end of a
 * serial link: answers every frame with a good CRC with one reply (identify reply, or an
 * acknowledgement with the status the document gives), streams 1000 data frames per second while
 * started and sends nothing else. Its forces are the {@link StrokeProfile} quantised to the tool's
 * 1 mN resolution plus a sensor offset that tare removes ({@link #forceMicronewtons}), so a test can
 * check every value the driver publishes. With a corruption rate it damages frames (cut after the
 * header, a flipped payload byte, garbage before a frame) and records which frames were lost.
 */
public final class IastmSimulator implements SerialListener, AutoCloseable {

    /** The identity of the simulated tool (orientation capability per settings). */
    public static final String VENDOR = "Myofuse";
    public static final String MODEL = "IASTM-F3 (simulated)";
    public static final String FIRMWARE = "1.4.2";
    public static final String SERIAL = "SIM-000042";
    /** Full scale of Fx/Fy and of Fz, and the force step, in micronewtons. */
    public static final int SHEAR_RANGE = 50_000_000;
    public static final int NORMAL_RANGE = 150_000_000;
    public static final int RESOLUTION = 1_000;

    /**
     * @param seed              seed of the signal and of the damage
     * @param corruptRate       probability that a frame is damaged, 0 to 1
     * @param answers           false for a tool that never answers
     * @param orientation       the tool has an IMU
     * @param firstSequence     sequence number of the first frame after start (to put the wrap early)
     * @param firstTimeMicros   device time of the first frame after start (to put the clock wrap early)
     */
    public record Settings(long seed, double corruptRate, boolean answers, boolean orientation, int firstSequence,
            long firstTimeMicros) {

        public Settings {
            if (!(corruptRate >= 0 && corruptRate <= 1)) {
                throw new IllegalArgumentException("corrupt rate " + corruptRate + ": must be 0 to 1");
            }
        }

        /** A well-behaved tool with an IMU whose counter and clock wrap soon after start. */
        public static Settings clean(long seed) {
            return new Settings(seed, 0, true, true, 65_200, 0xFFFF_FFFFL - 250_000);
        }

        public Settings withCorruption(double rate) {
            return new Settings(seed, rate, answers, orientation, firstSequence, firstTimeMicros);
        }
    }

    /** Frames at the start of a stream that are never damaged, so the stream's origin is certain. */
    private static final int CLEAN_START_FRAMES = 10;
    private static final long FRAME_NANOS = 1_000_000;
    /** Frames written in one batch at most, when the streamer has fallen behind. */
    private static final int MAX_BATCH = 50;

    private final Settings settings;
    private final SerialLink link;
    private final CommandParser commands = new CommandParser(this::command);
    private final AtomicLong framesSent = new AtomicLong();
    private final AtomicLong garbageRuns = new AtomicLong();
    private final List<Long> lost = new CopyOnWriteArrayList<>();
    private final AtomicLong tares = new AtomicLong();
    private volatile boolean tared;
    private volatile boolean orientationOn;
    private final Streamer streamer = new Streamer("iastm-sim-stream", this::stream);
    /** Number of the next frame: the tool's counters go on across stop and start. */
    private volatile long nextFrame;
    /** Time the tool's clock ran while stopped, in whole milliseconds' worth of microseconds. */
    private volatile long pausedMicros;
    private long stoppedAtNanos;
    /** Damage decisions, on the streaming thread; one sequence across stop and start. */
    private final SplittableRandom random;

    private IastmSimulator(Settings settings, SerialTransport transport, String devicePath, SessionClock clock)
            throws DeviceException {
        this.settings = settings;
        this.random = new SplittableRandom(settings.seed() ^ 0x5DEECE66DL);
        this.link = transport.open(new SerialLinkSpec(devicePath, Iastm.BAUD, clock, "iastm-sim-" + devicePath,
                Duration.ofSeconds(1), false), this);
    }

    /** Starts serving on {@code devicePath}. */
    public static IastmSimulator serve(Settings settings, SerialTransport transport, String devicePath,
            SessionClock clock) throws DeviceException {
        return new IastmSimulator(settings, transport, devicePath, clock);
    }

    /** The sensor's offset before tare on {@code axis}, in micronewtons (a multiple of the resolution). */
    public static int offsetMicronewtons(long seed, int axis) {
        return (int) (((seed * 7 + axis * 13) % 200) + 50) * RESOLUTION * (axis == 1 ? -1 : 1);
    }

    /** The force the tool sends for frame {@code k} (0 at start) on {@code axis}, in micronewtons. */
    public static int forceMicronewtons(long seed, long k, int axis, boolean tared) {
        long steps = Math.round(StrokeProfile.newtons(seed, k, axis) * 1e6 / RESOLUTION);
        return (int) (steps * RESOLUTION) + (tared ? 0 : offsetMicronewtons(seed, axis));
    }

    /** Quaternion component {@code i} (w, x, y, z) of frame {@code k} in Q14 counts. */
    public static int quaternion(long k, int i) {
        double half = StrokeProfile.tilt(k) / 2;
        double v = switch (i) {
            case 0 -> Math.cos(half);
            case 2 -> Math.sin(half);
            default -> 0;
        };
        return (int) Math.round(v * 16384);
    }

    public Settings settings() {
        return settings;
    }

    public long framesSent() {
        return framesSent.get();
    }

    /** Numbers (0 at start) of the frames damaged beyond decoding, in order. */
    public List<Long> lostFrames() {
        return List.copyOf(lost);
    }

    public long garbageRuns() {
        return garbageRuns.get();
    }

    /** Tares carried out (a tare refused while streaming is not one). */
    public long tares() {
        return tares.get();
    }

    public boolean isStreaming() {
        return streamer.running();
    }

    /** Stops streaming as if the tool had received stop. */
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
        if (settings.answers()) {
            commands.accept(buffer, length);
        }
    }

    /**
     * One reply per frame with a good CRC, as docs/protocols/iastm-force.md says: an unknown type is
     * unsupported (status 1), a known command of another length or with undefined start flags is a bad
     * parameter (status 2), tare while streaming is busy (status 3) and changes nothing.
     */
    private void command(int type, byte[] frame, int payloadOffset, int payloadLength) {
        if (!isCommand(type)) {
            ack(type, Iastm.STATUS_UNSUPPORTED);
            return;
        }
        if (!Iastm.validCommand(type, payloadLength + 1)) {
            ack(type, Iastm.STATUS_BAD_PARAMETER);
            return;
        }
        switch (type) {
            case Iastm.CMD_IDENTIFY -> write(IastmEncoder.identifyReply(new IdentifyInfo(Iastm.PROTOCOL_VERSION,
                    Iastm.FRAME_RATE_HZ, SHEAR_RANGE, NORMAL_RANGE, RESOLUTION, settings.orientation(), VENDOR, MODEL,
                    FIRMWARE, SERIAL)));
            case Iastm.CMD_TARE -> {
                if (streamer.running()) {
                    ack(type, Iastm.STATUS_BUSY);
                    return;
                }
                tared = true;
                tares.incrementAndGet();
                ack(type, Iastm.STATUS_OK);
            }
            case Iastm.CMD_START -> start(frame[payloadOffset] & 0xFF);
            case Iastm.CMD_STOP -> {
                stopStreaming();
                ack(type, Iastm.STATUS_OK);
            }
            default -> throw new IllegalStateException("not a command: " + type);
        }
    }

    private static boolean isCommand(int type) {
        return type == Iastm.CMD_IDENTIFY || type == Iastm.CMD_TARE || type == Iastm.CMD_START
                || type == Iastm.CMD_STOP;
    }

    /** Start with its flags; while streaming it is acknowledged and changes nothing. */
    private void start(int flags) {
        if ((flags & ~Iastm.FLAG_ORIENTATION) != 0) {
            ack(Iastm.CMD_START, Iastm.STATUS_BAD_PARAMETER);
            return;
        }
        boolean wantsOrientation = (flags & Iastm.FLAG_ORIENTATION) != 0;
        if (wantsOrientation && !settings.orientation()) {
            ack(Iastm.CMD_START, Iastm.STATUS_UNSUPPORTED);
            return;
        }
        ack(Iastm.CMD_START, Iastm.STATUS_OK);
        startStreaming(wantsOrientation);
    }

    private void ack(int command, int status) {
        byte[] out = new byte[Iastm.OVERHEAD_BYTES + Iastm.ACK_LENGTH];
        IastmEncoder.ack(out, 0, command, status);
        write(out);
    }

    private void write(byte[] bytes) {
        try {
            link.write(bytes);
        } catch (DeviceException e) {
            // the host went away
        }
    }

    private synchronized void startStreaming(boolean orientation) {
        if (streamer.running()) {
            return;
        }
        orientationOn = orientation;
        if (stoppedAtNanos != 0) {
            pausedMicros += (System.nanoTime() - stoppedAtNanos) / 1_000_000 * 1000;
        }
        streamer.start();
    }

    private synchronized void stopStreaming() {
        if (streamer.running()) {
            stoppedAtNanos = System.nanoTime();
        }
        streamer.stop();
    }

    // ---- streaming thread

    private void stream() {
        var batch = new ByteArrayOutputStream();
        byte[] frame = new byte[IastmEncoder.MAX_FRAME_BYTES];
        int[] force = new int[3];
        int[] quaternion = new int[4];
        boolean oriented = orientationOn;
        boolean zeroed = tared;
        streamer.pace(FRAME_NANOS, nextFrame, (next, due) -> {
            batch.reset();
            boolean damaged = false;
            long k = next;
            // A damaged frame goes out with the frame after it, as a burst on a real line would: the
            // stream never pauses on a damaged frame, so every one of them can be told from the next.
            for (int n = 0; (k < due && n < MAX_BATCH) || damaged; n++, k++) {
                for (int axis = 0; axis < 3; axis++) {
                    force[axis] = forceMicronewtons(settings.seed(), k, axis, zeroed);
                }
                for (int i = 0; i < 4; i++) {
                    quaternion[i] = quaternion(k, i);
                }
                int size = IastmEncoder.data(frame, 0, (settings.firstSequence() + (int) k) & 0xFFFF,
                        (settings.firstTimeMicros() + k * 1000 + pausedMicros) & 0xFFFF_FFFFL, force, oriented ? quaternion : null);
                damaged = damage(k, frame, size, batch);
            }
            link.write(batch.toByteArray());
            framesSent.set(k);
            nextFrame = k;
            return k;
        });
    }

    /** Appends frame {@code k} to the batch, maybe damaged; true if it can no longer be decoded. */
    private boolean damage(long k, byte[] frame, int size, ByteArrayOutputStream batch) {
        int kind = k < CLEAN_START_FRAMES || settings.corruptRate() <= 0
                || random.nextDouble() >= settings.corruptRate() ? 0 : 1 + random.nextInt(3);
        switch (kind) {
            case 1 -> {
                // cut after the header: sync, length and type arrive, the rest is lost
                batch.write(frame, 0, 4 + random.nextInt(size - 4));
                lost.add(k);
                return true;
            }
            case 2 -> {
                int at = 4 + random.nextInt(size - 6);
                frame[at] ^= (byte) (1 + random.nextInt(255));
                batch.write(frame, 0, size);
                lost.add(k);
                return true;
            }
            case 3 -> {
                int n = 1 + random.nextInt(8);
                for (int i = 0; i < n; i++) {
                    int b;
                    do {
                        b = random.nextInt(256);
                    } while (b == Iastm.SYNC0);
                    batch.write(b);
                }
                garbageRuns.incrementAndGet();
                batch.write(frame, 0, size);
            }
            default -> batch.write(frame, 0, size);
        }
        return false;
    }
}
