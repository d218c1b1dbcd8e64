package org.myofuse.formats.csv;

import static org.myofuse.formats.csv.MyofuseCsv.*;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.recording.Annotation;
import org.myofuse.api.recording.FrameReader;
import org.myofuse.api.recording.Gap;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;
import org.myofuse.formats.internal.AtomicFile;
import org.myofuse.formats.internal.Csv;
import org.myofuse.formats.internal.Progress;
import org.myofuse.formats.internal.TimeFormat;

/**
 * Writes one stream as Myofuse CSV: a {@code #} header naming the device, channels with units and
 * ranges, rate, start time, gaps and annotations, then one row per delivered frame. Values are written
 * with {@link Float#toString(float)}, which reads back to the identical float.
 */
public final class CsvStreamWriter {

    private static final int FRAMES_PER_READ = 1024;

    /** Writes to {@code path} directly; the caller makes it atomic. */
    public void writeTo(Recording recording, RecordedStream stream, Path path, Progress progress) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8),
                1 << 16)) {
            writeHeader(recording, stream, out);
            writeRows(stream, out, progress);
        } catch (IOException e) {
            throw new IOException("cannot write " + path + ": " + AtomicFile.reason(e), e);
        }
    }

    private static void writeHeader(Recording recording, RecordedStream stream, Writer out) throws IOException {
        DeviceDescriptor d = stream.device();
        out.write(MAGIC + "\n");
        line(out, SESSION, recording.sessionId());
        line(out, PATIENT, recording.patientCode());
        line(out, DEVICE_ID, stream.deviceId());
        line(out, DEVICE, d.typeId(), d.vendor(), d.model(), d.firmware(), d.serialNumber());
        GridLayout g = d.grid();
        if (g != null) {
            line(out, GRID, Integer.toString(g.rows()), Integer.toString(g.columns()), Double.toString(g.rowPitchMm()),
                    Double.toString(g.columnPitchMm()));
        }
        line(out, START, Instant.ofEpochMilli(stream.startEpochMillis()).toString());
        line(out, START_EPOCH_MS, Long.toString(stream.startEpochMillis()));
        line(out, SAMPLE_RATE, Double.toString(stream.sampleRateHz()));
        line(out, FRAMES, Long.toString(stream.frameCount()));
        for (ChannelDescriptor c : d.channels()) {
            line(out, CHANNEL, c.name(), c.unit(), Double.toString(c.sampleRateHz()), Double.toString(c.min()),
                    Double.toString(c.max()), Double.toString(c.resolution()), c.site());
        }
        for (Gap gap : stream.gaps()) {
            line(out, GAP, Long.toString(gap.firstIndex()), Long.toString(gap.count()), gap.cause());
        }
        double offset = (recording.startEpochMillis() - stream.startEpochMillis()) / 1000.0;
        List<Annotation> sorted = recording.annotations().stream()
                .sorted(Comparator.comparingDouble(Annotation::onsetSeconds)).toList();
        for (Annotation a : sorted) {
            line(out, ANNOTATION, TimeFormat.seconds(a.onsetSeconds() + offset),
                    TimeFormat.seconds(a.durationSeconds()), a.text());
        }
        StringBuilder columns = new StringBuilder(INDEX_COLUMN).append(',').append(TIME_COLUMN);
        for (ChannelDescriptor c : d.channels()) {
            columns.append(',').append(Csv.quote(c.name()));
        }
        out.write(columns.append('\n').toString());
    }

    private static void writeRows(RecordedStream stream, Writer out, Progress progress) throws IOException {
        int channels = stream.channels();
        float[] buffer = new float[FRAMES_PER_READ * channels];
        StringBuilder row = new StringBuilder(32 + channels * 12);
        List<Gap> gaps = stream.gaps();
        int nextGap = 0;
        long index = 0;
        long written = 0;
        try (FrameReader reader = stream.frames().open()) {
            int n;
            while ((n = reader.read(buffer, 0, FRAMES_PER_READ)) > 0) {
                for (int f = 0; f < n; f++) {
                    while (nextGap < gaps.size() && gaps.get(nextGap).firstIndex() == index) {
                        index = gaps.get(nextGap++).endIndex();
                    }
                    row.setLength(0);
                    row.append(index).append(',');
                    TimeFormat.appendSampleTime(row, index, stream.sampleRateHz());
                    for (int c = 0; c < channels; c++) {
                        row.append(',').append(buffer[f * channels + c]);
                    }
                    out.write(row.append('\n').toString());
                    index++;
                }
                written += n;
                progress.add(n);
            }
        }
        if (written != stream.frameCount()) {
            throw new IOException("stream " + stream.deviceId() + " delivered " + written + " frames, expected "
                    + stream.frameCount());
        }
    }

    private static void line(Writer out, String key, String... values) throws IOException {
        StringBuilder b = new StringBuilder(PREFIX).append(key);
        for (String v : values) {
            b.append(',').append(Csv.quote(v));
        }
        out.write(b.append('\n').toString());
    }
}
