package org.myofuse.formats.edf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.recording.Annotation;
import org.myofuse.api.recording.FormatException;
import org.myofuse.api.recording.Gap;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;
import org.myofuse.formats.internal.Printable;
import org.myofuse.formats.internal.ReadableFile;

/**
 * Reads an EDF(+) or BDF(+) file into a {@link Recording} (docs/formats/edf.md, "Import"). The header
 * and every record's annotation signal are read and checked here; the samples are decoded record by
 * record while the frames are pulled ({@link RecordFrames}).
 *
 * <ul>
 * <li>Signals: every signal but the annotation signals becomes a channel: label as name, physical
 * dimension as unit (volts and millivolts converted to {@code uV}, the unit Myofuse's EMG uses),
 * transducer as site, physical range as range, one digital step as resolution. Signals of one rate
 * make one stream; a file whose signals run at several rates gives one stream per rate.</li>
 * <li>Time: the header's local start in the given zone plus the first record's time-keeping onset.
 * In an EDF+D file every record is placed by its own time-keeping onset; the samples between records
 * are gaps.</li>
 * <li>Annotations become the recording's annotations.</li>
 * <li>A file Myofuse wrote (equipment {@code Myofuse_<device name>}) gives back its device name and
 * type, its mat's grid, its exact length and its gaps: the {@code Gap: N samples missing (CAUSE)}
 * annotations become gaps again, not annotations, and the values the export held through them are
 * dropped.</li>
 * </ul>
 */
final class EdfReader {

    private static final Pattern GAP = Pattern.compile("Gap: (\\d{1,15}) samples missing(?: \\((.*)\\))?");
    private static final Pattern GRID = Pattern.compile("(\\d{1,5})x(\\d{1,5})@([0-9.]{1,12})x([0-9.]{1,12})mm");
    private static final Pattern SPAN = Pattern.compile("\\d{1,15}");
    private static final String MYOFUSE = "Myofuse_";

    private final EdfFlavor expected;

    EdfReader(EdfFlavor expected) {
        this.expected = expected;
    }

    Recording read(Path file, ZoneId zone) throws IOException {
        ReadableFile.require(file);
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            EdfHeader header = EdfHeader.read(file, in);
            if (header.flavor() != expected) {
                throw new FormatException(file, 0, "a " + header.flavor() + " file, not " + expected + " (import it with "
                        + "--format " + header.flavor().extension() + ")");
            }
            long records = records(file, in, header);
            Timeline timeline = timeline(file, in, header, records);
            return recording(file, zone, header, records, timeline);
        }
    }

    /** The number of data records: the header's, checked against the file's length. */
    private static long records(Path file, FileChannel in, EdfHeader header) throws IOException {
        long data = in.size() - header.headerBytes();
        long recordBytes = header.recordBytes();
        long inFile = data / recordBytes;
        if (header.records() == -1) {
            return inFile;
        }
        if (header.records() > inFile) {
            throw new FormatException(file, 0, "header says " + header.records() + " data records, the file holds "
                    + inFile + (data % recordBytes == 0 ? "" : " and part of one") + " (truncated?)");
        }
        return header.records();
    }

    /** Where each record lies on the timeline, and the annotations. */
    private record Timeline(double firstOnset, double[] onsets, List<TalReader.Tal> annotations) {
    }

    private static Timeline timeline(Path file, FileChannel in, EdfHeader header, long records) throws IOException {
        List<EdfHeader.Signal> tals = header.signals().stream().filter(EdfHeader.Signal::annotations).toList();
        if (records == 0) {
            throw new FormatException(file, 0, "no data records");
        }
        if (records > Integer.MAX_VALUE - 8) {
            throw new FormatException(file, 0, records + " data records are more than this reader takes");
        }
        double[] onsets = new double[(int) records];
        List<TalReader.Tal> annotations = new ArrayList<>();
        double first = 0;
        double previous = Double.NaN;
        for (int k = 0; k < records; k++) {
            double onset = k * header.recordSeconds();
            boolean keptTime = false;
            for (int t = 0; t < tals.size(); t++) {
                EdfHeader.Signal s = tals.get(t);
                int bytes = s.samplesPerRecord() * header.flavor().bytesPerSample();
                ByteBuffer buffer = ByteBuffer.allocate(bytes);
                long at = header.headerBytes() + k * header.recordBytes() + s.offsetBytes();
                while (buffer.hasRemaining() && in.read(buffer, at + buffer.position()) >= 0) {
                    // read on
                }
                TalReader.Content content;
                try {
                    content = TalReader.parse(buffer.array(), 0, bytes);
                } catch (TalReader.TalException e) {
                    throw new FormatException(file, 0, "data record " + (k + 1) + ": " + e.getMessage());
                }
                if (t == 0 && !Double.isNaN(content.recordOnset())) {
                    onset = content.recordOnset();
                    keptTime = true;
                }
                annotations.addAll(content.annotations());
            }
            if (header.plus() && !keptTime && header.discontinuous()) {
                throw new FormatException(file, 0, "data record " + (k + 1) + " has no time-keeping annotation, so "
                        + "the discontinuous file cannot place it");
            }
            if (k == 0) {
                first = onset;
            } else if (onset < previous + header.recordSeconds() - 1e-6) {
                throw new FormatException(file, 0, "data record " + (k + 1) + " starts at " + onset
                        + " s, before data record " + k + " ends");
            }
            onsets[k] = onset - first;
            previous = onset;
        }
        return new Timeline(first, onsets, annotations);
    }

    private Recording recording(Path file, ZoneId zone, EdfHeader header, long records, Timeline timeline)
            throws FormatException {
        Equipment equipment = Equipment.of(header.recording(), file);
        long startMs = Math.round(header.start().atZone(zone).toInstant().toEpochMilli() + timeline.firstOnset() * 1000);
        Map<Integer, List<Integer>> byRate = new LinkedHashMap<>();
        for (int i = 0; i < header.signals().size(); i++) {
            if (!header.signals().get(i).annotations()) {
                byRate.computeIfAbsent(header.signals().get(i).samplesPerRecord(), r -> new ArrayList<>()).add(i);
            }
        }
        if (byRate.isEmpty()) {
            throw new FormatException(file, 0, "the file holds annotations only, no signal");
        }
        if (!(header.recordSeconds() > 0)) {
            throw new FormatException(file, 0, "a data record lasts 0 s, which only a file of annotations may say");
        }
        List<Annotation> annotations = new ArrayList<>();
        List<TalReader.Tal> gapNotes = new ArrayList<>();
        for (TalReader.Tal t : timeline.annotations()) {
            if (equipment.myofuse() && GAP.matcher(t.text()).matches()) {
                gapNotes.add(t);
            } else {
                annotations.add(annotation(file, t, timeline.firstOnset()));
            }
        }
        List<RecordedStream> streams = new ArrayList<>();
        for (var group : byRate.entrySet()) {
            String id = byRate.size() == 1 ? equipment.deviceId()
                    : equipment.deviceId() + "-" + EdfNumbers.fit(group.getKey() / header.recordSeconds(), false) + "Hz";
            streams.add(stream(file, header, records, timeline, equipment, id, group.getValue(), gapNotes, startMs));
        }
        return new Recording(file.getFileName().toString(), "", "", startMs, streams, annotations, true);
    }

    private static Annotation annotation(Path file, TalReader.Tal t, double firstOnset) throws FormatException {
        try {
            return new Annotation(t.onset() - firstOnset, t.duration(), t.text());
        } catch (IllegalArgumentException e) {
            throw new FormatException(file, 0, Printable.of("annotation '" + t.text() + "': " + e.getMessage()));
        }
    }

    private RecordedStream stream(Path file, EdfHeader header, long records, Timeline timeline, Equipment equipment,
            String id, List<Integer> signals, List<TalReader.Tal> gapNotes, long startMs) throws FormatException {
        int spr = header.signals().get(signals.get(0)).samplesPerRecord();
        double rate = spr / header.recordSeconds();
        long[] recordStart = new long[(int) records];
        for (int k = 1; k < records; k++) { // a record starts where its onset says, never inside the one before
            recordStart[k] = Math.max(recordStart[k - 1] + spr, Math.round(timeline.onsets()[k] * rate));
        }
        long written = recordStart[(int) records - 1] + spr;
        long span = equipment.span() > 0 && equipment.span() <= written && signals.size() == header.signals().stream()
                .filter(s -> !s.annotations()).count() ? equipment.span() : written;
        List<Gap> gaps = gaps(file, recordStart, spr, span, gapNotes, rate, timeline.firstOnset());
        long missing = gaps.stream().mapToLong(Gap::count).sum();
        try {
            List<ChannelDescriptor> channels = channels(header, signals, rate);
            GridLayout grid = equipment.grid() != null && equipment.grid().cells() == channels.size() ? equipment.grid()
                    : null;
            DeviceDescriptor device = new DeviceDescriptor(equipment.typeId(), equipment.vendor(), equipment.model(),
                    "unknown", "unknown", channels, grid);
            RecordFrames frames = new RecordFrames(file, header, signals, recordStart, span, gaps, scales(header, signals));
            return new RecordedStream(id, device, startMs, rate, span - missing, gaps, frames);
        } catch (IllegalArgumentException e) {
            throw new FormatException(file, 0, Printable.of(e.getMessage()));
        }
    }

    /**
     * The indices no record holds, and for a Myofuse file those its gap annotations name; sorted,
     * merged, within the span.
     */
    private static List<Gap> gaps(Path file, long[] recordStart, int spr, long span, List<TalReader.Tal> notes,
            double rate, double firstOnset) {
        List<long[]> ranges = new ArrayList<>(); // first, end, and the note's index + 1 (0: a missing record)
        List<String> causes = new ArrayList<>();
        for (int k = 1; k < recordStart.length; k++) {
            long end = recordStart[k - 1] + spr;
            if (recordStart[k] > end) {
                ranges.add(new long[] {end, recordStart[k]});
                causes.add("");
            }
        }
        for (TalReader.Tal t : notes) {
            Matcher m = GAP.matcher(t.text());
            m.matches();
            long first = Math.round((t.onset() - firstOnset) * rate);
            long count = Long.parseLong(m.group(1));
            if (first >= 0 && count > 0) {
                ranges.add(new long[] {first, first + count});
                causes.add(m.group(2) == null ? "" : m.group(2));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Long.compare(ranges.get(a)[0], ranges.get(b)[0]));
        List<Gap> gaps = new ArrayList<>();
        long coveredTo = 0;
        String cause = "";
        long first = -1;
        for (int i : order) {
            long from = Math.max(ranges.get(i)[0], coveredTo);
            long to = Math.min(ranges.get(i)[1], span);
            if (first >= 0 && from > coveredTo) {
                gaps.add(new Gap(first, coveredTo - first, cause));
                first = -1;
            }
            if (to > from) {
                if (first < 0) {
                    first = from;
                    cause = causes.get(i);
                } else if (cause.isEmpty()) {
                    cause = causes.get(i);
                }
                coveredTo = to;
            }
        }
        if (first >= 0) {
            gaps.add(new Gap(first, coveredTo - first, cause));
        }
        return gaps;
    }

    private static List<ChannelDescriptor> channels(EdfHeader header, List<Integer> signals, double rate) {
        List<ChannelDescriptor> channels = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i : signals) {
            EdfHeader.Signal s = header.signals().get(i);
            Unit unit = Unit.of(s.dimension());
            String name = s.label().isBlank() ? "signal " + (i + 1) : s.label();
            if (!names.add(name)) {
                name = name + "~" + (i + 1);
                names.add(name);
            }
            double a = s.physicalMin() * unit.factor();
            double b = s.physicalMax() * unit.factor();
            channels.add(new ChannelDescriptor(name, unit.name(), rate, s.transducer(), Math.min(a, b), Math.max(a, b),
                    Math.abs(s.gain() * unit.factor())));
        }
        return channels;
    }

    private static double[][] scales(EdfHeader header, List<Integer> signals) {
        double[][] scales = new double[signals.size()][];
        for (int c = 0; c < signals.size(); c++) {
            EdfHeader.Signal s = header.signals().get(signals.get(c));
            double factor = Unit.of(s.dimension()).factor();
            // physical = physMin + (digital - digMin) * gain, in the stream's unit
            scales[c] = new double[] {(s.physicalMin() - s.digitalMin() * s.gain()) * factor, s.gain() * factor};
        }
        return scales;
    }

    /** A physical dimension as a Myofuse unit: volts in microvolts, everything else as written. */
    private record Unit(String name, double factor) {
        static Unit of(String dimension) {
            return switch (dimension) {
                case "V" -> new Unit("uV", 1e6);
                case "mV" -> new Unit("uV", 1e3);
                case "nV" -> new Unit("uV", 1e-3);
                default -> new Unit(dimension, 1);
            };
        }
    }

    /** What the recording field's equipment subfield and Myofuse's additions after it say about the device. */
    private record Equipment(String deviceId, String typeId, String vendor, String model, long span, GridLayout grid,
            boolean myofuse) {

        static Equipment of(String recording, Path file) {
            String base = file.getFileName().toString();
            int dot = base.lastIndexOf('.');
            String fileName = dot > 0 ? base.substring(0, dot) : base;
            String[] sub = recording.split(" +");
            if (sub.length < 5 || !sub[0].equals("Startdate")) {
                return new Equipment(fileName, "edf", "unknown", "unknown", -1, null, false);
            }
            String equipment = sub[4];
            if (!equipment.startsWith(MYOFUSE) || equipment.length() == MYOFUSE.length()) {
                return new Equipment(fileName, "edf", "unknown", equipment.equals("X") ? "unknown" : equipment, -1, null,
                        false);
            }
            String name = equipment.substring(MYOFUSE.length());
            String type = "edf";
            long span = -1;
            GridLayout grid = null;
            for (int i = 5; i < sub.length; i++) {
                Matcher g = GRID.matcher(sub[i]);
                if (SPAN.matcher(sub[i]).matches()) {
                    span = Long.parseLong(sub[i]);
                } else if (g.matches()) {
                    grid = grid(g);
                } else if (type.equals("edf")) {
                    type = sub[i];
                }
            }
            return new Equipment(name, type, "Myofuse", name, span, grid, true);
        }

        private static GridLayout grid(Matcher g) {
            try {
                return new GridLayout(Integer.parseInt(g.group(1)), Integer.parseInt(g.group(2)),
                        Double.parseDouble(g.group(3)), Double.parseDouble(g.group(4)));
            } catch (IllegalArgumentException e) {
                return null; // not a grid after all: the stream stays a plain one
            }
        }
    }
}
