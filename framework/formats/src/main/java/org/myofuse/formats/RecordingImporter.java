package org.myofuse.formats;

import org.myofuse.api.recording.FormatException;
import org.myofuse.api.recording.Recording;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import org.myofuse.formats.csv.MyofuseCsvReader;
import org.myofuse.formats.openbci.BrainFlowCsvReader;
import org.myofuse.formats.openbci.OpenBciGuiReader;

/**
 * Reads a recording made elsewhere. Imports are held in memory (an hour of an 8-channel board at
 * 250 Hz is about 30 MB). Errors are {@link FormatException}s naming the file, line and reason.
 */
public final class RecordingImporter {

    private final ZoneId zone;

    /** {@code zone}: where clock times in files without a Unix time were written. */
    public RecordingImporter(ZoneId zone) {
        this.zone = zone;
    }

    public Recording read(Path file, ImportFormat format) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("cannot read " + file + ": no such file");
        }
        if (!Files.isReadable(file)) {
            throw new IOException("cannot read " + file + ": permission denied");
        }
        return switch (format) {
            case OPENBCI -> new OpenBciGuiReader(zone).read(file);
            case BRAINFLOW -> new BrainFlowCsvReader().read(file);
            case CSV -> new MyofuseCsvReader().read(file);
        };
    }
}
