package org.myofuse.formats;

import org.myofuse.api.recording.ProgressListener;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The EDF+ identification fields (EDF+ specification, 2.1.3): bytes 8-87 identify the patient,
 * 88-167 the recording as "Startdate dd-MMM-yyyy admincode technician equipment", unknown subfields
 * as X. Read at their fixed byte positions.
 */
class EdfIdentificationTest {

    private static final long START = 1_714_557_600_123L; // 2024-05-01T10:00:00.123Z

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"edf", "bdf"})
    void shouldNameTheTherapistAsTheTechnicianAndKeepNamesOut(String format) throws Exception {
        RecordedStream stream = Fixtures.emgWithGaps(START);
        var treated = new Recording("S-0042", "MF-0007", "TK", START, List.of(stream), List.of());
        var alone = new Recording("S-0043", "MF-0007", START, List.of(stream), List.of());

        assertEquals("MF-0007 X X X", field(write(treated, format), 8, 88));
        assertEquals("Startdate 01-MAY-2024 S-0042 TK Myofuse_" + stream.deviceId(), field(write(treated, format), 88, 168));
        assertEquals("Startdate 01-MAY-2024 S-0043 X Myofuse_" + stream.deviceId(), field(write(alone, format), 88, 168));
    }

    private Path write(Recording recording, String format) throws Exception {
        Path file = dir.resolve(recording.sessionId() + "." + format);
        Fixtures.writer(format).write(recording, file, ZoneOffset.UTC, ProgressListener.NONE);
        return file;
    }

    private static String field(Path file, int from, int to) throws Exception {
        byte[] header = Files.readAllBytes(file);
        return new String(Arrays.copyOfRange(header, from, to), StandardCharsets.US_ASCII).strip();
    }
}
