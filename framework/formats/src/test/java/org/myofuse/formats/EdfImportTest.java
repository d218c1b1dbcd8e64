package org.myofuse.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.recording.Annotation;
import org.myofuse.api.recording.FormatException;
import org.myofuse.api.recording.Gap;
import org.myofuse.api.recording.ProgressListener;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;
import org.myofuse.formats.internal.ArrayFrames;

/**
 * EDF+/BDF+ import: files MNE-Python wrote, Myofuse's own exports (device, grid, exact length and gaps
 * back), EDF+D discontinuities as gaps, and bad files refused in one line.
 */
class EdfImportTest {

    @TempDir
    Path dir;

    private Path fixture(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/edf/" + name)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void anEdfFileWrittenByMneImportsWithItsLabelsUnitsStartValuesAndAnnotations() throws Exception {
        Path edf = fixture("mne-emg.edf");

        Recording r = Fixtures.reader("edf").read(edf, ZoneOffset.UTC);

        assertTrue(r.startDateKnown());
        assertEquals(Instant.parse("2020-02-14T11:02:46.251Z").toEpochMilli(), r.startEpochMillis(),
                "the header's second plus the first record's time keeping");
        RecordedStream s = r.streams().get(0);
        assertEquals("mne-emg", s.deviceId(), "a foreign file is named after itself");
        assertEquals(List.of("EMG1", "EMG2"), s.device().channels().stream().map(ChannelDescriptor::name).toList());
        assertEquals(List.of("uV", "uV"), s.device().channels().stream().map(ChannelDescriptor::unit).toList());
        assertEquals(200, s.sampleRateHz());
        assertEquals(4000, s.frameCount());
        assertEquals(List.of(), s.gaps());
        assertEquals(List.of(new Annotation(2.5, 0, "clench"), new Annotation(7.25, 1.5, "rest"),
                new Annotation(15, 0, "clench again")), r.annotations());

        ArrayFrames frames = Fixtures.frames(s);
        IndependentEdfReader.Read mne = IndependentEdfReader.read(edf, dir);
        List<float[]> text = ganglionEmg(4000);
        double step = s.device().channels().get(0).resolution();
        for (int c = 0; c < 2; c++) {
            double[] theirs = mne.channels().get(c == 0 ? "EMG1" : "EMG2").values();
            for (int f = 0; f < 4000; f++) {
                float ours = frames.sample(f, c);
                assertEquals(theirs[f], ours, Math.ulp(ours), "as MNE reads it: frame " + f + " ch " + c);
                // EDFlib truncates towards zero where Myofuse rounds, on an offset of its own: within two steps
                assertEquals(text.get(f)[c], ours, 2 * step, "the recording: frame " + f + " ch " + c);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"edf", "bdf"})
    void myofusesOwnExportComesBackAsTheStreamItWas(String format) throws Exception {
        RecordedStream emg = Fixtures.emgWithGaps(1_714_557_600_123L);
        RecordedStream mat = mat(1_714_557_600_456L);
        Recording original = new Recording("42", "P-1", "TK", 1_714_557_600_000L, List.of(emg, mat),
                Fixtures.annotations());
        List<Path> files = Fixtures.writer(format).write(original, dir.resolve("s." + format), ZoneOffset.UTC,
                ProgressListener.NONE);

        for (int i = 0; i < 2; i++) {
            RecordedStream want = original.streams().get(i);
            Recording back = Fixtures.reader(format).read(files.get(i), ZoneOffset.UTC);
            RecordedStream got = back.streams().get(0);
            assertEquals(want.deviceId(), got.deviceId());
            assertEquals(want.device().typeId(), got.device().typeId());
            assertEquals(want.device().grid(), got.device().grid());
            assertEquals(want.device().channels().stream().map(c -> c.name() + " " + c.unit().replace('\u00B5', 'u'))
                    .toList(), got.device().channels().stream().map(c -> c.name() + " " + c.unit()).toList());
            assertEquals(want.startEpochMillis(), got.startEpochMillis());
            assertEquals(want.sampleRateHz(), got.sampleRateHz());
            assertEquals(want.gaps(), got.gaps(), "the gap annotations are gaps again");
            assertEquals(want.frameCount(), got.frameCount());
            assertEquals(want.spanFrames(), got.spanFrames(), "the filled-up end of the last record is left out");
            List<String> texts = back.annotations().stream().map(Annotation::text).toList();
            assertEquals(Fixtures.annotations().stream().map(Annotation::text).sorted().toList(),
                    texts.stream().sorted().toList(), "the notes, and no gap note");
            for (Annotation a : Fixtures.annotations()) {
                Annotation b = back.annotations().stream().filter(x -> x.text().equals(a.text())).findFirst().orElseThrow();
                double shift = (original.startEpochMillis() - want.startEpochMillis()) / 1000.0;
                assertEquals(a.onsetSeconds() + shift, b.onsetSeconds(), 1e-6, a.text());
            }
            ArrayFrames x = Fixtures.frames(want);
            ArrayFrames y = Fixtures.frames(got);
            assertEquals(x.frames(), y.frames());
            for (int c = 0; c < want.channels(); c++) {
                double step = got.device().channels().get(c).resolution();
                for (int f = 0; f < x.frames(); f++) { // half a step of the file, then the float's own rounding
                    assertEquals(x.sample(f, c), y.sample(f, c), step * 0.5001 + Math.ulp(y.sample(f, c)),
                            "frame " + f + " channel " + c);
                }
            }
        }
    }

    @Test
    void anEdfPlusDFileOfAnotherToolHasItsDiscontinuitiesAsGaps() throws Exception {
        RecordedStream emg = Fixtures.emgWithGaps(1_714_557_600_000L);
        Path edf = Fixtures.writer("edf").write(new Recording("S", "", 1_714_557_600_000L, List.of(emg), List.of()),
                dir.resolve("d.edf"), ZoneOffset.UTC, ProgressListener.NONE).get(0);
        byte[] bytes = Files.readAllBytes(edf);
        assertEquals("EDF+D", new String(bytes, 192, 5, StandardCharsets.US_ASCII));
        // as another tool would have written it: no Myofuse equipment, so only the records' times count
        byte[] recording = String.format("%-80s", "Startdate 01-MAY-2024 X X X").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(recording, 0, bytes, 88, 80);
        Files.write(edf, bytes);

        Recording r = Fixtures.reader("edf").read(edf, ZoneOffset.UTC);

        RecordedStream s = r.streams().get(0);
        assertEquals("d", s.deviceId());
        // records of 1 s (500 samples); the gap from 2800 to 5100 leaves out records 6 to 9 (3000 to 4999)
        assertEquals(List.of(new Gap(3000, 2000, "")), s.gaps());
        assertEquals(6500 - 2000, s.frameCount(), "every written record's samples, held values included");
        assertTrue(r.annotations().stream().anyMatch(a -> a.text().equals("Gap: 20 samples missing (COUNTER_JUMP)")),
                "another tool's annotation stays one");
        ArrayFrames frames = Fixtures.frames(s);
        ArrayFrames original = Fixtures.frames(emg);
        double step = s.device().channels().get(0).resolution();
        assertEquals(original.sample(699, 1), frames.sample(699, 1), step);
        assertEquals(original.sample(700, 1), frames.sample(720, 1), step, "after the held samples the data go on");
        assertEquals(original.sample(2800 - 20 - 1, 2), frames.sample(2800, 2), step, "the held value");
    }

    @Test
    void aFileOfTheOtherWidthIsRefusedNamingTheRightFormat() throws Exception {
        Recording r = new Recording("S", "", 0, List.of(Fixtures.emgWithGaps(0)), List.of());
        Path bdf = Fixtures.writer("bdf").write(r, dir.resolve("x.bdf"), ZoneOffset.UTC, ProgressListener.NONE).get(0);
        FormatException e = assertThrows(FormatException.class, () -> Fixtures.reader("edf").read(bdf, ZoneOffset.UTC));
        assertEquals(bdf + ": a BDF file, not EDF (import it with --format bdf)", e.getMessage());
    }

    @Test
    void aTruncatedFileIsRefusedBeforeAnythingIsRead() throws Exception {
        Path edf = fixture("mne-emg.edf");
        byte[] bytes = Files.readAllBytes(edf);
        Files.write(edf, Arrays.copyOf(bytes, bytes.length - 100));
        FormatException e = assertThrows(FormatException.class, () -> Fixtures.reader("edf").read(edf, ZoneOffset.UTC));
        assertEquals(edf + ": header says 20 data records, the file holds 19 and part of one (truncated?)",
                e.getMessage());
    }

    @Test
    void damagedHeaderFieldsAndAnnotationsAreNamed() throws Exception {
        Path edf = fixture("mne-emg.edf");
        byte[] bytes = Files.readAllBytes(edf);
        byte[] bad = bytes.clone();
        System.arraycopy("abc     ".getBytes(StandardCharsets.US_ASCII), 0, bad, 244, 8);
        Files.write(edf, bad);
        FormatException e = assertThrows(FormatException.class, () -> Fixtures.reader("edf").read(edf, ZoneOffset.UTC));
        assertEquals(edf + ": duration of a data record is 'abc', not a number", e.getMessage());

        bad = bytes.clone();
        int annotations = 1024 + 2 * 400; // after the header: record 1's two signals of 200 16-bit samples
        bad[annotations] = 'x';
        Files.write(edf, bad);
        e = assertThrows(FormatException.class, () -> Fixtures.reader("edf").read(edf, ZoneOffset.UTC));
        assertTrue(e.getMessage().startsWith(edf + ": data record 1: 'x0.2510000' is not an onset"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    private static List<float[]> ganglionEmg(int rows) throws IOException {
        List<float[]> values = new ArrayList<>();
        try (InputStream in = EdfImportTest.class.getResourceAsStream("/openbci/" + Fixtures.GANGLION)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.startsWith("%") && values.size() < rows) {
                    String[] f = line.split(",");
                    values.add(new float[] {Float.parseFloat(f[1].trim()), Float.parseFloat(f[2].trim())});
                }
            }
        }
        return values;
    }

    private static RecordedStream mat(long start) {
        List<ChannelDescriptor> cells = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                cells.add(new ChannelDescriptor(String.format("r%02dc%02d", r, c), "kPa", 100,
                        "mat cell, row " + r + ", column " + c, 0, 200, 0.1));
            }
        }
        DeviceDescriptor d = new DeviceDescriptor("sim-mat", "Myofuse", "Mat", "1", "M-1", cells,
                new GridLayout(4, 4, 10, 12.5));
        float[] data = new float[1234 * 16];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) (i % 2001) / 10.000001f;
        }
        return new RecordedStream("sim-mat-1", d, start, 100, 1234, List.of(), new ArrayFrames(data, 16, 1234));
    }
}
