package org.myofuse.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.recording.FrameReader;
import org.myofuse.api.recording.FrameSource;
import org.myofuse.api.recording.ProgressListener;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;
import org.myofuse.api.recording.RecordingWriter;
import org.myofuse.formats.edf.BdfRecordingWriter;
import org.myofuse.formats.edf.EdfRecordingWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Export of a 1 h session of the full device set (16 EMG channels at 2 kHz, 3 force channels at
 * 1 kHz, a 32 x 32 mat at 100 Hz) to EDF+ or BDF+: one file per stream, about 1 GB of EDF in all.
 * The frames come from memory (one second of data replayed), so the figure is the writer's cost
 * plus the disk; the store's chunk decoding comes on top. Target: under 10 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class EdfExportBenchmark {

    private static final long START = 1_714_557_600_000L;

    @Param({"EDF", "BDF"})
    public String format;

    @Param({"3600"})
    public int seconds;

    private Path dir;
    private Recording session;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("myofuse-edf-bench");
        session = new Recording("bench", "MF-0001", START, List.of(
                stream("sim-emg-1", "uV", 16, 2000, -5000, 5000, null),
                stream("sim-force-1", "N", 3, 1000, -50, 200, null),
                stream("sim-mat-1", "kPa", 1024, 100, 0, 300, new GridLayout(32, 32, 10, 10))), List.of());
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Benchmark
    public List<Path> exportOneHour() throws IOException {
        RecordingWriter writer = format.equals("EDF") ? new EdfRecordingWriter() : new BdfRecordingWriter();
        return writer.write(session, dir.resolve("session." + writer.extension()), ZoneOffset.UTC, ProgressListener.NONE);
    }

    private RecordedStream stream(String id, String unit, int channels, int rate, double min, double max,
            GridLayout grid) {
        List<ChannelDescriptor> list = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            list.add(new ChannelDescriptor("ch" + c, unit, rate, "", min, max, (max - min) / 65536));
        }
        DeviceDescriptor device = new DeviceDescriptor(id.substring(0, id.length() - 2), "Myofuse", id, "1", "1", list,
                grid);
        float[] oneSecond = new float[rate * channels];
        for (int i = 0; i < oneSecond.length; i++) {
            oneSecond[i] = (float) (min + (max - min) * (0.5 + 0.45 * Math.sin(i * 0.01)));
        }
        long frames = (long) rate * seconds;
        FrameSource source = () -> new Replay(oneSecond, channels, rate, frames);
        return new RecordedStream(id, device, START, rate, frames, List.of(), source);
    }

    /** Replays one second of frames until the session's frame count is reached. */
    private static final class Replay implements FrameReader {
        private final float[] second;
        private final int channels;
        private final int rate;
        private final long frames;
        private long next;

        Replay(float[] second, int channels, int rate, long frames) {
            this.second = second;
            this.channels = channels;
            this.rate = rate;
            this.frames = frames;
        }

        @Override
        public int read(float[] into, int offsetFrames, int maxFrames) {
            if (next >= frames) {
                return -1;
            }
            int inSecond = (int) (next % rate);
            int n = (int) Math.min(Math.min(maxFrames, rate - inSecond), frames - next);
            System.arraycopy(second, inSecond * channels, into, offsetFrames * channels, n * channels);
            next += n;
            return n;
        }
    }
}
