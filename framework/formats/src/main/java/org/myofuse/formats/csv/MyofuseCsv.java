package org.myofuse.formats.csv;

/**
 * Names shared by {@link CsvStreamWriter} and {@link MyofuseCsvReader}; the format itself is
 * described in {@code docs/formats/csv.md}.
 */
final class MyofuseCsv {

    static final String MAGIC = "# Myofuse CSV 1";
    static final String PREFIX = "# ";
    static final String SESSION = "session";
    static final String PATIENT = "patient";
    static final String DEVICE_ID = "device_id";
    static final String DEVICE = "device";
    static final String GRID = "grid";
    static final String START = "start";
    static final String START_EPOCH_MS = "start_epoch_ms";
    static final String SAMPLE_RATE = "sample_rate_hz";
    static final String FRAMES = "frames";
    static final String CHANNEL = "channel";
    static final String GAP = "gap";
    static final String ANNOTATION = "annotation";
    static final String INDEX_COLUMN = "sample_index";
    static final String TIME_COLUMN = "time_s";

    private MyofuseCsv() {
    }
}
