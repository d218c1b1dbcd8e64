package org.myofuse.api.store;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Moves sessions between the store and the file formats researchers use. Thread-safe; both methods
 * do long I/O on the calling thread. Format names are those of the CLI's {@code --format}.
 */
@ProviderType
public interface SessionTransfer {

    /** Told how far a transfer has come: {@code done} of {@code total} frames, summed over the streams. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (done, total) -> { };

        void progress(long done, long total);
    }

    /**
     * Exports a stored session: one file per stream ({@code target} itself for one stream, else
     * {@code <target base>-<deviceId>.<ext>} beside it). Files are written under temporary names and
     * moved into place only when all are complete.
     *
     * @param format {@code csv}, {@code edf} or {@code bdf}
     * @return the files written
     * @throws StoreException unknown session or format, unreadable stored data, unwritable target; one line,
     *                        and no file is left behind
     */
    List<Path> exportSession(String sessionId, String format, Path target, Progress progress) throws StoreException;

    /**
     * Imports a recording made elsewhere as a new COMPLETE session, in one transaction: on any error
     * nothing is stored.
     *
     * @param format      {@code openbci}, {@code brainflow} or {@code csv} (Myofuse's own export)
     * @param patientCode the registered patient the session belongs to, or "" for none
     * @return the new session
     * @throws StoreException unknown patient or format, a file that is not in the format, truncated or
     *                        corrupt, or a database error; one line
     */
    SessionInfo importFile(Path file, String format, String patientCode, Progress progress) throws StoreException;
}
