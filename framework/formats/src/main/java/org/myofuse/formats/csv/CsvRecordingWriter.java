package org.myofuse.formats.csv;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;

import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;
import org.myofuse.api.recording.RecordingWriter;
import org.myofuse.formats.internal.OneFilePerStreamWriter;
import org.myofuse.formats.internal.Progress;
import org.osgi.service.component.annotations.Component;

/**
 * The {@code csv} export: Myofuse CSV, one file per stream (docs/formats/csv.md). The start is
 * written in UTC (ISO 8601 and Unix milliseconds), so the zone is not used. Ranked first of the bundle's writers, so lists of
 * export formats read {@code csv, edf or bdf}.
 */
@Component(service = RecordingWriter.class,
        property = { RecordingWriter.FORMAT_PROPERTY + "=csv", "service.ranking:Integer=30" })
public final class CsvRecordingWriter extends OneFilePerStreamWriter {

    public CsvRecordingWriter() {
        super("csv", "csv");
    }

    @Override
    protected void writeStream(Recording recording, RecordedStream stream, Path path, ZoneId zone, Progress progress)
            throws IOException {
        new CsvStreamWriter().writeTo(recording, stream, path, progress);
    }
}
