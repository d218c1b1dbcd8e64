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

/** The {@code edf} export: EDF+, 16-bit samples, one file per stream (docs/formats/edf.md). Ranked after csv. */
@Component(service = RecordingWriter.class,
        property = { RecordingWriter.FORMAT_PROPERTY + "=edf", "service.ranking:Integer=20" })
public final class EdfRecordingWriter extends OneFilePerStreamWriter {

    public EdfRecordingWriter() {
        super("edf", EdfFlavor.EDF.extension());
    }

    @Override
    protected void writeStream(Recording recording, RecordedStream stream, Path path, ZoneId zone, Progress progress)
            throws IOException {
        new EdfWriter(EdfFlavor.EDF, zone).writeTo(recording, stream, path, progress);
    }
}
