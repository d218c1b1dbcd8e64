package org.myofuse.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myofuse.api.recording.FormatException;
import org.myofuse.api.recording.ProgressListener;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;
import org.myofuse.formats.internal.ArrayFrames;

/**
 * The Myofuse CSV reader reads the header when asked for the recording and the rows as the frames are
 * pulled: a bad row names its line, whichever way the file was damaged; files of every version read.
 */
class MyofuseCsvReaderTest {

    @TempDir
    Path dir;

    private Path csv;
    private List<String> lines;
    private int firstRow;

    @BeforeEach
    void export() throws Exception {
        csv = dir.resolve("s.csv");
        Fixtures.writer("csv").write(new Recording("S-1", "", 0, List.of(Fixtures.emgWithGaps(0)), Fixtures.annotations()),
                csv, ZoneOffset.UTC, ProgressListener.NONE);
        lines = new ArrayList<>(Files.readAllLines(csv));
        firstRow = lines.indexOf(lines.stream().filter(l -> l.startsWith("sample_index")).findFirst().orElseThrow()) + 1;
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "|", value = {
        "0|12x,0.0,1,2,3,4|malformed sample index '12x'",
        "5|6,0.012000,1,2,3,4|sample index 6 where 5 was expected",
        "5|5,0.010000,1,2,3|expected 6 fields, found 5 (truncated row?)",
        "5|5,0.010000,1,2,3,4,5|expected 6 fields, found 7",
        "5|5,0.010000,1,2,3,4e|'4e' is not a number (channel 4)",
        "5|5|expected 6 fields, found 1 (truncated row?)",
        "100|100,0.200000,1,,3,4|'' is not a number (channel 2)"})
    void aBadRowNamesFileLineAndProblemWhenItIsRead(int row, String text, String problem) throws Exception {
        lines.set(firstRow + row, text);
        Files.write(csv, lines);
        RecordedStream s = Fixtures.reader("csv").read(csv, ZoneOffset.UTC).streams().get(0);
        FormatException e = assertThrows(FormatException.class, () -> Fixtures.frames(s));
        assertEquals(firstRow + row + 1, e.line());
        assertTrue(e.getMessage().startsWith(csv + ":" + (firstRow + row + 1) + ": " + problem), e.getMessage());
    }

    @Test
    void rowsBeyondTheDeclaredFrameCountAreRefused() throws Exception {
        String last = lines.get(lines.size() - 1);
        long index = Long.parseLong(last.substring(0, last.indexOf(','))) + 1;
        lines.add(index + last.substring(last.indexOf(',')));
        Files.write(csv, lines);
        RecordedStream s = Fixtures.reader("csv").read(csv, ZoneOffset.UTC).streams().get(0);
        FormatException e = assertThrows(FormatException.class, () -> Fixtures.frames(s));
        assertEquals(lines.size(), e.line());
        assertTrue(e.getMessage().endsWith("more rows than the 3930 frames the header declares"), e.getMessage());
    }

    @Test
    void windowsLineEndsAndAMissingLastLineEndRead() throws Exception {
        ArrayFrames expected = Fixtures.frames(Fixtures.emgWithGaps(0));
        Files.writeString(csv, String.join("\r\n", lines));
        RecordedStream s = Fixtures.reader("csv").read(csv, ZoneOffset.UTC).streams().get(0);
        ArrayFrames got = Fixtures.frames(s);
        assertEquals(expected.frames(), got.frames());
        assertEquals(expected.sample(3929, 3), got.sample(3929, 3));
        assertEquals(expected.sample(0, 0), got.sample(0, 0));
    }

    @Test
    void aFileOfTheFirstVersionWithAConfigurationIdAsDeviceIdReads() throws Exception {
        int at = lines.indexOf("# device_id,sim-emg-1");
        assertTrue(at > 0, "the writer writes the stream's name: " + lines);
        lines.set(at, "# device_id,org.myofuse.device.sim_emg~sim-emg-1");
        Files.write(csv, lines);
        Recording r = Fixtures.reader("csv").read(csv, ZoneOffset.UTC);
        assertEquals("org.myofuse.device.sim_emg~sim-emg-1", r.streams().get(0).deviceId());
        assertEquals(3930, Fixtures.frames(r.streams().get(0)).frames());
    }

    @Test
    void theFramesCanBeReadMoreThanOnce() throws Exception {
        RecordedStream s = Fixtures.reader("csv").read(csv, ZoneOffset.UTC).streams().get(0);
        assertEquals(Fixtures.frames(s).sample(2000, 2), Fixtures.frames(s).sample(2000, 2));
    }
}
