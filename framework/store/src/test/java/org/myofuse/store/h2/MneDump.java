package org.myofuse.store.h2;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads an EDF+/BDF+ file with MNE-Python (Debian package {@code python3-mne}), an EDF reader
 * independent of ours, through the formats module's test script {@code edf_dump.py}.
 */
final class MneDump {

    static final Path SCRIPT = Path.of("../formats/src/test/resources/edf_dump.py");

    /** A signal as MNE read it: physical = offset + digital * cal. */
    record Channel(String label, double cal, double[] values) {
    }

    /** An EDF+ annotation as MNE read it, onset in seconds from the first data record. */
    record Note(double onset, double duration, String text) {
    }

    private MneDump() {
    }

    static List<Channel> read(Path file, Path workDir) throws IOException, InterruptedException {
        List<Channel> channels = new ArrayList<>();
        double cal = Double.NaN;
        for (String[] f : lines(file, workDir)) {
            if (f[0].equals("channel")) {
                cal = Double.parseDouble(f[4]);
            } else if (f[0].equals("data")) {
                double[] values = new double[f.length - 2];
                for (int i = 0; i < values.length; i++) {
                    values[i] = Double.parseDouble(f[i + 2]);
                }
                channels.add(new Channel(f[1], cal, values));
            }
        }
        return channels;
    }

    static List<Note> annotations(Path file, Path workDir) throws IOException, InterruptedException {
        List<Note> notes = new ArrayList<>();
        for (String[] f : lines(file, workDir)) {
            if (f[0].equals("annotation")) {
                notes.add(new Note(Double.parseDouble(f[1]), Double.parseDouble(f[2]), f[3]));
            }
        }
        return notes;
    }

    private static List<String[]> lines(Path file, Path workDir) throws IOException, InterruptedException {
        String python = System.getProperty("myofuse.python", "/usr/bin/python3");
        if (!Files.isExecutable(Path.of(python))) {
            fail("no Python interpreter at " + python + "; apt-get install -y --no-install-recommends python3-mne");
        }
        Path out = workDir.resolve(file.getFileName() + ".dump");
        Path err = workDir.resolve(file.getFileName() + ".err");
        Process p = new ProcessBuilder(python, SCRIPT.toString(), file.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("MNE did not read " + file + " within 120 s");
        }
        if (p.exitValue() != 0) {
            fail("MNE could not read " + file + ": " + Files.readString(err));
        }
        List<String[]> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            lines.add(line.split("\t", -1));
        }
        return lines;
    }
}
