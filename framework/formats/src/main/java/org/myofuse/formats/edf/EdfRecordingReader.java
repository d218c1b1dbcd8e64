package org.myofuse.formats.edf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;

import org.myofuse.api.recording.Recording;
import org.myofuse.api.recording.RecordingReader;
import org.myofuse.api.recording.RecordingWriter;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code edf} import: EDF and EDF+ files, Myofuse's own exports and those of other tools
 * (docs/formats/edf.md, "Import"). Ranked after the text formats. Thread-safe: no state between calls.
 */
@Component(service = RecordingReader.class,
        property = { RecordingWriter.FORMAT_PROPERTY + "=edf", "service.ranking:Integer=5" })
public final class EdfRecordingReader implements RecordingReader {

    @Override
    public String format() {
        return "edf";
    }

    /** {@code zone}: where the header's local start date and time were written. */
    @Override
    public Recording read(Path file, ZoneId zone) throws IOException {
        return new EdfReader(EdfFlavor.EDF).read(file, zone);
    }
}
