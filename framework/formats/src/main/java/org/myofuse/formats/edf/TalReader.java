package org.myofuse.formats.edf;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the time-stamped annotation lists (TALs) of one data record's annotation signal:
 * {@code +onset[\x15duration]\x14[text\x14]...\x00}, repeated, then zero bytes. The first TAL of a
 * record's first annotation signal is its time keeping: its onset is the record's start, its text empty.
 */
final class TalReader {

    /** One annotation: onset and duration in seconds, text. */
    record Tal(double onset, double duration, String text) {
    }

    /** A malformed TAL; the message says what was wrong. */
    static final class TalException extends Exception {
        private static final long serialVersionUID = 1L;

        TalException(String message) {
            super(message);
        }
    }

    /** What one record's annotation signal holds. */
    record Content(double recordOnset, List<Tal> annotations) {
    }

    private TalReader() {
    }

    /**
     * Parses {@code bytes}. {@code recordOnset} of the result is the onset of the first TAL when its
     * texts are empty (time keeping), else NaN.
     */
    static Content parse(byte[] bytes, int from, int to) throws TalException {
        List<Tal> annotations = new ArrayList<>();
        double recordOnset = Double.NaN;
        boolean first = true;
        int i = from;
        while (i < to && bytes[i] != 0) {
            int end = indexOf(bytes, i, to, (byte) 0);
            if (end < 0) {
                throw new TalException("an annotation is not ended by a zero byte");
            }
            int textStart = indexOf(bytes, i, end, (byte) 0x14);
            if (textStart < 0) {
                throw new TalException("an annotation has no onset separator (byte 20)");
            }
            int durationAt = indexOf(bytes, i, textStart, (byte) 0x15);
            double onset = number(bytes, i, durationAt < 0 ? textStart : durationAt, true);
            double duration = durationAt < 0 ? 0 : number(bytes, durationAt + 1, textStart, false);
            List<String> texts = texts(bytes, textStart + 1, end);
            if (first && texts.stream().allMatch(String::isEmpty)) {
                recordOnset = onset;
            } else {
                for (String text : texts) {
                    if (!text.isBlank()) {
                        annotations.add(new Tal(onset, duration, text));
                    }
                }
            }
            first = false;
            i = end + 1;
        }
        return new Content(recordOnset, annotations);
    }

    private static List<String> texts(byte[] bytes, int from, int to) throws TalException {
        List<String> texts = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0x14) {
                texts.add(utf8(bytes, start, i));
                start = i + 1;
            }
        }
        if (start < to) {
            throw new TalException("an annotation text is not ended by byte 20");
        }
        return texts;
    }

    private static String utf8(byte[] bytes, int from, int to) throws TalException {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from))
                    .toString();
            // annotations are one line: control characters (a line break in a text) become spaces
            StringBuilder b = new StringBuilder(s.length());
            s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
            return b.toString().strip();
        } catch (CharacterCodingException e) {
            throw new TalException("an annotation text is not UTF-8");
        }
    }

    /** {@code [+-]digits[.digits]}: the onset needs its sign, a duration has none. */
    private static double number(byte[] bytes, int from, int to, boolean signed) throws TalException {
        String s = new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        boolean ok = !s.isEmpty();
        int start = signed ? 1 : 0;
        if (signed && (s.isEmpty() || (s.charAt(0) != '+' && s.charAt(0) != '-'))) {
            ok = false;
        }
        int dots = 0;
        int digits = 0;
        for (int i = start; ok && i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else {
                ok = false;
            }
        }
        if (!ok || dots > 1 || digits == 0 || s.length() > 40) {
            throw new TalException("'" + printable(s) + "' is not a" + (signed ? "n onset" : " duration")
                    + " in seconds" + (signed ? " with its sign" : ""));
        }
        return Double.parseDouble(s);
    }

    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.substring(0, Math.min(s.length(), 40)).toCharArray()) {
            b.append(c >= 32 && c < 127 ? c : '?');
        }
        return b.toString();
    }

    private static int indexOf(byte[] bytes, int from, int to, byte value) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
