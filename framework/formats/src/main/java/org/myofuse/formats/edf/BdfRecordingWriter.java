package org.myofuse.formats.edf;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;

import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;
import org.myofuse.api.recording.RecordingWriter;
import org.myofuse.formats.internal.OneFilePerStreamWriter;
import org.myofuse.formats.internal.Progress;
import org.osgi.service.component.annotations.Component;

/** The {@code bdf} export: BDF+, 24-bit samples, one file per stream (docs/formats/edf.md). Ranked after edf. */
@Component(service = RecordingWriter.class,
        property = { RecordingWriter.FORMAT_PROPERTY + "=bdf", "service.ranking:Integer=10" })
public final class BdfRecordingWriter extends OneFilePerStreamWriter {

    public BdfRecordingWriter() {
        super("bdf", EdfFlavor.BDF.extension());
    }

    @Override
    protected void writeStream(Recording recording, RecordedStream stream, Path path, ZoneId zone, Progress progress)
            throws IOException {
        new EdfWriter(EdfFlavor.BDF, zone).writeTo(recording, stream, path, progress);
    }
}
