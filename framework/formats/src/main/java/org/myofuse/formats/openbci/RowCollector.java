package org.myofuse.formats.openbci;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.recording.Annotation;
import org.myofuse.formats.internal.Printable;
import org.myofuse.formats.internal.ArrayFrames;
import org.myofuse.api.recording.FormatException;
import org.myofuse.formats.internal.IntList;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;

/** Turns the rows of an OpenBCI GUI or BrainFlow file into a one-stream {@link Recording}. */
final class RowCollector {

    private final Path file;
    private final Columns columns;
    private final double rate;
    private final OpenBciBoard board;
    private final ArrayFrames.Builder frames;
    private final float[] frame;
    private final ColumnStats[] stats;
    private final IntList counters = new IntList();
    private final IntList markerRows = new IntList();
    private final List<Double> markerValues = new ArrayList<>();
    private String firstUnixTime;
    private String firstFormattedTime;
    private long firstLine;

    RowCollector(Path file, Columns columns, double rate, OpenBciBoard board) {
        this.file = file;
        this.columns = columns;
        this.rate = rate;
        this.board = board;
        this.frames = new ArrayFrames.Builder(columns.signals());
        this.frame = new float[columns.signals()];
        this.stats = new ColumnStats[columns.signals()];
        for (int i = 0; i < stats.length; i++) {
            stats[i] = new ColumnStats();
        }
    }

    /** One data row, already split and trimmed. */
    void row(String[] f, long line) throws FormatException {
        if (f.length != columns.count) {
            throw new FormatException(file, line, "expected " + columns.count + " fields, found " + f.length
                    + (f.length < columns.count ? " (truncated row?)" : ""));
        }
        try {
            counters.add((int) Math.round(Double.parseDouble(f[columns.index])));
            int s = 0;
            for (int col : columns.exg) {
                s = value(f[col], s);
            }
            for (int col : columns.accel) {
                s = value(f[col], s);
            }
            if (columns.marker >= 0 && Double.parseDouble(f[columns.marker]) != 0) {
                markerRows.add(counters.size() - 1);
                markerValues.add(Double.parseDouble(f[columns.marker]));
            }
        } catch (NumberFormatException e) {
            throw new FormatException(file, line, Printable.of("malformed number: " + e.getMessage()));
        }
        if (firstUnixTime == null && frames.frames() == 0) {
            firstLine = line;
            firstUnixTime = columns.unixTime >= 0 ? f[columns.unixTime] : null;
            firstFormattedTime = columns.formattedTime >= 0 ? f[columns.formattedTime] : null;
        }
        frames.add(frame);
    }

    private int value(String text, int s) {
        float v = Float.parseFloat(text);
        if (!Float.isFinite(v)) {
            throw new NumberFormatException("not a finite number: " + text);
        }
        frame[s] = v;
        stats[s].add(text, v);
        return s + 1;
    }

    /**
     * Builds the recording. The start is the first row's Unix time when the file has one, else its
     * formatted time in {@code zone}: with the date where the GUI wrote one, else a time of day alone,
     * which puts the recording on {@link Recording#UNKNOWN_DATE} with its date marked unknown (as is a
     * file without any time column, from midnight).
     */
    Recording build(String name, ZoneId zone) throws FormatException {
        if (frames.frames() == 0) {
            throw new FormatException(file, 0, "no data rows");
        }
        int modulus = board.counterModulus > 0 ? board.counterModulus : counters.max() + 1;
        IndexGaps gaps = new IndexGaps(Math.max(1, modulus));
        long[] spanIndex = new long[counters.size()];
        for (int i = 0; i < counters.size(); i++) {
            spanIndex[i] = gaps.next(counters.get(i));
        }
        List<ChannelDescriptor> channels = new ArrayList<>();
        for (int i = 0; i < columns.exg.size(); i++) {
            channels.add(stats[i].channel(columns.exgNames.get(i), "uV", rate, "",
                    -board.exgRangeMicrovolts, board.exgRangeMicrovolts));
        }
        for (int i = 0; i < columns.accel.size(); i++) {
            channels.add(stats[columns.exg.size() + i].channel(columns.accelNames.get(i), "g", rate, "accelerometer",
                    -board.accelRangeG, board.accelRangeG));
        }
        DeviceDescriptor device = new DeviceDescriptor(board.typeId, "OpenBCI", board.model, "unknown", "unknown",
                channels, null);
        List<Annotation> annotations = new ArrayList<>();
        for (int i = 0; i < markerRows.size(); i++) {
            double value = markerValues.get(i);
            String text = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
            annotations.add(new Annotation(spanIndex[markerRows.get(i)] / rate, 0, "Marker " + text));
        }
        Start start = start(zone);
        ArrayFrames data = frames.build();
        RecordedStream stream = new RecordedStream(board.typeId, device, start.millis, rate, data.frames(), gaps.gaps(),
                data);
        return new Recording(name, "", "", start.millis, List.of(stream), annotations, start.dateKnown);
    }

    /**
     * {@link #build}, with what the API's records refuse (a channel range that is no range, an
     * annotation of a non-finite time) as the file's problem.
     */
    Recording buildChecked(String name, ZoneId zone) throws FormatException {
        try {
            return build(name, zone);
        } catch (IllegalArgumentException e) {
            throw new FormatException(file, 0, Printable.of(e.getMessage()));
        }
    }

    private record Start(long millis, boolean dateKnown) {
    }

    private Start start(ZoneId zone) throws FormatException {
        try {
            if (firstUnixTime != null) {
                double t = Double.parseDouble(firstUnixTime);
                // the GUI wrote seconds in some versions, milliseconds in others
                double millis = t > 1e11 ? t : t * 1000;
                if (!(Math.abs(millis) < 1e15)) {
                    throw new FormatException(file, firstLine, Printable.of("Unix time " + firstUnixTime + " is out of range"));
                }
                return new Start(Math.round(millis), true);
            }
            if (firstFormattedTime != null) {
                String text = firstFormattedTime.trim();
                if (text.length() > 12 && text.charAt(10) == ' ') {
                    return new Start(LocalDateTime.parse(text.replace(' ', 'T')).atZone(zone).toInstant().toEpochMilli(),
                            true);
                }
                LocalTime time = LocalTime.parse(text.length() < 8 ? "0" + text : text);
                return new Start(Recording.UNKNOWN_DATE.atTime(time).atZone(zone).toInstant().toEpochMilli(), false);
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new FormatException(file, firstLine, Printable.of("malformed time stamp: " + e.getMessage()));
        }
        return new Start(Recording.UNKNOWN_DATE.atStartOfDay(zone).toInstant().toEpochMilli(), false);
    }
}
