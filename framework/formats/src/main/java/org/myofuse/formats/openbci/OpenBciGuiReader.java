package org.myofuse.formats.openbci;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.myofuse.api.recording.FormatException;
import org.myofuse.api.recording.Recording;
import org.myofuse.api.recording.RecordingReader;
import org.myofuse.api.recording.RecordingWriter;
import org.myofuse.formats.internal.Printable;
import org.myofuse.formats.internal.ReadableFile;
import org.osgi.service.component.annotations.Component;

/**
 * Reads OpenBCI GUI "raw" text recordings of every generation, recognised by their header:
 * <ul>
 * <li>v5/v6 ({@code %OpenBCI Raw EXG Data}, {@code %Number of channels}, {@code %Sample Rate},
 * {@code %Board}, then a column-name row {@code Sample Index, EXG Channel 0, ...}): columns are taken
 * by name;</li>
 * <li>v3/v4 ({@code %OpenBCI Raw EEG Data}, {@code %Sample Rate}, {@code %First Column = SampleIndex},
 * {@code %Other Columns = EEG data in microvolts followed by Accel Data (in G) ...}, no column-name
 * row): the EXG channels come first (as many as {@code %Number of channels} says, or all numeric
 * columns but the 3 accelerometer axes), then the accelerometer, then the time columns, recognised by
 * their content (clock time {@code hh:mm:ss.SSS}, or a Unix time).</li>
 * </ul>
 * EXG channels are imported in uV, accelerometer axes in g; digital, analog and unused columns are
 * skipped; a non-zero marker column becomes an annotation; jumps of the board's sample counter become
 * gaps. The {@code openbci} import; ranked first of the bundle's readers, so lists of import formats
 * read {@code openbci, brainflow or csv}. Thread-safe: no state between calls.
 */
@Component(service = RecordingReader.class,
        property = { RecordingWriter.FORMAT_PROPERTY + "=openbci", "service.ranking:Integer=30" })
public final class OpenBciGuiReader implements RecordingReader {

    private static final Pattern KEY_VALUE = Pattern.compile("%\\s*([^=]+?)\\s*=\\s*(.*?)\\s*");
    private static final Pattern RATE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*(?:Hz)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHANNEL_NAME = Pattern.compile("(?:EXG|EEG|EMG) Channel (\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCEL_NAME = Pattern.compile("Accel Channel (\\d+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOCK_TIME = Pattern.compile("\\d{1,2}:\\d{2}:\\d{2}(\\.\\d+)?");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{1,2}:\\d{2}:\\d{2}(\\.\\d+)?");

    @Override
    public String format() {
        return "openbci";
    }

    /** {@code zone}: where the GUI's clock-time column was written, for files without a Unix time. */
    @Override
    public Recording read(Path file, ZoneId zone) throws IOException {
        ReadableFile.require(file);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file, in, zone);
        } catch (MalformedInputException e) {
            throw new FormatException(file, 0, "not an OpenBCI GUI recording: not text");
        }
    }

    private static Recording parse(Path file, BufferedReader in, ZoneId zone) throws IOException {
        String line = in.readLine();
        long lineNo = 1;
        if (line == null || !line.startsWith("%OpenBCI Raw")) {
            throw new FormatException(file, 1, "not an OpenBCI GUI recording: the first line must start with '%OpenBCI Raw'");
        }
        Map<String, String> header = new LinkedHashMap<>();
        while ((line = in.readLine()) != null && line.startsWith("%")) {
            lineNo++;
            Matcher m = KEY_VALUE.matcher(line);
            if (m.matches()) {
                header.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
            }
        }
        lineNo++;
        if (line == null) {
            throw new FormatException(file, lineNo - 1, "file ends after the header: no data rows");
        }
        double rate = rate(file, header, lineNo);
        Columns columns;
        String firstData;
        long firstDataLine;
        if (Character.isLetter(line.trim().isEmpty() ? '0' : line.trim().charAt(0))) {
            columns = namedColumns(file, line, lineNo);
            firstData = in.readLine();
            firstDataLine = lineNo + 1;
        } else {
            columns = positionalColumns(file, header, line, lineNo);
            firstData = line;
            firstDataLine = lineNo;
        }
        String channelsDeclared = header.get("number of channels");
        if (channelsDeclared != null && !channelsDeclared.equals(Integer.toString(columns.exg.size()))) {
            throw new FormatException(file, firstDataLine, "header declares " + channelsDeclared + " channels, the columns hold "
                    + columns.exg.size());
        }
        OpenBciBoard board = OpenBciBoard.of(header.get("board"), columns.exg.size(), rate);
        RowCollector rows = new RowCollector(file, columns, rate, board);
        long no = firstDataLine;
        for (String row = firstData; row != null; row = in.readLine(), no++) {
            if (!row.isBlank()) {
                rows.row(split(row), no);
            }
        }
        return rows.buildChecked(file.getFileName().toString(), zone);
    }

    private static double rate(Path file, Map<String, String> header, long line) throws FormatException {
        String text = header.get("sample rate");
        Matcher m = text == null ? null : RATE.matcher(text);
        if (m == null || !m.matches() || !(Double.parseDouble(m.group(1)) > 0)) {
            throw new FormatException(file, line, "OpenBCI header has no valid '%Sample Rate = ... Hz' line");
        }
        return Double.parseDouble(m.group(1));
    }

    /** v5/v6: the column-name row says what every column is. */
    private static Columns namedColumns(Path file, String line, long lineNo) throws FormatException {
        String[] names = split(line);
        Columns c = new Columns();
        c.count = names.length;
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            Matcher exg = CHANNEL_NAME.matcher(n);
            Matcher acc = ACCEL_NAME.matcher(n);
            if (n.equalsIgnoreCase("Sample Index")) {
                c.index = i;
            } else if (exg.matches()) {
                c.exg.add(i);
                c.exgNames.add("EXG" + exg.group(1));
            } else if (acc.matches()) {
                c.accel.add(i);
                c.accelNames.add("Accel" + acc.group(1));
            } else if (n.equalsIgnoreCase("Timestamp")) {
                c.unixTime = i;
            } else if (n.toLowerCase(Locale.ROOT).startsWith("timestamp (formatted)")) {
                c.formattedTime = i;
            } else if (n.equalsIgnoreCase("Marker Channel")) {
                c.marker = i;
            }
        }
        if (c.index < 0 || c.exg.isEmpty()) {
            throw new FormatException(file, lineNo, "column row names no 'Sample Index' or no 'EXG Channel' column");
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String name : c.exgNames) {
            if (!seen.add(name)) {
                throw new FormatException(file, lineNo, Printable.of("column row names " + name + " twice"));
            }
        }
        for (String name : c.accelNames) {
            if (!seen.add(name)) {
                throw new FormatException(file, lineNo, Printable.of("column row names " + name + " twice"));
            }
        }
        return c;
    }

    /** v3/v4: index, EXG channels, 3 accelerometer axes, then time columns told apart by their content. */
    private static Columns positionalColumns(Path file, Map<String, String> header, String firstRow, long lineNo)
            throws FormatException {
        String[] f = split(firstRow);
        int numeric = 0;
        while (numeric + 1 < f.length && isNumber(f[numeric + 1]) && !looksLikeUnixTime(f[numeric + 1])) {
            numeric++;
        }
        String declared = header.get("number of channels");
        int exg;
        try {
            exg = declared != null ? Integer.parseInt(declared.trim()) : numeric - 3;
        } catch (NumberFormatException e) {
            throw new FormatException(file, lineNo, Printable.of("malformed '%Number of channels' value: " + declared));
        }
        if (exg < 1 || exg + 3 > numeric) {
            throw new FormatException(file, lineNo, "row has " + numeric + " value columns, too few for EXG channels"
                    + " and 3 accelerometer axes");
        }
        Columns c = new Columns();
        c.count = f.length;
        c.index = 0;
        for (int i = 0; i < exg; i++) {
            c.exg.add(1 + i);
            c.exgNames.add("EXG" + i);
        }
        for (int i = 0; i < 3; i++) {
            c.accel.add(1 + exg + i);
            c.accelNames.add("Accel" + i);
        }
        for (int i = numeric + 1; i < f.length; i++) {
            if (CLOCK_TIME.matcher(f[i]).matches() || DATE_TIME.matcher(f[i]).matches()) {
                c.formattedTime = i;
            } else if (looksLikeUnixTime(f[i])) {
                c.unixTime = i;
            }
        }
        return c;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** After 2001-09-09 in seconds or milliseconds: no EXG value is that large. */
    private static boolean looksLikeUnixTime(String s) {
        return isNumber(s) && Math.abs(Double.parseDouble(s)) >= 1e9;
    }

    static String[] split(String row) {
        String[] f = row.split(",", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].trim();
        }
        return f;
    }
}
