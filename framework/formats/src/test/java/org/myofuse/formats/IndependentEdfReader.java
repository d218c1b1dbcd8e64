package org.myofuse.formats;

import org.myofuse.api.recording.Annotation;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs MNE-Python (Debian package {@code python3-mne}) on an EDF+/BDF+ file through
 * {@code src/test/resources/edf_dump.py} and parses what it prints. Uses Debian's interpreter
 * {@code /usr/bin/python3} unless {@code -Dmyofuse.python=...} says otherwise.
 */
final class IndependentEdfReader {

    static final String INSTALL_HINT = "install the independent EDF reader: apt-get install -y --no-install-recommends python3-mne";

    /** A signal as MNE scales it: physical = offset + digital * cal. */
    record Channel(String label, double rate, String unit, double cal, double offset, double physicalMax,
            double digitalMax, int samples, double[] values) {

        /** Half a digital step: the most a value may move through quantisation. */
        double halfStep() {
            return 0.5 * cal;
        }

        /** The physical value of a digital value. */
        double physical(double digital) {
            return offset + digital * cal;
        }
    }

    record Read(String reserved, int records, long measDateEpochSeconds, Map<String, Channel> channels,
            List<Annotation> annotations) {
    }

    private IndependentEdfReader() {
    }

    static Read read(Path file, Path workDir) throws IOException, InterruptedException {
        Path script = workDir.resolve("edf_dump.py");
        try (InputStream in = IndependentEdfReader.class.getResourceAsStream("/edf_dump.py")) {
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
        }
        String python = System.getProperty("myofuse.python", "/usr/bin/python3");
        if (!Files.isExecutable(Path.of(python))) {
            fail("no Python interpreter at " + python + "; " + INSTALL_HINT);
        }
        Path out = workDir.resolve(file.getFileName() + ".dump");
        Path err = workDir.resolve(file.getFileName() + ".err");
        Process p = new ProcessBuilder(python, script.toString(), file.toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("independent EDF reader did not finish within 120 s");
        }
        String stderr = Files.readString(err);
        if (p.exitValue() != 0) {
            if (stderr.contains("No module named 'mne'")) {
                fail("MNE-Python is not installed; " + INSTALL_HINT);
            }
            fail("independent EDF reader failed on " + file + ": " + stderr);
        }
        return parse(Files.readAllLines(out, StandardCharsets.UTF_8));
    }

    private static Read parse(List<String> lines) {
        String reserved = null;
        int records = -1;
        long meas = Long.MIN_VALUE;
        Map<String, Channel> channels = new LinkedHashMap<>();
        Map<String, String[]> headers = new LinkedHashMap<>();
        List<Annotation> annotations = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "header" -> {
                    reserved = f[1];
                    records = Integer.parseInt(f[2]);
                    meas = f[3].equals("none") ? Long.MIN_VALUE : Long.parseLong(f[3]);
                }
                case "channel" -> headers.put(f[1], f);
                case "data" -> {
                    String[] h = headers.get(f[1]);
                    double[] values = new double[f.length - 2];
                    for (int i = 2; i < f.length; i++) {
                        values[i - 2] = Double.parseDouble(f[i]);
                    }
                    channels.put(f[1], new Channel(f[1], Double.parseDouble(h[2]), h[3], Double.parseDouble(h[4]),
                            Double.parseDouble(h[5]), Double.parseDouble(h[6]), Double.parseDouble(h[7]),
                            Integer.parseInt(h[8]), values));
                }
                case "annotation" -> annotations.add(new Annotation(Double.parseDouble(f[1]), Double.parseDouble(f[2]), f[3]));
                default -> throw new IllegalStateException("unexpected reader output: " + line);
            }
        }
        return new Read(reserved, records, meas, channels, annotations);
    }
}
