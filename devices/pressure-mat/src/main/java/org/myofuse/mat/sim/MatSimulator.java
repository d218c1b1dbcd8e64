package org.myofuse.mat.sim;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import org.myofuse.api.device.DeviceException;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.stream.SessionClock;
import org.myofuse.lib.simulation.mat.BodyPosture;
import org.myofuse.lib.simulation.mat.PatientSettings;
import org.myofuse.mat.protocol.Mat;
import org.myofuse.mat.protocol.MatDecoder;
import org.myofuse.mat.protocol.MatEncoder;
import org.myofuse.mat.protocol.MatFrameSink;
import org.myofuse.mat.protocol.MatIdentity;
import org.myofuse.api.serial.SerialLink;
import org.myofuse.api.serial.SerialLinkSpec;
import org.myofuse.api.serial.SerialListener;
import org.myofuse.api.serial.SerialTransport;
import org.myofuse.lib.serial.sim.Streamer;

/**
 * A pressure mat serving the Myofuse mat protocol (docs/protocols/pressure-mat.md) on one end of a
 * serial link: answers IDENTIFY with its identity, START and STOP with an ack, and streams images at
 * its frame rate numbered from 0 at each START; ignores everything else. Its images are the shared
 * patient model's pressures ({@link MatImages}), deterministic in the settings and the frame number,
 * so a test can check every kPa the driver publishes. With a corruption rate it damages frames
 * (truncation, bad CRC, garbage before a frame, a frame never sent) and records which.
 */
public final class MatSimulator implements SerialListener, MatFrameSink, AutoCloseable {

    /**
     * @param patient     who is on the mat (standing or supine), and the seed of the noise and the corruption
     * @param corruptRate probability that a frame is damaged, 0 to 1
     * @param rows        rows, 1..64
     * @param columns     columns, 1..64
     * @param rateHz      frames per second
     * @param answers     false for a mat that never answers
     */
    public record Settings(PatientSettings patient, double corruptRate, int rows, int columns, int rateHz,
            boolean answers) {

        public Settings {
            Objects.requireNonNull(patient, "patient");
            if (!(corruptRate >= 0 && corruptRate <= 1)) {
                throw new IllegalArgumentException("corrupt rate " + corruptRate + ": must be 0 to 1");
            }
            if (!Mat.validGeometry(rows, columns)) {
                throw new IllegalArgumentException("mat " + rows + "x" + columns + ": must be 1..64 x 1..64");
            }
            if (rateHz < 1 || rateHz > 1000) {
                throw new IllegalArgumentException("rate " + rateHz + " Hz: must be 1 to 1000");
            }
        }

        /** A clean 32 x 32 force platform at 100 Hz with a typical patient standing on it. */
        public static Settings clean(long seed) {
            return new Settings(PatientSettings.typical(BodyPosture.STANDING, seed), 0, 32, 32, 100, true);
        }

        /** Seed of the patient's noise and sway and of the corruption. */
        public long seed() {
            return patient.seed();
        }

        /** The mat's cells: the pitch of the mat used for the patient's posture, centred under the body. */
        public GridLayout grid() {
            return patient.posture().mat(rows, columns);
        }

        /** The identity the simulated mat reports. */
        public MatIdentity identity() {
            GridLayout grid = grid();
            return new MatIdentity(MatIdentity.VERSION, rows, columns, rateHz, grid.rowPitchMm(),
                    grid.columnPitchMm(), SCALE_KPA, OFFSET, "Myofuse", "MF-MAT sim " + rows + "x" + columns,
                    "SIM-" + seed(), "1.0.0");
        }
    }

    /** kPa per count of the simulated mat. */
    static final float SCALE_KPA = 0.02f;
    /** Counts at zero load. */
    static final int OFFSET = 200;
    /** Frames at the start of a stream that are never damaged, so the stream's origin is certain. */
    private static final int CLEAN_START_FRAMES = 5;

    private final Settings settings;
    private final SerialLink link;
    private final MatDecoder commands = new MatDecoder(this);
    private final AtomicLong framesSent = new AtomicLong();
    private final AtomicLong framesRejectable = new AtomicLong();
    private final AtomicLong framesDropped = new AtomicLong();
    private final AtomicLong garbageRuns = new AtomicLong();
    private final List<Long> lostFrames = new CopyOnWriteArrayList<>();
    private final List<Long> rejectableFrames = new CopyOnWriteArrayList<>();
    private final Streamer streamer = new Streamer("mat-sim-stream", this::stream);

    private MatSimulator(Settings settings, SerialTransport transport, String devicePath, SessionClock clock)
            throws DeviceException {
        this.settings = settings;
        this.link = transport.open(new SerialLinkSpec(devicePath, Mat.DEFAULT_BAUD, clock, "mat-sim-" + devicePath,
                Duration.ofSeconds(1), false), this);
    }

    /** Starts serving on {@code devicePath}. */
    public static MatSimulator serve(Settings settings, SerialTransport transport, String devicePath,
            SessionClock clock) throws DeviceException {
        return new MatSimulator(settings, transport, devicePath, clock);
    }

    /** Frames sent (or deliberately not sent) since the simulator started. */
    public long framesSent() {
        return framesSent.get();
    }

    /** Frames damaged so that the driver must reject them (truncated or bad CRC). */
    public long framesRejectable() {
        return framesRejectable.get();
    }

    /** Frames never sent (a counter jump for the driver). */
    public long framesDropped() {
        return framesDropped.get();
    }

    /** Runs of garbage bytes put before a frame (no frame lost). */
    public long garbageRuns() {
        return garbageRuns.get();
    }

    /** Numbers (0 at start) of the frames damaged or dropped, in order. */
    public List<Long> lostFrameNumbers() {
        return List.copyOf(lostFrames);
    }

    /** Numbers (0 at start) of the frames truncated or sent with a bad CRC, in order. */
    public List<Long> rejectableFrameNumbers() {
        return List.copyOf(rejectableFrames);
    }

    /** Stops streaming as if the mat had received stop. */
    public void pause() {
        stopStreaming();
    }

    /** True while streaming. */
    public boolean isStreaming() {
        return streamer.running();
    }

    @Override
    public void close() {
        stopStreaming();
        link.close();
    }

    // ---- commands, on the link's reader thread

    @Override
    public void bytesArrived(byte[] buffer, int length, long arrivalNanos) {
        commands.accept(buffer, 0, length, arrivalNanos);
    }

    @Override
    public void frame(MatDecoder.Frame frame, long arrivalNanos) {
        if (!settings.answers()) {
            return;
        }
        switch (frame.type()) {
            case Mat.TYPE_IDENTIFY -> reply(MatEncoder.frame(Mat.TYPE_IDENTITY, settings.identity().encode()));
            case Mat.TYPE_START -> {
                reply(MatEncoder.ack(Mat.TYPE_START, Mat.ACK_OK));
                startStreaming();
            }
            case Mat.TYPE_STOP -> {
                stopStreaming();
                reply(MatEncoder.ack(Mat.TYPE_STOP, Mat.ACK_OK));
            }
            default -> {
                // frames a mat does not receive
            }
        }
    }

    @Override
    public void rejected() {
        // a damaged command is ignored, as a mat would; the host times out and says so
    }

    @Override
    public void skipped(int bytes) {
    }

    @Override
    public void resynced() {
    }

    private void reply(byte[] frame) {
        try {
            link.write(frame);
        } catch (DeviceException e) {
            // the host went away
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
        var frames = new FrameWriter(settings);
        streamer.pace(1_000_000_000L / settings.rateHz(), 0, (k, due) -> {
            int damage = k < CLEAN_START_FRAMES ? FrameWriter.CLEAN : frames.nextDamage();
            byte[] bytes = frames.frame(k, damage);
            if (bytes != null) {
                link.write(bytes);
            }
            if (damage == FrameWriter.TRUNCATE || damage == FrameWriter.BAD_CRC) {
                framesRejectable.incrementAndGet();
                rejectableFrames.add(k);
                lostFrames.add(k);
            } else if (damage == FrameWriter.DROP) {
                framesDropped.incrementAndGet();
                lostFrames.add(k);
            } else if (damage == FrameWriter.GARBAGE) {
                garbageRuns.incrementAndGet();
            }
            framesSent.incrementAndGet();
            return k + 1;
        });
    }
}
