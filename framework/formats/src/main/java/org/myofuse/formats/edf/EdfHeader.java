package org.myofuse.formats.edf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.myofuse.api.recording.FormatException;

/**
 * The header of an EDF(+) or BDF(+) file as written (Kemp and Olivan 2003; BioSemi's BDF): the fixed
 * 256 bytes and 256 bytes per signal, every field checked. Numbers are ASCII; a field that is not what
 * the specification says is a {@link FormatException} naming the field.
 *
 * @param flavor          EDF (16-bit) or BDF (24-bit), from the version field
 * @param patient         the patient field, trimmed
 * @param recording       the recording field, trimmed
 * @param start           local start date and time of the first data record, to the second
 * @param headerBytes     bytes before the first data record
 * @param reserved        the reserved field: {@code EDF+C}, {@code EDF+D}, {@code BDF+C}, {@code BDF+D}, {@code 24BIT}, or empty
 * @param records         number of data records as the header says, -1 when unknown
 * @param recordSeconds   duration of a data record, s
 * @param signals         the signals, in file order
 */
record EdfHeader(EdfFlavor flavor, String patient, String recording, LocalDateTime start, int headerBytes,
        String reserved, long records, double recordSeconds, List<Signal> signals) {

    /** Largest number of signals read: a header claiming more is not a real file (each takes 256 bytes). */
    static final int MAX_SIGNALS = 4096;

    /**
     * One signal.
     *
     * @param label            label, trimmed
     * @param transducer       transducer type, trimmed
     * @param dimension        physical dimension (unit), trimmed
     * @param physicalMin      physical minimum
     * @param physicalMax      physical maximum
     * @param digitalMin       digital minimum
     * @param digitalMax       digital maximum
     * @param samplesPerRecord samples of this signal in each data record
     * @param offsetBytes      where its samples start in a data record
     */
    record Signal(String label, String transducer, String dimension, double physicalMin, double physicalMax,
            int digitalMin, int digitalMax, int samplesPerRecord, int offsetBytes) {

        /** Whether this is an EDF+ or BDF+ annotation signal. */
        boolean annotations() {
            return label.equals(EdfFlavor.EDF.annotationLabel()) || label.equals(EdfFlavor.BDF.annotationLabel());
        }

        /** Physical value per digital step. */
        double gain() {
            return (physicalMax - physicalMin) / ((double) digitalMax - digitalMin);
        }
    }

    /** Whether the file is EDF+ or BDF+ (annotations, time-keeping TALs). */
    boolean plus() {
        return reserved.startsWith("EDF+") || reserved.startsWith("BDF+");
    }

    /** Whether the file says its data records may be discontinuous. */
    boolean discontinuous() {
        return reserved.equals("EDF+D") || reserved.equals("BDF+D");
    }

    /** Bytes of one data record. */
    long recordBytes() {
        long samples = 0;
        for (Signal s : signals) {
            samples += s.samplesPerRecord;
        }
        return samples * flavor.bytesPerSample();
    }

    /** Reads and checks the header of {@code file}. */
    static EdfHeader read(Path file, FileChannel in) throws IOException {
        ByteBuffer fixed = readFully(file, in, 0, 256, "the 256-byte header");
        byte[] b = fixed.array();
        EdfFlavor flavor = flavor(file, b);
        Fields f = new Fields(file, b);
        String patient = f.text(8, 80);
        String recording = f.text(88, 80);
        LocalDateTime start = start(file, f.text(168, 8), f.text(176, 8), recording);
        int headerBytes = f.integer(184, 8, "number of bytes in header record");
        String reserved = f.text(192, 44);
        long records = f.integer(236, 8, "number of data records");
        double recordSeconds = f.number(244, 8, "duration of a data record");
        int count = f.integer(252, 4, "number of signals");
        if (count < 1 || count > MAX_SIGNALS) {
            throw new FormatException(file, 0, "header says " + count + " signals; expected 1 to " + MAX_SIGNALS);
        }
        if (headerBytes != 256 * (count + 1)) {
            throw new FormatException(file, 0, "header says it is " + headerBytes + " bytes; " + count
                    + " signals make it " + 256 * (count + 1));
        }
        if (records < -1) {
            throw new FormatException(file, 0, "number of data records is " + records);
        }
        if (!(recordSeconds >= 0) || recordSeconds > 1e6) {
            throw new FormatException(file, 0, "duration of a data record is " + recordSeconds + " s");
        }
        ByteBuffer signalFields = readFully(file, in, 256, 256 * count, "the signal headers");
        List<Signal> signals = signals(file, flavor, new Fields(file, signalFields.array()), count);
        return new EdfHeader(flavor, patient, recording, start, headerBytes, reserved, records, recordSeconds, signals);
    }

    private static EdfFlavor flavor(Path file, byte[] b) throws FormatException {
        if ((b[0] & 0xFF) == 0xFF && new String(b, 1, 7, StandardCharsets.US_ASCII).equals("BIOSEMI")) {
            return EdfFlavor.BDF;
        }
        if (new String(b, 0, 8, StandardCharsets.US_ASCII).trim().equals("0")) {
            return EdfFlavor.EDF;
        }
        throw new FormatException(file, 0, "not an EDF or BDF file: the version field is neither '0' nor 255 'BIOSEMI'");
    }

    private static List<Signal> signals(Path file, EdfFlavor flavor, Fields f, int n) throws FormatException {
        List<Signal> signals = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < n; i++) {
            String label = f.text(16 * i, 16);
            String what = "signal " + (i + 1) + " (" + label + ")";
            String transducer = f.text(16 * n + 80 * i, 80);
            String dimension = f.text(96 * n + 8 * i, 8);
            double physicalMin = f.number(104 * n + 8 * i, 8, what + " physical minimum");
            double physicalMax = f.number(112 * n + 8 * i, 8, what + " physical maximum");
            int digitalMin = f.integer(120 * n + 8 * i, 8, what + " digital minimum");
            int digitalMax = f.integer(128 * n + 8 * i, 8, what + " digital maximum");
            int samples = f.integer(216 * n + 8 * i, 8, what + " number of samples in each data record");
            if (samples < 1 || samples > 100_000_000) {
                throw new FormatException(file, 0, what + ": " + samples + " samples per data record");
            }
            if (digitalMax <= digitalMin || physicalMax == physicalMin
                    || digitalMin < flavor.digitalMin() || digitalMax > flavor.digitalMax()) {
                throw new FormatException(file, 0, what + ": digital range " + digitalMin + " to " + digitalMax
                        + ", physical " + physicalMin + " to " + physicalMax + " cannot map samples to values");
            }
            signals.add(new Signal(label, transducer, dimension, physicalMin, physicalMax, digitalMin, digitalMax,
                    samples, offset));
            offset += samples * flavor.bytesPerSample();
            if (offset < 0 || offset > 1 << 30) {
                throw new FormatException(file, 0, "a data record of more than 1 GB");
            }
        }
        return signals;
    }

    /**
     * The start: {@code dd.mm.yy} and {@code hh.mm.ss}, the year from the EDF+ recording field's
     * {@code Startdate dd-MMM-yyyy} where there is one (EDF's two-digit years run from 1985 to 2084).
     */
    private static LocalDateTime start(Path file, String date, String time, String recording) throws FormatException {
        try {
            LocalDate day = LocalDate.parse(date, DateTimeFormatter.ofPattern("dd.MM.yy"));
            int yy = day.getYear() % 100;
            day = day.withYear(yy >= 85 ? 1900 + yy : 2000 + yy);
            String[] sub = recording.split(" ");
            if (sub.length > 1 && sub[0].equals("Startdate") && !sub[1].equals("X")) {
                try {
                    LocalDate full = LocalDate.parse(sub[1].substring(0, 1) + sub[1].substring(1).toLowerCase(Locale.ROOT),
                            DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH));
                    if (full.getMonthValue() == day.getMonthValue() && full.getDayOfMonth() == day.getDayOfMonth()
                            && full.getYear() % 100 == yy) {
                        day = full;
                    }
                } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
                    // the two-digit year of the startdate field stands
                }
            }
            return day.atTime(LocalTime.parse(time, DateTimeFormatter.ofPattern("HH.mm.ss")));
        } catch (DateTimeParseException e) {
            throw new FormatException(file, 0, "start date '" + date + "' and time '" + time
                    + "' are not dd.mm.yy and hh.mm.ss");
        }
    }

    private static ByteBuffer readFully(Path file, FileChannel in, long at, int bytes, String what) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(bytes);
        while (buffer.hasRemaining()) {
            if (in.read(buffer, at + buffer.position()) < 0) {
                throw new FormatException(file, 0, "file ends inside " + what + " (truncated, or not an EDF file)");
            }
        }
        return buffer;
    }

    /** Fixed-width ASCII fields. */
    private record Fields(Path file, byte[] bytes) {

        String text(int at, int width) throws FormatException {
            for (int i = at; i < at + width; i++) {
                if (bytes[i] < 32 || bytes[i] > 126) {
                    throw new FormatException(file, 0, "header byte " + i + " is not printable ASCII");
                }
            }
            return new String(bytes, at, width, StandardCharsets.US_ASCII).trim();
        }

        double number(int at, int width, String what) throws FormatException {
            String t = text(at, width);
            try {
                double v = Double.parseDouble(t);
                if (Double.isFinite(v) && !t.endsWith("d") && !t.endsWith("f") && !t.endsWith("D") && !t.endsWith("F")) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new FormatException(file, 0, what + " is '" + t + "', not a number");
        }

        int integer(int at, int width, String what) throws FormatException {
            String t = text(at, width);
            try {
                return Integer.parseInt(t.startsWith("+") ? t.substring(1) : t);
            } catch (NumberFormatException e) {
                throw new FormatException(file, 0, what + " is '" + t + "', not an integer");
            }
        }
    }
}
