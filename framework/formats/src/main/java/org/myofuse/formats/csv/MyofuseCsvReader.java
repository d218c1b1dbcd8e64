package org.myofuse.formats.csv;

import static org.myofuse.formats.csv.MyofuseCsv.*;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.recording.Annotation;
import org.myofuse.api.recording.FormatException;
import org.myofuse.api.recording.Gap;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;
import org.myofuse.api.recording.RecordingReader;
import org.myofuse.api.recording.RecordingWriter;
import org.myofuse.formats.internal.Printable;
import org.myofuse.formats.internal.ReadableFile;
import org.osgi.service.component.annotations.Component;
import org.myofuse.formats.internal.Csv;

/**
 * Reads a file written by {@link CsvStreamWriter} back into a one-stream {@link Recording} whose
 * recording start is the stream start. {@link #read} reads and checks the header (device, channels,
 * rate, start, frame count, gaps, annotations) and the column row; the rows are parsed while the
 * frames are pulled ({@link CsvRows}), every row's index checked against the declared gaps and the
 * frame count at the end, so an hour-long export never sits in memory. The {@code csv} import, ranked
 * after openbci and brainflow. Thread-safe: no state between calls.
 *
 * <p>{@code device_id} is the device's configured name since 2026-12 ({@code sim-emg-1}); older files
 * carry the configuration id ({@code org.myofuse.device.sim_emg~sim-emg-1}) and are read all the same.
 */
@Component(service = RecordingReader.class,
        property = { RecordingWriter.FORMAT_PROPERTY + "=csv", "service.ranking:Integer=10" })
public final class MyofuseCsvReader implements RecordingReader {

    @Override
    public String format() {
        return "csv";
    }

    /** Reads the header; the frames are read from the file as they are pulled. The zone is not used: the file carries Unix time. */
    @Override
    public Recording read(Path file, ZoneId zone) throws IOException {
        ReadableFile.require(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return new Parse(file, in).run();
        }
    }

    /** One parse of one file's header; keeps the line number and byte offset for the rows. */
    private static final class Parse {
        private final Path file;
        private final HeaderLines lines;
        private String session = "";
        private String patient = "";
        private String deviceId;
        private List<String> device;
        private GridLayout grid;
        private Long startMs;
        private Double rate;
        private Long frames;
        private final List<ChannelDescriptor> channels = new ArrayList<>();
        private final List<Gap> gaps = new ArrayList<>();
        private final List<Annotation> annotations = new ArrayList<>();

        Parse(Path file, InputStream in) {
            this.file = file;
            this.lines = new HeaderLines(file, in);
        }

        Recording run() throws IOException {
            String line = lines.next();
            if (line == null || !line.equals(MAGIC)) {
                throw error("not a Myofuse CSV file: the first line must be '" + MAGIC + "'");
            }
            while ((line = lines.next()) != null && line.startsWith(PREFIX)) {
                header(line);
            }
            DeviceDescriptor descriptor = descriptor();
            if (line == null) {
                throw error("file ends before the column row");
            }
            checkColumns(line);
            try {
                CsvRows rows = new CsvRows(file, lines.offset(), lines.number() + 1, descriptor.channels().size(),
                        frames, gaps);
                RecordedStream stream = new RecordedStream(deviceId, descriptor, startMs, rate, frames, gaps, rows);
                return new Recording(session, patient, startMs, List.of(stream), annotations);
            } catch (IllegalArgumentException e) {
                throw new FormatException(file, 0, Printable.of("header: " + e.getMessage()));
            }
        }

        private void header(String line) throws FormatException {
            List<String> f = Csv.split(line.substring(PREFIX.length()));
            if (f == null) {
                throw error("unclosed quote");
            }
            String key = f.get(0);
            try {
                switch (key) {
                    case SESSION -> session = field(f, 1);
                    case PATIENT -> patient = field(f, 1);
                    case DEVICE_ID -> deviceId = field(f, 1);
                    case DEVICE -> device = fields(f, 5);
                    case GRID -> grid = new GridLayout(Integer.parseInt(field(f, 1)), Integer.parseInt(field(f, 2)),
                            Double.parseDouble(field(f, 3)), Double.parseDouble(field(f, 4)));
                    case START -> field(f, 1); // informative; start_epoch_ms is exact
                    case START_EPOCH_MS -> startMs = Long.parseLong(field(f, 1));
                    case SAMPLE_RATE -> rate = Double.parseDouble(field(f, 1));
                    case FRAMES -> frames = count(Long.parseLong(field(f, 1)));
                    case CHANNEL -> channels.add(new ChannelDescriptor(field(f, 1), field(f, 2),
                            Double.parseDouble(field(f, 3)), field(f, 7), Double.parseDouble(field(f, 4)),
                            Double.parseDouble(field(f, 5)), Double.parseDouble(field(f, 6))));
                    case GAP -> gaps.add(new Gap(Long.parseLong(field(f, 1)), Long.parseLong(field(f, 2)), field(f, 3)));
                    case ANNOTATION -> annotations.add(new Annotation(Double.parseDouble(field(f, 1)),
                            Double.parseDouble(field(f, 2)), field(f, 3)));
                    default -> { } // a later version's extra header line: ignored, like any comment
                }
            } catch (NumberFormatException e) {
                throw error("header line '" + key + "' holds a malformed number: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw error("header line '" + key + "': " + e.getMessage());
            }
        }

        private static long count(long frames) {
            if (frames < 0) {
                throw new IllegalArgumentException("frame count must not be negative, was " + frames);
            }
            return frames;
        }

        private DeviceDescriptor descriptor() throws FormatException {
            if (deviceId == null || device == null || startMs == null || rate == null || frames == null) {
                throw error("header lacks one of device_id, device, start_epoch_ms, sample_rate_hz, frames");
            }
            try {
                return new DeviceDescriptor(device.get(0), device.get(1), device.get(2), device.get(3), device.get(4),
                        channels, grid);
            } catch (IllegalArgumentException e) {
                throw error(Printable.of("header: " + e.getMessage()));
            }
        }

        private void checkColumns(String line) throws FormatException {
            List<String> expected = new ArrayList<>(List.of(INDEX_COLUMN, TIME_COLUMN));
            channels.forEach(c -> expected.add(c.name()));
            if (!expected.equals(Csv.split(line))) {
                throw error("column row does not match the channels of the header");
            }
        }

        private String field(List<String> f, int i) throws FormatException {
            if (i >= f.size()) {
                throw error("header line '" + f.get(0) + "' has too few fields");
            }
            return f.get(i);
        }

        private List<String> fields(List<String> f, int count) throws FormatException {
            field(f, count);
            return f.subList(1, count + 1);
        }

        private FormatException error(String reason) {
            return new FormatException(file, lines.number(), Printable.of(reason));
        }
    }
}
