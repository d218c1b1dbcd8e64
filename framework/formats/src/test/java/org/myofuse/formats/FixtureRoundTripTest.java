package org.myofuse.formats;

import org.myofuse.api.recording.ProgressListener;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.myofuse.formats.internal.ArrayFrames;

/**
 * The real OpenBCI recordings import, and exporting them again keeps every sample value: exactly
 * through Myofuse CSV, within half a digital step through EDF+ and BDF+ (read by MNE-Python).
 */
class FixtureRoundTripTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "OpenBCI_GUI-v6-blinks-jawClench-alpha.txt, openbci, 250, 8, 22490, openbci-cyton",
        "OpenBCI-RAW-S02_S1R0_EMG_ganglion.txt, openbci, 200, 4, 26207, openbci-ganglion",
        "brainflow-cyton-from-v6.csv, brainflow, 250, 8, 300, openbci-cyton"})
    void importsEveryRowWithTheValuesOfTheText(String name, String format, double rate, int exg, int rows,
            String type) throws Exception {
        Path file = Fixtures.copy(name, dir);
        Recording recording = Fixtures.reader(format).read(file, ZoneOffset.UTC);

        RecordedStream s = recording.streams().get(0);
        assertEquals(type, s.device().typeId());
        assertEquals(rate, s.sampleRateHz());
        assertEquals(exg + 3, s.channels());
        assertEquals(rows, s.frameCount());
        assertEquals(List.of(), s.gaps(), "the fixtures have no lost samples");
        List<float[]> text = valuesOfText(file, format, exg);
        ArrayFrames frames = (ArrayFrames) s.frames();
        for (int f = 0; f < rows; f++) {
            for (int c = 0; c < exg + 3; c++) {
                assertEquals(text.get(f)[c], frames.sample(f, c), name + " row " + f + " channel " + c);
            }
        }
    }

    @Test
    void theV6FileStartsAtItsFirstUnixTimestamp() throws Exception {
        Recording r = Fixtures.reader("openbci").read(Fixtures.copy(Fixtures.V6, dir), ZoneOffset.UTC);
        assertEquals(1_557_936_053_329L, r.streams().get(0).startEpochMillis());
    }

    @ParameterizedTest
    @CsvSource({"OpenBCI_GUI-v6-blinks-jawClench-alpha.txt, openbci", "OpenBCI-RAW-S02_S1R0_EMG_ganglion.txt, openbci",
        "brainflow-cyton-from-v6.csv, brainflow"})
    void csvExportReadsBackToTheIdenticalRecording(String name, String format) throws Exception {
        Recording imported = Fixtures.reader(format).read(Fixtures.copy(name, dir), ZoneOffset.UTC);
        Path csv = dir.resolve("export.csv");
        Fixtures.writer("csv").write(imported, csv, ZoneOffset.UTC, ProgressListener.NONE);

        Recording back = Fixtures.reader("csv").read(csv, ZoneOffset.UTC);
        RecordedStream a = imported.streams().get(0);
        RecordedStream b = back.streams().get(0);
        assertEquals(a.device(), b.device());
        assertEquals(a.startEpochMillis(), b.startEpochMillis());
        assertEquals(a.sampleRateHz(), b.sampleRateHz());
        assertEquals(a.gaps(), b.gaps());
        assertEquals(imported.annotations(), back.annotations());
        ArrayFrames x = Fixtures.frames(a);
        ArrayFrames y = Fixtures.frames(b);
        assertEquals(x.frames(), y.frames());
        for (int f = 0; f < x.frames(); f++) {
            for (int c = 0; c < a.channels(); c++) {
                assertEquals(Float.floatToIntBits(x.sample(f, c)), Float.floatToIntBits(y.sample(f, c)),
                        "frame " + f + " channel " + c);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"OpenBCI_GUI-v6-blinks-jawClench-alpha.txt, bdf", "OpenBCI_GUI-v6-blinks-jawClench-alpha.txt, edf",
        "OpenBCI-RAW-S02_S1R0_EMG_ganglion.txt, bdf"})
    void edfAndBdfExportsKeepEveryValueWithinQuantisation(String name, String format) throws Exception {
        Recording imported = Fixtures.reader("openbci").read(Fixtures.copy(name, dir), ZoneOffset.UTC);
        Path file = dir.resolve("export." + format);
        Fixtures.writer(format).write(imported, file, ZoneOffset.UTC, ProgressListener.NONE);

        IndependentEdfReader.Read read = IndependentEdfReader.read(file, dir);
        RecordedStream s = imported.streams().get(0);
        assertEquals(format.toUpperCase(Locale.ROOT) + "+C", read.reserved());
        int c = 0;
        for (IndependentEdfReader.Channel ch : read.channels().values()) {
            assertEquals(s.device().channels().get(c).name(), ch.label());
            assertEquals(s.sampleRateHz(), ch.rate());
            EdfIndependentReaderTest.assertDeliveredSamples(s, c, ch, (int) s.sampleRateHz(), new int[0]);
            c++;
        }
        assertEquals(s.channels(), c);
    }

    /** The numbers of the file's text, parsed here without the importers' code. */
    private static List<float[]> valuesOfText(Path file, String format, int exg) throws IOException {
        List<float[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("%") || line.startsWith("Sample Index") || line.isBlank()) {
                continue;
            }
            String[] f = line.split(format.equals("brainflow") ? "\t" : ",");
            float[] values = new float[exg + 3];
            for (int i = 0; i < exg + 3; i++) {
                values[i] = Float.parseFloat(f[1 + i].trim());
            }
            rows.add(values);
        }
        assertTrue(!rows.isEmpty());
        return rows;
    }
}
