package org.myofuse.api.recording;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads recordings made elsewhere in one file format. Registered as an OSGi service (whiteboard) with
 * the service property {@link RecordingWriter#FORMAT_PROPERTY} set to {@link #format()}; the store's
 * session import uses the reader whose name the user gave ({@code myofuse import --format NAME}). The
 * formats bundle provides {@code openbci} (OpenBCI GUI), {@code brainflow}, {@code csv} (Myofuse's
 * own export), {@code edf} and {@code bdf} (EDF+/BDF+ of Myofuse and of other tools); a bundle may add
 * another.
 *
 * <p>A reader may check the whole file in {@link #read}, or read the header there and the frames
 * while they are pulled: then {@link FrameReader#read} throws a {@link FormatException} naming the
 * file, line or record and the problem where the data turn out bad, and the caller (which stores in
 * one transaction) stores nothing. Either way, bad input never ends in anything but a
 * {@code FormatException} or a one-line {@code IOException}.
 *
 * <p>Thread-safe: readers keep no state between calls; {@link #read} runs on the caller's thread.
 */
@ConsumerType
public interface RecordingReader {

    /** The format's name as typed after {@code --format}, lower case. Constant for the life of the service. */
    String format();

    /**
     * Reads one file.
     *
     * @param zone where clock times were written, for files that carry no Unix time. A file that carries
     *             a time of day but no date gives a recording with {@link Recording#startDateKnown()}
     *             false, its times put on {@link Recording#UNKNOWN_DATE} in this zone
     * @throws FormatException the file is not in the format, truncated or corrupt: one line naming the
     *                         file, the line (where there is one) and the problem
     * @throws IOException     the file cannot be read; one line naming it
     */
    Recording read(Path file, ZoneId zone) throws IOException;
}
