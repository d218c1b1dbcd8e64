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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The real OpenBCI recordings import, and exporting them again keeps every sample value: exactly
 * through Myofuse CSV, within half a digital step through EDF+ and BDF+ (read by MNE-Python).
 */
class FixtureRoundTripTest {

    @TempDir
    Path dir;

    private final RecordingImporter importer = new RecordingImporter(ZoneOffset.UTC);
    private final RecordingExporter exporter = new RecordingExporter(ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource({
        "OpenBCI_GUI-v6-blinks-jawClench-alpha.txt, OPENBCI, 250, 8, 22490, openbci-cyton",
        "OpenBCI-RAW-S02_S1R0_EMG_ganglion.txt, OPENBCI, 200, 4, 26207, openbci-ganglion",
        "brainflow-cyton-from-v6.csv, BRAINFLOW, 250, 8, 300, openbci-cyton"})
    void importsEveryRowWithTheValuesOfTheText(String name, ImportFormat format, double rate, int exg, int rows,
            String type) throws Exception {
        Path file = Fixtures.copy(name, dir);
        Recording recording = importer.read(file, format);

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
        Recording r = importer.read(Fixtures.copy(Fixtures.V6, dir), ImportFormat.OPENBCI);
        assertEquals(1_557_936_053_329L, r.streams().get(0).startEpochMillis());
    }

    @ParameterizedTest
    @CsvSource({"OpenBCI_GUI-v6-blinks-jawClench-alpha.txt, OPENBCI", "OpenBCI-RAW-S02_S1R0_EMG_ganglion.txt, OPENBCI",
        "brainflow-cyton-from-v6.csv, BRAINFLOW"})
    void csvExportReadsBackToTheIdenticalRecording(String name, ImportFormat format) throws Exception {
        Recording imported = importer.read(Fixtures.copy(name, dir), format);
        Path csv = dir.resolve("export.csv");
        exporter.export(imported, ExportFormat.CSV, csv, ProgressListener.NONE);

        Recording back = importer.read(csv, ImportFormat.CSV);
        RecordedStream a = imported.streams().get(0);
        RecordedStream b = back.streams().get(0);
        assertEquals(a.device(), b.device());
        assertEquals(a.startEpochMillis(), b.startEpochMillis());
        assertEquals(a.sampleRateHz(), b.sampleRateHz());
        assertEquals(a.gaps(), b.gaps());
        assertEquals(imported.annotations(), back.annotations());
        ArrayFrames x = (ArrayFrames) a.frames();
        ArrayFrames y = (ArrayFrames) b.frames();
        assertEquals(x.frames(), y.frames());
        for (int f = 0; f < x.frames(); f++) {
            for (int c = 0; c < a.channels(); c++) {
                assertEquals(Float.floatToIntBits(x.sample(f, c)), Float.floatToIntBits(y.sample(f, c)),
                        "frame " + f + " channel " + c);
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"OpenBCI_GUI-v6-blinks-jawClench-alpha.txt, BDF", "OpenBCI_GUI-v6-blinks-jawClench-alpha.txt, EDF",
        "OpenBCI-RAW-S02_S1R0_EMG_ganglion.txt, BDF"})
    void edfAndBdfExportsKeepEveryValueWithinQuantisation(String name, ExportFormat format) throws Exception {
        Recording imported = importer.read(Fixtures.copy(name, dir), ImportFormat.OPENBCI);
        Path file = dir.resolve("export." + format.extension());
        exporter.export(imported, format, file, ProgressListener.NONE);

        IndependentEdfReader.Read read = IndependentEdfReader.read(file, dir);
        RecordedStream s = imported.streams().get(0);
        assertEquals(format.name() + "+C", read.reserved());
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
    private static List<float[]> valuesOfText(Path file, ImportFormat format, int exg) throws IOException {
        List<float[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("%") || line.startsWith("Sample Index") || line.isBlank()) {
                continue;
            }
            String[] f = line.split(format == ImportFormat.BRAINFLOW ? "\t" : ",");
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
