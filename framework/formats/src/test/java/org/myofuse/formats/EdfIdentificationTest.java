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
        assertEquals("Startdate 01-MAY-2024 S-0042 TK Myofuse_" + stream.deviceId() + " 6250 sim-emg",
                field(write(treated, format), 88, 168), "device name, then the span and the type for an import");
        assertEquals("Startdate 01-MAY-2024 S-0043 X Myofuse_" + stream.deviceId() + " 6250 sim-emg",
                field(write(alone, format), 88, 168));
    }

    @ParameterizedTest
    @ValueSource(strings = {"edf", "bdf"})
    void shouldWriteAGridAfterTheSpanAndLeaveOutWhatDoesNotFitInTheField(String format) throws Exception {
        RecordedStream emg = Fixtures.emgWithGaps(START);
        var cells = new java.util.ArrayList<org.myofuse.api.device.ChannelDescriptor>();
        for (int i = 0; i < 4; i++) {
            cells.add(new org.myofuse.api.device.ChannelDescriptor("c" + i, "kPa", 500, "", 0, 100, 0.1));
        }
        var mat = new RecordedStream("mat", new org.myofuse.api.device.DeviceDescriptor("sim-mat", "M", "M", "1", "1",
                cells, new org.myofuse.api.device.GridLayout(2, 2, 8.5, 10)), START, 500, emg.frameCount(), emg.gaps(),
                emg.frames());
        assertEquals("Startdate 01-MAY-2024 S-0042 TK Myofuse_mat 6250 2x2@8.5x10mm sim-mat",
                field(write(new Recording("S-0042", "", "TK", START, List.of(mat), List.of()), format), 88, 168));
        String longSession = "S".repeat(24);
        assertEquals("Startdate 01-MAY-2024 " + longSession + " THERAPIST-CODE-1 Myofuse_mat 6250",
                field(write(new Recording(longSession, "", "THERAPIST-CODE-1", START, List.of(mat), List.of()), format),
                        88, 168), "at most 80 characters: the grid and the type did not fit");
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
