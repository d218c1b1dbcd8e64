package org.myofuse.formats.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.myofuse.api.recording.ProgressListener;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;
import org.myofuse.api.recording.RecordingWriter;

/**
 * A {@link RecordingWriter} whose format holds one stream per file: decides the file names and makes
 * the set atomic, leaving the content of each file to {@link #writeStream}. With one stream the file
 * is {@code target} itself; with several, {@code target} names the set and each stream goes to
 * {@code <target without extension>-<deviceId>.<extension>}. Every file is written under a temporary
 * name and all are moved into place only once all are complete, so an error leaves nothing behind.
 *
 * <p>Thread-safe as long as {@link #writeStream} keeps no state between calls.
 */
public abstract class OneFilePerStreamWriter implements RecordingWriter {

    private final String format;
    private final String extension;

    protected OneFilePerStreamWriter(String format, String extension) {
        this.format = Objects.requireNonNull(format, "format");
        this.extension = Objects.requireNonNull(extension, "extension");
    }

    @Override
    public final String format() {
        return format;
    }

    @Override
    public final String extension() {
        return extension;
    }

    @Override
    public final List<Path> write(Recording recording, Path target, ZoneId zone, ProgressListener listener)
            throws IOException {
        List<Path> paths = targets(recording, target);
        long total = recording.streams().stream().mapToLong(RecordedStream::frameCount).sum();
        Progress progress = new Progress(listener, total);
        List<AtomicFile> files = new ArrayList<>();
        try {
            for (int i = 0; i < paths.size(); i++) {
                AtomicFile file = AtomicFile.create(paths.get(i));
                files.add(file);
                try {
                    writeStream(recording, recording.streams().get(i), file.temp(), zone, progress);
                } catch (IOException e) {
                    throw file.naming(e);
                }
            }
            for (AtomicFile file : files) {
                file.commit();
            }
            return paths;
        } finally {
            files.forEach(AtomicFile::close);
        }
    }

    /** The paths {@link #write} writes to, in stream order. */
    public final List<Path> targets(Recording recording, Path target) {
        List<RecordedStream> streams = recording.streams();
        if (streams.size() == 1) {
            return List.of(target);
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        List<Path> paths = new ArrayList<>();
        for (RecordedStream s : streams) {
            paths.add(target.resolveSibling(base + "-" + fileSafe(s.deviceId()) + "." + extension));
        }
        return paths;
    }

    /**
     * Writes one stream of {@code recording} to {@code path} (a temporary file the caller moves into
     * place), telling {@code progress} of every frame written.
     *
     * @throws IOException one line naming what could not be read or written
     */
    protected abstract void writeStream(Recording recording, RecordedStream stream, Path path, ZoneId zone,
            Progress progress) throws IOException;

    private static String fileSafe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
