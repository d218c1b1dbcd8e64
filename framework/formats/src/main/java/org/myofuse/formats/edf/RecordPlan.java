package org.myofuse.formats.edf;

import java.math.BigDecimal;
import java.util.List;

import org.myofuse.api.recording.Gap;
import org.myofuse.api.recording.RecordedStream;

/**
 * How a stream is cut into data records: a fixed grid of records of {@code samplesPerRecord} sample
 * indices, starting at index 0. A record that only covers missing samples is left out (that is what
 * makes the file EDF+D); missing samples inside a written record hold the last delivered value.
 */
final class RecordPlan {

    /** EDF's recommended upper bound for one data record. */
    static final int MAX_RECORD_BYTES = 61440;
    private static final double[] DURATIONS = {1, 0.5, 0.25, 0.2, 0.1, 0.05, 0.04, 0.025, 0.02, 0.01, 2, 4, 5, 8, 10,
        20, 25, 50, 100};

    final int samplesPerRecord;
    /** Record duration exactly, in seconds. */
    final double durationSeconds;
    /** Record duration as written in the header (at most 8 characters). */
    final String durationField;
    final long span;
    final int records;
    final boolean[] written;
    final int writtenRecords;

    private RecordPlan(int samplesPerRecord, double durationSeconds, String durationField, RecordedStream stream) {
        this.samplesPerRecord = samplesPerRecord;
        this.durationSeconds = durationSeconds;
        this.durationField = durationField;
        this.span = stream.spanFrames();
        long count = (span + samplesPerRecord - 1) / samplesPerRecord;
        if (count > 99_999_999L) {
            throw new IllegalArgumentException("stream " + stream.deviceId() + " needs " + count
                    + " data records, more than EDF's 8-digit count");
        }
        this.records = (int) count;
        this.written = new boolean[records];
        java.util.Arrays.fill(written, true);
        for (Gap g : stream.gaps()) {
            leaveOutRecordsInside(g);
        }
        int n = 0;
        for (boolean w : written) {
            n += w ? 1 : 0;
        }
        this.writtenRecords = n;
    }

    /**
     * Picks the longest of 1 s, then shorter, then longer durations that holds a whole number of
     * samples and keeps a record within {@link #MAX_RECORD_BYTES}; failing that, any whole number;
     * failing that (an irrational-looking rate), {@code round(rate)} samples per record.
     */
    static RecordPlan of(RecordedStream stream, int bytesPerSample) {
        double rate = stream.sampleRateHz();
        long bytesPerSecondOfData = Math.round(rate * stream.channels() * bytesPerSample);
        for (boolean sizeMatters : new boolean[] {true, false}) {
            for (double d : DURATIONS) {
                double spr = rate * d;
                long whole = Math.round(spr);
                boolean integral = whole >= 1 && Math.abs(spr - whole) <= 1e-9 * spr;
                if (integral && whole <= Integer.MAX_VALUE
                        && (!sizeMatters || bytesPerSecondOfData * d <= MAX_RECORD_BYTES)) {
                    return new RecordPlan((int) whole, d, BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(),
                            stream);
                }
            }
        }
        int spr = (int) Math.max(1, Math.round(rate));
        double d = spr / rate;
        return new RecordPlan(spr, d, EdfNumbers.fit(d, false), stream);
    }

    private void leaveOutRecordsInside(Gap g) {
        for (long k = (g.firstIndex() + samplesPerRecord - 1) / samplesPerRecord; k < records; k++) {
            long start = k * samplesPerRecord;
            long end = Math.min(start + samplesPerRecord, span);
            if (start >= g.endIndex() || end > g.endIndex()) {
                return;
            }
            written[(int) k] = false;
        }
    }

    boolean discontinuous(List<Gap> gaps) {
        return !gaps.isEmpty();
    }

    /** The written record that should carry an annotation at {@code recordTime} seconds after record 0's start. */
    int recordFor(double recordTime) {
        int k = (int) Math.max(0, Math.min(records - 1, Math.floor(recordTime / durationSeconds)));
        for (int i = k; i < records; i++) {
            if (written[i]) {
                return i;
            }
        }
        for (int i = k - 1; i >= 0; i--) {
            if (written[i]) {
                return i;
            }
        }
        throw new IllegalStateException("no data record is written");
    }
}
