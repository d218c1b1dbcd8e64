package org.myofuse.store.transfer;

import java.nio.file.Path;
import java.util.Objects;

import org.myofuse.api.recording.Recording;

/**
 * One file of an import and what its reader made of it.
 *
 * @param file      the file, as the user named it (for messages)
 * @param recording its recording
 */
public record ImportedFile(Path file, Recording recording) {

    public ImportedFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(recording, "recording");
    }
}
