package org.myofuse.formats;

import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.device.GridLayout;
import org.myofuse.formats.internal.ArrayFrames;

/** Myofuse CSV keeps a stream whole: device, channels, grid, gaps, annotations and every float bit. */
class CsvRoundTripTest {

    @TempDir
    Path dir;

    @Test
    void aMultiStreamRecordingWritesOneDocumentedFilePerStreamAndReadsBackExactly() throws Exception {
        RecordedStream emg = Fixtures.emgWithGaps(1_714_557_600_123L);
        RecordedStream mat = mat(1_714_557_600_500L);
        Recording recording = new Recording("S-9", "MF-1", 1_714_557_600_000L, List.of(emg, mat), Fixtures.annotations());
        List<long[]> progress = new ArrayList<>();

        List<Path> files = Fixtures.writer("csv").write(recording, dir.resolve("session.csv"), ZoneOffset.UTC,
                (done, total) -> progress.add(new long[] {done, total}));

        assertEquals(List.of(dir.resolve("session-sim-emg-1.csv"), dir.resolve("session-mat_1.csv")), files);
        long total = emg.frameCount() + mat.frameCount();
        assertEquals(total, progress.get(progress.size() - 1)[0]);
        List<String> lines = Files.readAllLines(files.get(0));
        assertEquals("# Myofuse CSV 1", lines.get(0));
        assertTrue(lines.contains("# channel,\"EMG 0, left\",\u00B5V,500.0,-2500.0,2500.0,0.05,site 0"), lines.toString());
        assertTrue(lines.contains("# gap,700,20,COUNTER_JUMP"));
        assertTrue(lines.contains("# annotation,-0.122,0,\"Note: patient reports \u00FCbelkeit, ok\""), lines.toString());
        assertTrue(lines.contains("sample_index,time_s,\"EMG 0, left\",\"EMG 1, left\",\"EMG 2, left\",\"EMG 3, left\""));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("720,1.440000,")), "the row after the gap has index 720");

        for (int i = 0; i < 2; i++) {
            RecordedStream original = recording.streams().get(i);
            Recording back = Fixtures.reader("csv").read(files.get(i), ZoneOffset.UTC);
            RecordedStream read = back.streams().get(0);
            assertEquals(original.device(), read.device());
            assertEquals(original.gaps(), read.gaps());
            assertEquals(original.startEpochMillis(), back.startEpochMillis());
            assertEquals(recording.annotations().size(), back.annotations().size());
            ArrayFrames a = Fixtures.frames(original);
            ArrayFrames b = Fixtures.frames(read);
            for (int f = 0; f < a.frames(); f++) {
                for (int c = 0; c < original.channels(); c++) {
                    assertEquals(Float.floatToIntBits(a.sample(f, c)), Float.floatToIntBits(b.sample(f, c)));
                }
            }
        }
    }

    private static RecordedStream mat(long start) {
        List<ChannelDescriptor> cells = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                cells.add(new ChannelDescriptor(String.format("r%02dc%02d", r, c), "kPa", 100, "", 0, 200, 0.1));
            }
        }
        DeviceDescriptor d = new DeviceDescriptor("sim-mat", "Myofuse", "Mat", "1", "M-1", cells,
                new GridLayout(4, 4, 10, 10));
        float[] data = new float[300 * 16];
        for (int i = 0; i < data.length; i++) {
            data[i] = (float) (i % 2001) / 10.000001f + 1e-7f * (i % 3);
        }
        return new RecordedStream("mat/1", d, start, 100, 300, List.of(), new ArrayFrames(data, 16, 300));
    }
}
