/**
 * Myofuse CSV, one file per stream: the {@code csv} export ({@link org.myofuse.formats.csv.CsvRecordingWriter})
 * and import ({@link org.myofuse.formats.csv.MyofuseCsvReader}), registered as
 * {@link org.myofuse.api.recording.RecordingWriter} and {@link org.myofuse.api.recording.RecordingReader}
 * services. The format is documented in docs/formats/csv.md. Private to the bundle.
 */
package org.myofuse.formats.csv;
