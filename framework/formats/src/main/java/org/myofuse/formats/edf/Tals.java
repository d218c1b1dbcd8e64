package org.myofuse.formats.edf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.myofuse.api.recording.Annotation;
import org.myofuse.formats.internal.TimeFormat;

/**
 * The annotation signal's content: every written data record starts with its time-keeping TAL
 * ({@code +onset\x14\x14\x00}); each annotation is put in the record whose time span holds its onset
 * (or the nearest written record). The signal is as wide as the fullest record needs.
 */
final class Tals {

    private final RecordPlan plan;
    private final double firstRecordOnset;
    private final byte[][] annotationBytes;
    private final int samplesPerRecord;
    private final int bytesPerSample;

    private Tals(RecordPlan plan, double firstRecordOnset, byte[][] annotationBytes, int bytesPerSample) {
        this.plan = plan;
        this.firstRecordOnset = firstRecordOnset;
        this.annotationBytes = annotationBytes;
        this.bytesPerSample = bytesPerSample;
        int widest = 0;
        for (int k = 0; k < plan.records; k++) {
            if (plan.written[k]) {
                int n = timeKeeping(k).length + (annotationBytes[k] == null ? 0 : annotationBytes[k].length);
                widest = Math.max(widest, n);
            }
        }
        this.samplesPerRecord = (widest + bytesPerSample - 1) / bytesPerSample;
    }

    static Tals plan(RecordPlan plan, double firstRecordOnset, List<Annotation> annotations, EdfFlavor flavor) {
        ByteArrayOutputStream[] perRecord = new ByteArrayOutputStream[plan.records];
        annotations.stream().sorted(Comparator.comparingDouble(Annotation::onsetSeconds)).forEach(a -> {
            int k = plan.recordFor(a.onsetSeconds() - firstRecordOnset);
            if (perRecord[k] == null) {
                perRecord[k] = new ByteArrayOutputStream();
            }
            perRecord[k].writeBytes(tal(a));
        });
        byte[][] bytes = new byte[plan.records][];
        for (int k = 0; k < plan.records; k++) {
            bytes[k] = perRecord[k] == null ? null : perRecord[k].toByteArray();
        }
        return new Tals(plan, firstRecordOnset, bytes, flavor.bytesPerSample());
    }

    /** Width of the annotation signal in samples. */
    int samplesPerRecord() {
        return samplesPerRecord;
    }

    /** Fills the annotation signal of record {@code k} at {@code offset}: TALs, then zeros. */
    void fill(int k, byte[] record, int offset) {
        int width = samplesPerRecord * bytesPerSample;
        java.util.Arrays.fill(record, offset, offset + width, (byte) 0);
        byte[] keeping = timeKeeping(k);
        System.arraycopy(keeping, 0, record, offset, keeping.length);
        if (annotationBytes[k] != null) {
            System.arraycopy(annotationBytes[k], 0, record, offset + keeping.length, annotationBytes[k].length);
        }
    }

    private byte[] timeKeeping(int k) {
        double onset = firstRecordOnset + k * plan.durationSeconds;
        return (EdfWriter.onset(onset) + "\u0014\u0014\u0000").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] tal(Annotation a) {
        StringBuilder b = new StringBuilder(EdfWriter.onset(a.onsetSeconds()));
        if (a.durationSeconds() > 0) {
            b.append('\u0015').append(TimeFormat.seconds(a.durationSeconds()));
        }
        b.append('\u0014').append(clean(a.text())).append('\u0014').append('\u0000');
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** TAL separators may not appear inside a text. */
    private static String clean(String text) {
        return text.replace('\u0014', ' ').replace('\u0015', ' ').replace('\u0000', ' ');
    }
}
