package org.myofuse.formats.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

import org.myofuse.api.recording.FormatException;
import org.myofuse.api.recording.FrameReader;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;
import org.myofuse.api.recording.RecordingReader;

/**
 * What every reader's fuzz test checks for any bytes in a file: the reader gives a recording whose
 * streams deliver exactly the frames they declare, or it refuses with a {@link FormatException} (or a
 * plain {@code IOException}) whose message is one line naming the file, never anything else (an
 * exception that escapes is a crash Jazzer reports with its input).
 */
final class ReaderFuzzing {

    private static final Path DIR = directory();

    private ReaderFuzzing() {
    }

    private static Path directory() {
        try {
            Path dir = Files.createTempDirectory("myofuse-reader-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void readsOrRefusesInOneLine(RecordingReader reader, byte[] input, String extension) throws IOException {
        Path file = DIR.resolve("input." + extension);
        Files.write(file, input);
        try {
            Recording recording = reader.read(file, ZoneOffset.UTC);
            for (RecordedStream s : recording.streams()) {
                assertEquals(s.frameCount(), pullEveryFrame(s), s.deviceId() + " delivers the frames it declares");
            }
        } catch (FormatException e) {
            assertOneLineNaming(file, e);
        } catch (IOException e) {
            assertOneLineNaming(file, e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long pullEveryFrame(RecordedStream s) throws IOException {
        int channels = s.channels();
        float[] buffer = new float[97 * channels];
        long frames = 0;
        try (FrameReader reader = s.frames().open()) {
            for (int n = reader.read(buffer, 0, 97); n > 0; n = reader.read(buffer, 0, 97)) {
                frames += n;
            }
        }
        return frames;
    }

    private static void assertOneLineNaming(Path file, IOException e) {
        String message = String.valueOf(e.getMessage());
        assertFalse(message.contains("\n") || message.contains("\r"), "one line: " + message);
        assertTrue(message.contains(file.toString()), "names the file: " + message);
    }
}
