package org.myofuse.formats;

import org.myofuse.api.recording.Annotation;
import org.myofuse.api.recording.Gap;
import org.myofuse.api.recording.RecordedStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.DeviceDescriptor;
import org.myofuse.api.recording.RecordingReader;
import org.myofuse.api.recording.RecordingWriter;
import org.myofuse.formats.csv.CsvRecordingWriter;
import org.myofuse.formats.csv.MyofuseCsvReader;
import org.myofuse.formats.edf.BdfRecordingReader;
import org.myofuse.formats.edf.BdfRecordingWriter;
import org.myofuse.formats.edf.EdfRecordingReader;
import org.myofuse.formats.edf.EdfRecordingWriter;
import org.myofuse.formats.internal.ArrayFrames;
import org.myofuse.formats.openbci.BrainFlowCsvReader;
import org.myofuse.formats.openbci.OpenBciGuiReader;

/** Test data: synthetic streams with gaps and annotations, and the OpenBCI fixtures copied out of the classpath. */
final class Fixtures {

    static final String V6 = "OpenBCI_GUI-v6-blinks-jawClench-alpha.txt";
    static final String GANGLION = "OpenBCI-RAW-S02_S1R0_EMG_ganglion.txt";
    static final String BRAINFLOW = "brainflow-cyton-from-v6.csv";
    static final String V5 = "openbci-gui-v5-from-v6.txt";

    /** The bundle's writers and readers, as the store finds them among the services. */
    static final List<RecordingWriter> WRITERS = List.of(new CsvRecordingWriter(), new EdfRecordingWriter(),
            new BdfRecordingWriter());
    static final List<RecordingReader> READERS = List.of(new OpenBciGuiReader(), new BrainFlowCsvReader(),
            new MyofuseCsvReader(), new EdfRecordingReader(), new BdfRecordingReader());

    private Fixtures() {
    }

    /** The writer of {@code format} ({@code csv}, {@code edf} or {@code bdf}). */
    static RecordingWriter writer(String format) {
        return WRITERS.stream().filter(w -> w.format().equals(format)).findFirst().orElseThrow();
    }

    /** The reader of {@code format} ({@code openbci}, {@code brainflow} or {@code csv}). */
    static RecordingReader reader(String format) {
        return READERS.stream().filter(r -> r.format().equals(format)).findFirst().orElseThrow();
    }

    static Path copy(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = Fixtures.class.getResourceAsStream("/openbci/" + name)) {
            if (in == null) {
                throw new IllegalStateException("fixture " + name + " is not on the test classpath");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /**
     * An EMG-like stream at 500 Hz, 4 channels, 12.5 s of index span: a 20-sample gap inside the
     * second record and a gap from index 2800 to 5100 that swallows whole records 6 to 9 (at 1 s
     * records). Values are deterministic and cover the whole channel range, ends included.
     */
    static RecordedStream emgWithGaps(long startMs) {
        List<ChannelDescriptor> channels = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            channels.add(new ChannelDescriptor("EMG " + c + ", left", "\u00B5V", 500, "site " + c, -2500, 2500, 0.05));
        }
        DeviceDescriptor device = new DeviceDescriptor("sim-emg", "Myofuse", "Simulated EMG", "1.0", "SIM-1", channels,
                null);
        List<Gap> gaps = List.of(new Gap(700, 20, "COUNTER_JUMP"), new Gap(2800, 2300, "RECONNECT"));
        int frames = 6250 - 20 - 2300;
        float[] data = new float[frames * 4];
        for (int f = 0; f < frames; f++) {
            for (int c = 0; c < 4; c++) {
                data[f * 4 + c] = (float) (2500 * Math.sin(f * 0.013 * (c + 1)) + c * 0.37);
            }
        }
        data[0] = -2500;
        data[1] = 2500;
        data[2] = 2500f;
        data[3] = 0f;
        float[] clipped = data.clone();
        for (int i = 0; i < clipped.length; i++) {
            clipped[i] = Math.max(-2500, Math.min(2500, clipped[i]));
        }
        return new RecordedStream("sim-emg-1", device, startMs, 500, frames, gaps, new ArrayFrames(clipped, 4, frames));
    }

    /** Every frame a stream delivers, read through its frame reader (as a writer or the store reads it). */
    static ArrayFrames frames(RecordedStream s) throws IOException {
        int channels = s.channels();
        ArrayFrames.Builder all = new ArrayFrames.Builder(channels);
        float[] buffer = new float[257 * channels];
        float[] frame = new float[channels];
        try (var reader = s.frames().open()) {
            for (int n = reader.read(buffer, 0, 257); n > 0; n = reader.read(buffer, 0, 257)) {
                for (int f = 0; f < n; f++) {
                    System.arraycopy(buffer, f * channels, frame, 0, channels);
                    all.add(frame);
                }
            }
        }
        return all.build();
    }

    static List<Annotation> annotations() {
        return List.of(new Annotation(3.25, 0, "STROKE_START 12.4 N"), new Annotation(4.0, 1.5, "Protocol step: warm-up"),
                new Annotation(0.001, 0, "Note: patient reports \u00FCbelkeit, ok"));
    }
}
