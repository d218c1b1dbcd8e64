package org.myofuse.formats;

import org.myofuse.api.recording.FormatException;
import org.myofuse.api.recording.FrameReader;
import org.myofuse.api.recording.FrameSource;
import org.myofuse.api.recording.ProgressListener;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Wrong, truncated and corrupt files and unwritable targets give one-line errors and leave nothing behind. */
class BadInputTest {

    @TempDir
    Path dir;

    @Test
    void aFileOfTheWrongFormatNamesFileLineAndReason() throws Exception {
        Path brainflow = Fixtures.copy(Fixtures.BRAINFLOW, dir);
        FormatException e = assertThrows(FormatException.class, () -> Fixtures.reader("openbci").read(brainflow, ZoneOffset.UTC));
        assertEquals(brainflow + ":1: not an OpenBCI GUI recording: the first line must start with '%OpenBCI Raw'",
                e.getMessage());
        Path openbci = Fixtures.copy(Fixtures.V6, dir);
        e = assertThrows(FormatException.class, () -> Fixtures.reader("brainflow").read(openbci, ZoneOffset.UTC));
        assertTrue(e.getMessage().startsWith(openbci + ":1: not a BrainFlow Cyton recording"), e.getMessage());
        e = assertThrows(FormatException.class, () -> Fixtures.reader("csv").read(openbci, ZoneOffset.UTC));
        assertTrue(e.getMessage().startsWith(openbci + ":1: not a Myofuse CSV file"), e.getMessage());
    }

    @Test
    void aRowCutShortNamesItsLine() throws Exception {
        Path file = Fixtures.copy(Fixtures.V6, dir);
        List<String> lines = Files.readAllLines(file);
        String cut = lines.get(lines.size() - 1);
        lines.set(lines.size() - 1, cut.substring(0, cut.length() / 2));
        Files.write(file, lines);
        FormatException e = assertThrows(FormatException.class,
                () -> Fixtures.reader("openbci").read(file, ZoneOffset.UTC));
        assertEquals(lines.size(), e.line());
        assertTrue(e.getMessage().contains("truncated row"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aCorruptNumberNamesItsLine() throws Exception {
        Path file = Fixtures.copy(Fixtures.GANGLION, dir);
        List<String> lines = Files.readAllLines(file);
        lines.set(99, lines.get(99).replaceFirst(", ", ", 1x"));
        Files.write(file, lines);
        FormatException e = assertThrows(FormatException.class,
                () -> Fixtures.reader("openbci").read(file, ZoneOffset.UTC));
        assertEquals(100, e.line());
        assertTrue(e.getMessage().contains("malformed number"), e.getMessage());
    }

    @Test
    void aTruncatedCsvExportIsRefused() throws Exception {
        Recording r = new Recording("S-1", "", 0, List.of(Fixtures.emgWithGaps(0)), List.of());
        Path csv = dir.resolve("s.csv");
        Fixtures.writer("csv").write(r, csv, ZoneOffset.UTC, ProgressListener.NONE);
        List<String> lines = Files.readAllLines(csv);
        Files.write(csv, lines.subList(0, lines.size() - 10));
        RecordedStream header = Fixtures.reader("csv").read(csv, ZoneOffset.UTC).streams().get(0);
        assertEquals(3930, header.frameCount(), "the header is intact: the rows are checked as they are read");
        FormatException e = assertThrows(FormatException.class, () -> Fixtures.frames(header));
        assertTrue(e.getMessage().startsWith(csv + ":" + (lines.size() - 10) + ": file ends after 3920 of 3930 frames"),
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "edf", "bdf"})
    void anUnwritablePathIsAOneLineErrorNamingIt(String format) {
        Recording r = new Recording("S-1", "", 0, List.of(Fixtures.emgWithGaps(0)), List.of());
        Path target = dir.resolve("no-such-folder").resolve("out." + format);
        IOException e = assertThrows(IOException.class,
                () -> Fixtures.writer(format).write(r, target, ZoneOffset.UTC, ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("cannot write " + target + ": folder "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "edf", "bdf"})
    void aStreamThatFailsMidwayLeavesNothingBehind(String format) throws Exception {
        RecordedStream good = Fixtures.emgWithGaps(0);
        FrameSource failing = () -> {
            FrameReader inner = good.frames().open();
            return new FrameReader() {
                private int reads;

                @Override
                public int read(float[] into, int offset, int max) throws IOException {
                    if (++reads > 3) {
                        throw new IOException("chunk 7 of stream sim-emg-1 is corrupt");
                    }
                    return inner.read(into, offset, Math.min(max, 100));
                }
            };
        };
        RecordedStream broken = new RecordedStream(good.deviceId(), good.device(), 0, 500, good.frameCount(),
                good.gaps(), failing);
        Path target = dir.resolve("out." + format);
        Files.writeString(target, "an older export");
        IOException e = assertThrows(IOException.class, () -> Fixtures.writer(format)
                .write(new Recording("S", "", 0, List.of(broken), List.of()), target, ZoneOffset.UTC, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("chunk 7 of stream sim-emg-1 is corrupt"), e.getMessage());
        assertEquals("an older export", Files.readString(target), "the previous file stays untouched");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList(), "no temporary file is left");
        }
    }
}
