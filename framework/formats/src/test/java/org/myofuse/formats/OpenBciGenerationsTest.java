package org.myofuse.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;
import org.myofuse.formats.internal.ArrayFrames;

/**
 * Every generation of the OpenBCI GUI's text format keeps the start time its rows carry: the epoch
 * time where there is one, else the formatted time with its date; a time of day alone leaves the date
 * unknown instead of guessing one.
 */
class OpenBciGenerationsTest {

    private static final ZoneId EASTERN = ZoneId.of("America/New_York");

    @TempDir
    Path dir;

    @Test
    void aV5FileWithoutColumnRowStartsAtTheEpochMillisecondsOfItsFirstRow() throws Exception {
        Path v5 = Fixtures.copy(Fixtures.V5, dir);
        List<String> rows = Files.readAllLines(v5).stream().filter(l -> !l.startsWith("%")).toList();
        assertEquals(24, rows.get(0).split(",").length, "the fixture has the v5 row layout");

        Recording r = Fixtures.reader("openbci").read(v5, EASTERN);

        assertTrue(r.startDateKnown());
        assertEquals(1_557_936_053_329L, r.startEpochMillis(), "the 23rd field of the first row: 1.557936053329E12");
        RecordedStream s = r.streams().get(0);
        assertEquals(1_557_936_053_329L, s.startEpochMillis());
        assertEquals("openbci-cyton", s.device().typeId());
        assertEquals(250, s.sampleRateHz());
        assertEquals(List.of("EXG0", "EXG1", "EXG2", "EXG3", "EXG4", "EXG5", "EXG6", "EXG7", "Accel0", "Accel1",
                "Accel2"), s.device().channels().stream().map(c -> c.name()).toList());
        assertEquals(500, s.frameCount());
        assertEquals(List.of(), s.gaps());
        ArrayFrames v5Frames = (ArrayFrames) s.frames();
        ArrayFrames v6Frames = (ArrayFrames) Fixtures.reader("openbci").read(Fixtures.copy(Fixtures.V6, dir), EASTERN)
                .streams().get(0).frames();
        for (int f = 0; f < 500; f++) {
            for (int c = 0; c < 11; c++) {
                assertEquals(v6Frames.sample(f, c), v5Frames.sample(f, c), "row " + f + " channel " + c);
            }
        }
    }

    @Test
    void aV5FileWithItsColumnRowReadsTheSameByName() throws Exception {
        Path v5 = Fixtures.copy(Fixtures.V5, dir);
        List<String> lines = new ArrayList<>(Files.readAllLines(v5));
        lines.add(4, "Sample Index, EXG Channel 0, EXG Channel 1, EXG Channel 2, EXG Channel 3, EXG Channel 4, "
                + "EXG Channel 5, EXG Channel 6, EXG Channel 7, Accel Channel 0, Accel Channel 1, Accel Channel 2, "
                + "Other, Other, Other, Other, Other, Other, Other, Analog Channel 0, Analog Channel 1, "
                + "Analog Channel 2, Timestamp, Timestamp (Formatted)");
        Path named = dir.resolve("named.txt");
        Files.write(named, lines);

        Recording r = Fixtures.reader("openbci").read(named, EASTERN);

        assertTrue(r.startDateKnown());
        assertEquals(1_557_936_053_329L, r.startEpochMillis());
        assertEquals(500, r.streams().get(0).frameCount());
    }

    @Test
    void aFileWithOnlyTheFormattedDateAndTimeStartsThereInTheGivenZone() throws Exception {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Fixtures.copy(Fixtures.V5, dir))) {
            if (line.startsWith("%")) {
                lines.add(line);
            } else {
                String[] f = line.split(", ");
                List<String> kept = new ArrayList<>(List.of(f).subList(0, 22));
                kept.add(f[23]); // the epoch column left out: only the formatted time says when
                lines.add(String.join(", ", kept));
            }
        }
        Path file = dir.resolve("formatted-only.txt");
        Files.write(file, lines);

        Recording r = Fixtures.reader("openbci").read(file, EASTERN);

        assertTrue(r.startDateKnown());
        assertEquals(LocalDateTime.of(2019, 5, 15, 12, 0, 53, 329_000_000).atZone(EASTERN).toInstant().toEpochMilli(),
                r.startEpochMillis());
    }

    @Test
    void aV4FileKeepsTheEpochMillisecondsAfterItsClockTime() throws Exception {
        List<String> lines = new ArrayList<>();
        long epoch = 1_541_598_342_454L;
        int row = 0;
        for (String line : Files.readAllLines(Fixtures.copy(Fixtures.GANGLION, dir))) {
            if (line.startsWith("%")) {
                lines.add(line.equals("%") ? "%Number of channels = 4" : line);
            } else if (row < 400) {
                lines.add(line + ", " + (epoch + row++ * 5));
            }
        }
        Path file = dir.resolve("v4.txt");
        Files.write(file, lines);

        Recording r = Fixtures.reader("openbci").read(file, ZoneOffset.UTC);

        assertTrue(r.startDateKnown());
        assertEquals(epoch, r.startEpochMillis(), "the Unix time wins over the clock time");
        assertEquals(400, r.streams().get(0).frameCount());
    }

    @Test
    void aFileWithATimeOfDayAloneHasItsDateMarkedUnknown() throws Exception {
        Recording r = Fixtures.reader("openbci").read(Fixtures.copy(Fixtures.GANGLION, dir), EASTERN);

        assertFalse(r.startDateKnown());
        assertEquals(LocalDateTime.of(Recording.UNKNOWN_DATE, java.time.LocalTime.of(11, 2, 46, 251_000_000))
                .atZone(EASTERN).toInstant().toEpochMilli(), r.startEpochMillis(), "the first row's time of day");
        assertEquals(r.startEpochMillis(), r.streams().get(0).startEpochMillis());
    }

    @Test
    void theFilesModificationTimeIsNotTakenForTheDate() throws Exception {
        Path file = Fixtures.copy(Fixtures.GANGLION, dir);
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L));
        Recording r = Fixtures.reader("openbci").read(file, ZoneOffset.UTC);
        assertFalse(r.startDateKnown());
        assertEquals(Recording.UNKNOWN_DATE, java.time.Instant.ofEpochMilli(r.startEpochMillis())
                .atZone(ZoneOffset.UTC).toLocalDate());
    }
}
