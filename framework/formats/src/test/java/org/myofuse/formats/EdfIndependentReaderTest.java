package org.myofuse.formats;

import org.myofuse.api.recording.Annotation;
import org.myofuse.api.recording.Gap;
import org.myofuse.api.recording.ProgressListener;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.formats.edf.EdfWriter;
import org.myofuse.formats.internal.ArrayFrames;

/**
 * Writes EDF+ and BDF+ files and reads them back with MNE-Python, an independent reader from
 * Debian's packages: labels, rates, every sample within half a digital step, every annotation
 * exactly. Fails (never skips) when the reader is missing: CI installs python3-mne.
 */
class EdfIndependentReaderTest {

    private static final long STREAM_START = 1_714_557_600_123L; // 2024-05-01T10:00:00.123Z
    private static final long SESSION_START = STREAM_START - 2_500;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"edf", "bdf"})
    void aStreamWithGapsReadsBackAsEdfPlusDWithEveryValueAndAnnotation(String format) throws Exception {
        RecordedStream stream = Fixtures.emgWithGaps(STREAM_START);
        Recording recording = new Recording("S-0042", "MF-0007", SESSION_START, List.of(stream), Fixtures.annotations());
        Path file = dir.resolve("session." + format);

        Fixtures.writer(format).write(recording, file, ZoneOffset.UTC, ProgressListener.NONE);
        IndependentEdfReader.Read read = IndependentEdfReader.read(file, dir);

        assertEquals(format.toUpperCase(Locale.ROOT) + "+D", read.reserved());
        assertEquals(STREAM_START / 1000, read.measDateEpochSeconds());
        // 13 one-second records of 500 samples span the 6250 indices; records 6 to 9 lie inside the long gap
        assertEquals(9, read.records());
        assertEquals(4, read.channels().size());
        int c = 0;
        for (IndependentEdfReader.Channel ch : read.channels().values()) {
            ChannelDescriptor expected = stream.device().channels().get(c);
            assertEquals(expected.name(), ch.label());
            assertTrue(ch.unit().equals("uV") || ch.unit().equals("\u00B5V"), "unit " + ch.unit());
            assertEquals(500.0, ch.rate());
            assertEquals(9 * 500, ch.samples());
            double digitalMin = format.equals("edf") ? -32768 : -8388608;
            assertEquals(format.equals("edf") ? 32767 : 8388607, ch.digitalMax());
            assertTrue(ch.physical(digitalMin) <= expected.min() + ch.halfStep() && ch.physicalMax() >= expected.max(),
                    ch.label() + ": physical range does not hold the channel range");
            assertDeliveredSamples(stream, c, ch, 500, new int[] {6, 7, 8, 9});
            c++;
        }
        // MNE 1.3 shows EDF+D data as one contiguous run (9 s here) and drops or crops annotations outside it
        assertAnnotations(asMneShows(expectedAnnotations(recording, stream), 9.0), read.annotations());
    }

    /** Compares every delivered sample; the reader concatenates the written records. */
    static void assertDeliveredSamples(RecordedStream stream, int channel, IndependentEdfReader.Channel read,
            int samplesPerRecord, int[] leftOutRecords) throws Exception {
        ArrayFrames frames = (ArrayFrames) stream.frames();
        double tolerance = read.halfStep() * (1 + 1e-6);
        long index = 0;
        int gap = 0;
        for (int f = 0; f < frames.frames(); f++) {
            while (gap < stream.gaps().size() && stream.gaps().get(gap).firstIndex() == index) {
                index = stream.gaps().get(gap++).endIndex();
            }
            long record = index / samplesPerRecord;
            long leftOutBefore = java.util.Arrays.stream(leftOutRecords).filter(r -> r < record).count();
            int position = (int) (index - leftOutBefore * samplesPerRecord);
            double expected = frames.sample(f, channel);
            double actual = read.values()[position];
            if (Math.abs(expected - actual) > tolerance) {
                throw new AssertionError(read.label() + " frame " + f + " (index " + index + "): expected " + expected
                        + " within " + tolerance + ", read " + actual);
            }
            index++;
        }
    }

    /** What the file must hold, with onsets relative to the first data record as MNE reports them. */
    static List<Annotation> expectedAnnotations(Recording recording, RecordedStream stream) {
        double offset = (recording.startEpochMillis() - stream.startEpochMillis()) / 1000.0;
        List<Annotation> all = new ArrayList<>();
        for (Annotation a : recording.annotations()) {
            all.add(new Annotation(a.onsetSeconds() + offset, a.durationSeconds(), a.text()));
        }
        for (Gap g : stream.gaps()) {
            all.add(new Annotation(g.firstIndex() / stream.sampleRateHz(), g.count() / stream.sampleRateHz(),
                    EdfWriter.gapText(g)));
        }
        return all;
    }

    /** MNE keeps annotations starting within the data and crops their duration at its end. */
    static List<Annotation> asMneShows(List<Annotation> annotations, double dataSeconds) {
        return annotations.stream().filter(a -> a.onsetSeconds() >= 0 && a.onsetSeconds() < dataSeconds)
                .map(a -> new Annotation(a.onsetSeconds(), Math.min(a.durationSeconds(), dataSeconds - a.onsetSeconds()),
                        a.text()))
                .toList();
    }

    static void assertAnnotations(List<Annotation> expected, List<Annotation> actual) {
        Comparator<Annotation> order = Comparator.comparingDouble(Annotation::onsetSeconds).thenComparing(Annotation::text);
        List<Annotation> e = expected.stream().sorted(order).toList();
        List<Annotation> a = actual.stream().sorted(order).toList();
        assertEquals(e.size(), a.size(), () -> "annotations: expected " + e + ", read " + a);
        for (int i = 0; i < e.size(); i++) {
            assertEquals(e.get(i).text(), a.get(i).text());
            assertEquals(e.get(i).onsetSeconds(), a.get(i).onsetSeconds(), 1e-6, e.get(i).text());
            assertEquals(e.get(i).durationSeconds(), a.get(i).durationSeconds(), 1e-6, e.get(i).text());
        }
    }
}
