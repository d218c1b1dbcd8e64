package org.myofuse.formats.edf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;

import org.myofuse.api.recording.Recording;
import org.myofuse.api.recording.RecordingReader;
import org.myofuse.api.recording.RecordingWriter;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code bdf} import: BDF and BDF+ files (24-bit), Myofuse's own exports and those of other tools
 * (docs/formats/edf.md, "Import"). Ranked after edf. Thread-safe: no state between calls.
 */
@Component(service = RecordingReader.class,
        property = { RecordingWriter.FORMAT_PROPERTY + "=bdf", "service.ranking:Integer=4" })
public final class BdfRecordingReader implements RecordingReader {

    @Override
    public String format() {
        return "bdf";
    }

    /** {@code zone}: where the header's local start date and time were written. */
    @Override
    public Recording read(Path file, ZoneId zone) throws IOException {
        return new EdfReader(EdfFlavor.BDF).read(file, zone);
    }
}
