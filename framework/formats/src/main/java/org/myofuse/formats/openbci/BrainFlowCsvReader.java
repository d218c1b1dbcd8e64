package org.myofuse.formats.openbci;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.myofuse.api.recording.FormatException;
import org.myofuse.api.recording.Recording;
import org.myofuse.api.recording.RecordingReader;
import org.myofuse.api.recording.RecordingWriter;
import org.myofuse.formats.internal.ReadableFile;
import org.osgi.service.component.annotations.Component;

/**
 * Reads BrainFlow's {@code DataFilter.write_file} output: tab-separated rows, no header, one column
 * per board row. The board is recognised by the column count of its BrainFlow layout:
 * Cyton (24: package, 8 EXG, 3 accel, 7 other, 3 analog, timestamp, marker) at 250 Hz and
 * Cyton + Daisy (32: package, 16 EXG, 3 accel, 7 other, 3 analog, timestamp, marker) at 125 Hz.
 * The timestamp is Unix seconds. The {@code brainflow} import, ranked after openbci. Thread-safe: no
 * state between calls.
 */
@Component(service = RecordingReader.class,
        property = { RecordingWriter.FORMAT_PROPERTY + "=brainflow", "service.ranking:Integer=20" })
public final class BrainFlowCsvReader implements RecordingReader {

    @Override
    public String format() {
        return "brainflow";
    }

    /** The zone is not used: BrainFlow writes Unix time. */
    @Override
    public Recording read(Path file, ZoneId zone) throws IOException {
        ReadableFile.require(file);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            if (line == null) {
                throw new FormatException(file, 0, "empty file, not a BrainFlow recording");
            }
            String[] first = split(line);
            Columns columns = layout(file, first.length);
            boolean daisy = columns.exg.size() == 16;
            OpenBciBoard board = daisy ? OpenBciBoard.CYTON_DAISY : OpenBciBoard.CYTON;
            RowCollector rows = new RowCollector(file, columns, daisy ? 125 : 250, board);
            long no = 1;
            for (; line != null; line = in.readLine(), no++) {
                if (!line.isBlank()) {
                    rows.row(split(line), no);
                }
            }
            return rows.buildChecked(file.getFileName().toString(), ZoneOffset.UTC);
        } catch (MalformedInputException e) {
            throw new FormatException(file, 0, "not a BrainFlow recording: not text");
        }
    }

    private static Columns layout(Path file, int count) throws FormatException {
        int exg;
        if (count == 24) {
            exg = 8;
        } else if (count == 32) {
            exg = 16;
        } else {
            throw new FormatException(file, 1, "not a BrainFlow Cyton recording: " + count
                    + " tab-separated columns, expected 24 (Cyton) or 32 (Cyton + Daisy)");
        }
        Columns c = new Columns();
        c.count = count;
        c.index = 0;
        for (int i = 0; i < exg; i++) {
            c.exg.add(1 + i);
            c.exgNames.add("EXG" + i);
        }
        for (int i = 0; i < 3; i++) {
            c.accel.add(1 + exg + i);
            c.accelNames.add("Accel" + i);
        }
        c.unixTime = count - 2;
        c.marker = count - 1;
        return c;
    }

    private static String[] split(String row) {
        String[] f = row.split("\t", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = f[i].trim();
        }
        return f;
    }
}
