/**
 * EDF+ and BDF+ export: the {@code edf} and {@code bdf} {@link org.myofuse.api.recording.RecordingWriter}
 * services ({@link org.myofuse.formats.edf.EdfRecordingWriter}, {@link org.myofuse.formats.edf.BdfRecordingWriter}),
 * both writing through {@link org.myofuse.formats.edf.EdfWriter} with an {@link org.myofuse.formats.edf.EdfFlavor}.
 * The file layout decisions are documented in docs/formats/edf.md. Private to the bundle.
 */
package org.myofuse.formats.edf;
