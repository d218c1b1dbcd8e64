package org.myofuse.formats.edf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.myofuse.api.device.ChannelDescriptor;
import org.myofuse.api.device.GridLayout;
import org.myofuse.api.recording.Annotation;
import org.myofuse.api.recording.FrameReader;
import org.myofuse.api.recording.Gap;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;
import org.myofuse.formats.internal.AtomicFile;
import org.myofuse.formats.internal.Progress;
import org.myofuse.formats.internal.TimeFormat;

/**
 * Writes one stream as an EDF+ or BDF+ file (see docs/formats/edf.md): one signal per channel, with
 * physical minimum and maximum from the channel's range and the full digital range of the flavour,
 * plus an annotation signal carrying a time-keeping TAL in every data record, the recording's
 * annotations and one annotation per gap. Streams data record by data record: memory use is one
 * record, whatever the length of the session.
 */
public final class EdfWriter {

    private final EdfFlavor flavor;
    private final ZoneId zone;

    /** {@code zone} is where the header's local start date and time are expressed. */
    public EdfWriter(EdfFlavor flavor, ZoneId zone) {
        this.flavor = flavor;
        this.zone = zone;
    }

    public EdfFlavor flavor() {
        return flavor;
    }

    /** Writes to {@code path} directly; the caller makes it atomic. */
    public void writeTo(Recording recording, RecordedStream stream, Path path, Progress progress) throws IOException {
        if (stream.frameCount() == 0) {
            throw new IOException("stream " + stream.deviceId() + " has no samples to export");
        }
        RecordPlan plan;
        List<SignalScale> scales = new ArrayList<>();
        try {
            plan = RecordPlan.of(stream, flavor.bytesPerSample());
            for (ChannelDescriptor c : stream.device().channels()) {
                scales.add(SignalScale.of(c, flavor));
            }
        } catch (IllegalArgumentException e) {
            throw new IOException("cannot export stream " + stream.deviceId() + " as " + flavor + ": " + e.getMessage(), e);
        }
        long headerStartMillis = Math.floorDiv(stream.startEpochMillis(), 1000) * 1000;
        double firstRecordOnset = (stream.startEpochMillis() - headerStartMillis) / 1000.0;
        Tals tals = Tals.plan(plan, firstRecordOnset, fileAnnotations(recording, stream, headerStartMillis), flavor);
        try (FileChannel out = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            writeFully(out, ByteBuffer.wrap(header(recording, stream, plan, scales, tals, headerStartMillis)));
            new RecordEncoder(stream, plan, scales, tals, flavor).writeRecords(out, progress);
            out.force(true);
        } catch (IOException e) {
            throw e instanceof DataException ? e
                    : new IOException("cannot write " + path + ": " + AtomicFile.reason(e), e);
        }
    }

    /** The recording's annotations and one per gap, with onsets relative to the header's start second. */
    private static List<Annotation> fileAnnotations(Recording recording, RecordedStream stream, long headerStartMillis) {
        List<Annotation> all = new ArrayList<>();
        double offset = (recording.startEpochMillis() - headerStartMillis) / 1000.0;
        for (Annotation a : recording.annotations()) {
            all.add(new Annotation(a.onsetSeconds() + offset, a.durationSeconds(), a.text()));
        }
        double streamOffset = (stream.startEpochMillis() - headerStartMillis) / 1000.0;
        for (Gap g : stream.gaps()) {
            all.add(new Annotation(streamOffset + g.firstIndex() / stream.sampleRateHz(),
                    g.count() / stream.sampleRateHz(), gapText(g)));
        }
        return all;
    }

    /** The annotation text of a gap, e.g. {@code Gap: 20 samples missing (COUNTER_JUMP)}. */
    public static String gapText(Gap g) {
        return "Gap: " + g.count() + " samples missing" + (g.cause().isEmpty() ? "" : " (" + g.cause() + ")");
    }

    private byte[] header(Recording recording, RecordedStream stream, RecordPlan plan, List<SignalScale> scales,
            Tals tals, long headerStartMillis) {
        int signals = scales.size() + 1;
        ZonedDateTime start = Instant.ofEpochMilli(headerStartMillis).atZone(zone);
        StringBuilder h = new StringBuilder(256 * (signals + 1));
        h.append(EdfNumbers.pad(EdfNumbers.subfield(recording.patientCode(), 40) + " X X X", 80));
        String date = start.format(DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH)).toUpperCase(Locale.ROOT);
        String equipment = EdfNumbers.subfield("Myofuse_" + stream.deviceId(), 30);
        h.append(EdfNumbers.pad(withDevice("Startdate " + date + " " + EdfNumbers.subfield(recording.sessionId(), 24)
                + " " + EdfNumbers.subfield(recording.therapistCode(), 16) + " " + equipment, stream), 80));
        h.append(start.format(DateTimeFormatter.ofPattern("dd.MM.yy")));
        h.append(start.format(DateTimeFormatter.ofPattern("HH.mm.ss")));
        h.append(EdfNumbers.pad(Integer.toString(256 * (signals + 1)), 8));
        h.append(EdfNumbers.pad(flavor.reserved(plan.discontinuous(stream.gaps())), 44));
        h.append(EdfNumbers.pad(Integer.toString(plan.writtenRecords), 8));
        h.append(EdfNumbers.pad(plan.durationField, 8));
        h.append(EdfNumbers.pad(Integer.toString(signals), 4));
        List<String> labels = Labels.unique(stream.device().channels());
        labels.forEach(l -> h.append(EdfNumbers.pad(l, 16)));
        h.append(EdfNumbers.pad(flavor.annotationLabel(), 16));
        scales.forEach(s -> h.append(EdfNumbers.pad(s.channel().site(), 80)));
        h.append(EdfNumbers.pad("", 80));
        scales.forEach(s -> h.append(EdfNumbers.pad(s.channel().unit(), 8)));
        h.append(EdfNumbers.pad("", 8));
        scales.forEach(s -> h.append(EdfNumbers.pad(s.physicalMinField(), 8)));
        h.append(EdfNumbers.pad("-1", 8));
        scales.forEach(s -> h.append(EdfNumbers.pad(s.physicalMaxField(), 8)));
        h.append(EdfNumbers.pad("1", 8));
        for (int i = 0; i < signals; i++) {
            h.append(EdfNumbers.pad(Integer.toString(flavor.digitalMin()), 8));
        }
        for (int i = 0; i < signals; i++) {
            h.append(EdfNumbers.pad(Integer.toString(flavor.digitalMax()), 8));
        }
        h.append(EdfNumbers.pad("", 80).repeat(signals));
        for (int i = 0; i < scales.size(); i++) {
            h.append(EdfNumbers.pad(Integer.toString(plan.samplesPerRecord), 8));
        }
        h.append(EdfNumbers.pad(Integer.toString(tals.samplesPerRecord()), 8));
        h.append(EdfNumbers.pad("", 32).repeat(signals));
        byte[] bytes = new byte[256 * (signals + 1)];
        byte[] version = flavor.version();
        System.arraycopy(version, 0, bytes, 0, 8);
        byte[] rest = h.toString().getBytes(StandardCharsets.US_ASCII);
        if (rest.length != bytes.length - 8) {
            throw new IllegalStateException("EDF header is " + (rest.length + 8) + " bytes, expected " + bytes.length);
        }
        System.arraycopy(rest, 0, bytes, 8, rest.length);
        return bytes;
    }

    /**
     * The recording field with what an import needs to give the stream back as it was, in subfields
     * after the equipment (EDF+ allows more subfields; readers that do not know them skip them): the
     * number of sample indices the stream covers (the last record is filled up beyond it), a grid as
     * {@code ROWSxCOLUMNS@ROW_PITCHxCOLUMN_PITCHmm}, and the device type. Each is added only while the
     * field stays within its 80 characters, in that order.
     */
    private static String withDevice(String field, RecordedStream stream) {
        List<String> extras = new ArrayList<>();
        extras.add(Long.toString(stream.spanFrames()));
        GridLayout g = stream.device().grid();
        if (g != null) {
            extras.add(g.rows() + "x" + g.columns() + "@" + plain(g.rowPitchMm()) + "x" + plain(g.columnPitchMm()) + "mm");
        }
        extras.add(EdfNumbers.subfield(stream.device().typeId(), 30));
        StringBuilder b = new StringBuilder(field);
        for (String extra : extras) {
            if (b.length() + 1 + extra.length() <= 80) {
                b.append(' ').append(extra);
            }
        }
        return b.toString();
    }

    private static String plain(double mm) {
        return java.math.BigDecimal.valueOf(mm).stripTrailingZeros().toPlainString();
    }

    static void writeFully(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    /** A problem with the data itself (not the file system); its message is already complete. */
    static final class DataException extends IOException {
        private static final long serialVersionUID = 1L;

        DataException(String message) {
            super(message);
        }
    }

    /** Formats a TAL onset: sign always present, as EDF+ requires. */
    static String onset(double seconds) {
        String s = TimeFormat.seconds(seconds);
        return s.startsWith("-") ? s : "+" + s;
    }
}
