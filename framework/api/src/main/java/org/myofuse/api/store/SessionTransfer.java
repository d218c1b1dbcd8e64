package org.myofuse.api.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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
     * {@code <target base>-<device name>.<ext>} beside it, the device's configured name as
     * {@link org.myofuse.api.device.DeviceInfo#configuredName} gives it). Files are written under temporary names and
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
     * nothing is stored. The same as {@link #importFiles} with one file and no date.
     *
     * @param format      {@code openbci}, {@code brainflow}, {@code csv} (Myofuse's own export), {@code edf}
     *                    or {@code bdf}
     * @param patientCode the registered patient the session belongs to, or "" for none
     * @return the new session
     * @throws StoreException unknown patient or format, a file that is not in the format, truncated or
     *                        corrupt, or a database error; one line
     */
    default SessionInfo importFile(Path file, String format, String patientCode, Progress progress)
            throws StoreException {
        return importFiles(List.of(file), format, patientCode, Optional.empty(), progress);
    }

    /**
     * Imports the files of one session as one new COMPLETE session, in one transaction: on any error
     * nothing is stored. Every file's streams are placed on one timeline by their start times (the
     * session starts with the earliest); the files' annotations are merged onto it. Two streams of the
     * same device (the same device id) are joined into one, with a gap between them, when they do not
     * overlap; a stream that overlaps another of the same device is refused.
     *
     * <p>A file that carries only a time of day gets its date from {@code startDate}; without one,
     * the session's date is kept unknown ({@link SessionInfo#startDateKnown()}), which needs every
     * file to be without a date.
     *
     * @param files       at least one file, all in {@code format}
     * @param format      {@code openbci}, {@code brainflow}, {@code csv}, {@code edf} or {@code bdf}
     * @param patientCode the registered patient the session belongs to, or "" for none
     * @param startDate   the day the recording was made, for files that carry only a time of day
     * @return the new session
     * @throws StoreException unknown patient or format, a file that is not in the format, truncated or
     *                        corrupt, overlapping streams of one device, files with and without a date and
     *                        no {@code startDate}, a {@code startDate} that no file needs, or a database
     *                        error; one line naming the file and the problem
     * @since 1.4
     */
    SessionInfo importFiles(List<Path> files, String format, String patientCode, Optional<LocalDate> startDate,
            Progress progress) throws StoreException;
}
