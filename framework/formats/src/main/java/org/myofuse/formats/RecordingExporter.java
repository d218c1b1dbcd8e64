package org.myofuse.formats;

import org.myofuse.api.recording.ProgressListener;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.myofuse.formats.csv.CsvStreamWriter;
import org.myofuse.formats.edf.EdfFlavor;
import org.myofuse.formats.edf.EdfWriter;
import org.myofuse.formats.internal.AtomicFile;
import org.myofuse.formats.internal.Progress;

/**
 * Exports a recording: one file per stream in every format. With one stream the file is
 * {@code target} itself; with several, {@code target} names the set and each stream goes to
 * {@code <target without extension>-<deviceId>.<ext>}. Every file is written under a temporary
 * name and all are moved into place only once all are complete, so an error leaves nothing behind.
 */
public final class RecordingExporter {

    private final ZoneId zone;

    /** {@code zone} is where EDF headers express the local start date and time. */
    public RecordingExporter(ZoneId zone) {
        this.zone = zone;
    }

    /** Writes the files and returns their paths, in stream order. */
    public List<Path> export(Recording recording, ExportFormat format, Path target, ProgressListener listener)
            throws IOException {
        List<Path> paths = targets(recording, format, target);
        long total = recording.streams().stream().mapToLong(RecordedStream::frameCount).sum();
        Progress progress = new Progress(listener, total);
        List<AtomicFile> files = new ArrayList<>();
        try {
            for (int i = 0; i < paths.size(); i++) {
                AtomicFile file = AtomicFile.create(paths.get(i));
                files.add(file);
                try {
                    write(recording, recording.streams().get(i), format, file.temp(), progress);
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

    /** The paths {@link #export} writes to. */
    public static List<Path> targets(Recording recording, ExportFormat format, Path target) {
        List<RecordedStream> streams = recording.streams();
        if (streams.size() == 1) {
            return List.of(target);
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        List<Path> paths = new ArrayList<>();
        for (RecordedStream s : streams) {
            paths.add(target.resolveSibling(base + "-" + fileSafe(s.deviceId()) + "." + format.extension()));
        }
        return paths;
    }

    private void write(Recording recording, RecordedStream stream, ExportFormat format, Path temp, Progress progress)
            throws IOException {
        switch (format) {
            case CSV -> new CsvStreamWriter().writeTo(recording, stream, temp, progress);
            case EDF -> new EdfWriter(EdfFlavor.EDF, zone).writeTo(recording, stream, temp, progress);
            case BDF -> new EdfWriter(EdfFlavor.BDF, zone).writeTo(recording, stream, temp, progress);
        }
    }

    private static String fileSafe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
