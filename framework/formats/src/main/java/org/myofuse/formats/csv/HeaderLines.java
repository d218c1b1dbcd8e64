package org.myofuse.formats.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.myofuse.api.recording.FormatException;

/**
 * The lines of a CSV file's header, decoded as strict UTF-8, with the line number and the byte offset
 * after the last line read, so the rows can be read from there on their own. Lines end with
 * {@code \n} (a {@code \r} before it is dropped). Not thread-safe.
 */
final class HeaderLines {

    /** No header line of a real file comes near this; a file without line ends must not fill the memory. */
    static final int MAX_LINE_BYTES = 1 << 20;

    private final Path file;
    private final InputStream in;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private long offset;
    private long number;

    HeaderLines(Path file, InputStream in) {
        this.file = file;
        this.in = in;
    }

    /** The next line, or null at the end of the file. */
    String next() throws IOException {
        line.reset();
        int b;
        while ((b = in.read()) >= 0) {
            offset++;
            if (b == '\n') {
                break;
            }
            if (line.size() == MAX_LINE_BYTES) {
                throw new FormatException(file, number + 1, "line longer than " + MAX_LINE_BYTES + " bytes: not a "
                        + "Myofuse CSV header");
            }
            line.write(b);
        }
        if (b < 0 && line.size() == 0) {
            return null;
        }
        number++;
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new FormatException(file, number, "not UTF-8 text, so not a Myofuse CSV file");
        }
    }

    /** Number of the last line read (1-based), 0 before the first. */
    long number() {
        return number;
    }

    /** Bytes from the start of the file to the start of the next line. */
    long offset() {
        return offset;
    }
}
