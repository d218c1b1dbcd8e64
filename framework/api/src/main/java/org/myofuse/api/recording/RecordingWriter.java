package org.myofuse.api.recording;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes recordings in one file format. Registered as an OSGi service (whiteboard) with the service
 * property {@link #FORMAT_PROPERTY} set to {@link #format()}; the store's session export uses the
 * writer whose name the user gave ({@code myofuse export --format NAME}). The formats bundle provides
 * {@code csv}, {@code edf} and {@code bdf}; a bundle may add another.
 *
 * <p>Thread-safe: writers keep no state between calls. {@link #write} runs on the caller's thread and
 * may take long (an hour of a 1024-cell mat is gigabytes).
 */
@ConsumerType
public interface RecordingWriter {

    /** Service property: the format name (a String, lower case, e.g. {@code edf}). */
    String FORMAT_PROPERTY = "myofuse.format";

    /** The format's name as typed after {@code --format}, lower case. Constant for the life of the service. */
    String format();

    /** The file name extension without the dot, e.g. {@code edf}. */
    String extension();

    /**
     * Writes one file per stream. With one stream the file is {@code target} itself; with several,
     * {@code target} names the set and each stream goes to
     * {@code <target without extension>-<device name>.<extension>} beside it. Every file is written
     * under a temporary name and all are moved into place only once all are complete.
     *
     * @param zone     where local dates and times in the files are expressed (EDF headers)
     * @param progress told how many frames of the total have been written
     * @return the files written, in stream order
     * @throws IOException a target that cannot be written, or a stream that cannot be read; one line
     *                     naming the file; no file is left behind
     */
    List<Path> write(Recording recording, Path target, ZoneId zone, ProgressListener progress) throws IOException;
}
