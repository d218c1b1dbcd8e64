package org.myofuse.line.protocol;

/**
 * Splits a byte stream into lines and parses each into numbers, without allocating.
 *
 * <p>A line ends at CR or LF (CRLF gives an empty line, which is skipped). Bytes are collected up to
 * {@link LineSyntax#maxLineLength()}; a longer line is discarded whole at its terminator. Numbers are
 * parsed from the bytes: an optional sign, digits with an optional point, an optional exponent. With up
 * to 15 significant digits and a decimal exponent within +-22 the value is the correctly rounded
 * double, the same as {@link Double#parseDouble}. A line is rejected, and never partly used, for a
 * wrong field count, a bad number, an unknown, repeated or missing key, or its length. Since every line
 * ends at the next terminator, the decoder is back in step at the line after any damage.
 * Not thread-safe: one reader thread.
 */
public final class LineDecoder {

    /** Why a line was rejected. */
    public enum Rejection {
        /** Too few or too many fields (or keys missing). */
        FIELD_COUNT,
        /** A field is not a number (or has text stuck to it). */
        BAD_NUMBER,
        /** A key=value key is not a channel, or appears twice. */
        BAD_KEY,
        /** Longer than the maximum line length. */
        OVERLONG
    }

    private static final Rejection[] REJECTIONS = Rejection.values();
    private static final double[] POW10 = new double[23];
    /** Significant digits kept; later ones only move the exponent. */
    private static final int MAX_DIGITS = 18;

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private final LineSink sink;
    private final LineFormat format;
    private final byte separator;
    private final boolean whitespace;
    private final boolean trailingText;
    private final byte[] prefix;
    private final byte[][] keys;
    private final byte[] line;
    private final double[] values;
    private final boolean[] seen;
    private final long[] rejections = new long[REJECTIONS.length];
    private int length;
    private boolean overlong;
    private boolean midLine;
    private int overlongBytes;
    private double parsed;
    private long lines;

    public LineDecoder(LineSyntax syntax, LineSink sink) {
        this.sink = sink;
        this.format = syntax.format();
        this.separator = syntax.separator().symbol();
        this.whitespace = syntax.separator() == Separator.WHITESPACE;
        this.trailingText = syntax.trailingText();
        this.prefix = syntax.prefixBytes();
        this.keys = syntax.keyBytes();
        this.line = new byte[syntax.maxLineLength()];
        this.values = new double[syntax.fields()];
        this.seen = new boolean[syntax.fields()];
    }

    /** Decodes {@code count} bytes of {@code data} from {@code offset}, all stamped {@code arrivalNanos}. */
    public void accept(byte[] data, int offset, int count, long arrivalNanos) {
        for (int i = offset; i < offset + count; i++) {
            byte b = data[i];
            if (b == '\r' || b == '\n') {
                if (midLine) {
                    midLine = false;
                } else {
                    endLine(arrivalNanos);
                }
            } else if (midLine) {
                continue;
            } else if (overlong) {
                overlongBytes++;
            } else if (length == line.length) {
                overlong = true;
                overlongBytes = length + 1;
            } else {
                line[length++] = b;
            }
        }
    }

    /** Forgets a partial line; the next byte starts a line (the stream is known to be at a line start). */
    public void reset() {
        length = 0;
        overlong = false;
        overlongBytes = 0;
        midLine = false;
    }

    /**
     * Forgets a partial line and drops, uncounted, the bytes up to the next line ending: for joining a
     * device that may be in the middle of a line (a reconnect, a device that printed while nobody
     * listened), whose tail could otherwise pass as a valid line with wrong values.
     */
    public void resetMidLine() {
        reset();
        midLine = true;
    }

    /** Lines rejected for {@code why} since the decoder was made. */
    public long rejections(Rejection why) {
        return rejections[why.ordinal()];
    }

    /** Lines accepted since the decoder was made. */
    public long lines() {
        return lines;
    }

    private void endLine(long arrivalNanos) {
        if (overlong) {
            int n = overlongBytes;
            reset();
            reject(Rejection.OVERLONG, n);
            return;
        }
        int n = length;
        length = 0;
        if (n > 0) {
            parseLine(n, arrivalNanos);
        }
    }

    private void parseLine(int n, long arrivalNanos) {
        int end = n;
        while (end > 0 && isBlank(line[end - 1])) {
            end--;
        }
        int p = skipBlanks(0, end);
        if (p == end) {
            return; // a line of blanks is an empty line
        }
        if (prefix.length > 0) {
            if (!startsWithPrefix(p, end)) {
                sink.ignored(n);
                return;
            }
            p = skipBlanks(p + prefix.length, end);
        }
        int verdict = format == LineFormat.VALUES ? parseValues(p, end) : parseKeyValues(p, end);
        if (verdict >= 0) {
            reject(REJECTIONS[verdict], n);
            return;
        }
        lines++;
        sink.sample(values, arrivalNanos);
    }

    private void reject(Rejection why, int bytes) {
        rejections[why.ordinal()]++;
        sink.rejected(why, bytes);
    }

    /** -1 if the line is good, else the ordinal of the rejection. */
    private int parseValues(int p, int end) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                p = separator(p, end);
                if (p < 0) {
                    return Rejection.FIELD_COUNT.ordinal();
                }
            }
            p = number(p, end);
            if (p < 0) {
                return Rejection.BAD_NUMBER.ordinal();
            }
            values[i] = parsed;
        }
        if (p == end) {
            return -1;
        }
        int word = skipBlanks(p, end);
        if (trailingText && word > p && isLetter(line[word])) {
            return -1;
        }
        return Rejection.FIELD_COUNT.ordinal();
    }

    private int parseKeyValues(int p, int end) {
        java.util.Arrays.fill(seen, false);
        int found = 0;
        while (p < end) {
            if (found > 0) {
                p = separator(p, end);
                if (p < 0) {
                    return Rejection.FIELD_COUNT.ordinal();
                }
            }
            int keyEnd = p;
            while (keyEnd < end && line[keyEnd] != '=' && !isBlank(line[keyEnd]) && line[keyEnd] != separator) {
                keyEnd++;
            }
            int k = key(p, keyEnd);
            if (k < 0 || seen[k]) {
                return Rejection.BAD_KEY.ordinal();
            }
            p = skipBlanks(keyEnd, end);
            if (p == end || line[p] != '=') {
                return Rejection.BAD_NUMBER.ordinal();
            }
            p = number(skipBlanks(p + 1, end), end);
            if (p < 0) {
                return Rejection.BAD_NUMBER.ordinal();
            }
            seen[k] = true;
            values[k] = parsed;
            found++;
        }
        return found == values.length ? -1 : Rejection.FIELD_COUNT.ordinal();
    }

    /** The channel whose key is {@code line[from, to)}, or -1. */
    private int key(int from, int to) {
        for (int k = 0; k < keys.length; k++) {
            byte[] key = keys[k];
            if (key.length != to - from) {
                continue;
            }
            int i = 0;
            while (i < key.length && key[i] == line[from + i]) {
                i++;
            }
            if (i == key.length) {
                return k;
            }
        }
        return -1;
    }

    /** Skips one separator with blanks around it; the index after it, or -1 if none is there. */
    private int separator(int p, int end) {
        if (whitespace) {
            int q = skipBlanks(p, end);
            return q > p && q < end ? q : -1;
        }
        p = skipBlanks(p, end);
        if (p == end || line[p] != separator) {
            return -1;
        }
        return skipBlanks(p + 1, end);
    }

    /**
     * Parses a number at {@code p} into {@link #parsed}; returns the index after it, or -1 if there is no
     * number or it is not followed by the end, a blank or the separator.
     */
    private int number(int p, int end) {
        boolean negative = false;
        if (p < end && (line[p] == '-' || line[p] == '+')) {
            negative = line[p] == '-';
            p++;
        }
        long mantissa = 0;
        int digits = 0;
        int exp10 = 0;
        boolean any = false;
        while (p < end && isDigit(line[p])) {
            any = true;
            if (digits < MAX_DIGITS) {
                mantissa = mantissa * 10 + (line[p] - '0');
                digits += mantissa == 0 ? 0 : 1;
            } else {
                exp10++;
            }
            p++;
        }
        if (p < end && line[p] == '.') {
            p++;
            while (p < end && isDigit(line[p])) {
                any = true;
                if (digits < MAX_DIGITS) {
                    mantissa = mantissa * 10 + (line[p] - '0');
                    digits += mantissa == 0 ? 0 : 1;
                    exp10--;
                }
                p++;
            }
        }
        if (!any) {
            return -1;
        }
        if (p < end && (line[p] == 'e' || line[p] == 'E')) {
            p = exponent(p + 1, end);
            if (p < 0) {
                return -1;
            }
            exp10 += (int) parsed;
        }
        if (p < end && !isBlank(line[p]) && line[p] != separator) {
            return -1;
        }
        double v = scaled(mantissa, exp10);
        if (!Double.isFinite(v)) {
            return -1;
        }
        parsed = negative ? -v : v;
        return p;
    }

    private int exponent(int p, int end) {
        boolean negative = false;
        if (p < end && (line[p] == '-' || line[p] == '+')) {
            negative = line[p] == '-';
            p++;
        }
        int e = 0;
        int start = p;
        while (p < end && isDigit(line[p])) {
            if (p - start >= 4) {
                return -1;
            }
            e = e * 10 + (line[p] - '0');
            p++;
        }
        if (p == start) {
            return -1;
        }
        parsed = negative ? -e : e;
        return p;
    }

    private static double scaled(long mantissa, int exp10) {
        if (mantissa == 0) {
            return 0;
        }
        if (exp10 == 0) {
            return mantissa;
        }
        // Both operands exact (mantissa < 2^53, 10^k for k <= 22): one correctly rounded operation.
        if (exp10 > 0 && exp10 < POW10.length) {
            return mantissa * POW10[exp10];
        }
        if (exp10 < 0 && -exp10 < POW10.length) {
            return mantissa / POW10[-exp10];
        }
        return mantissa * Math.pow(10, exp10);
    }

    private boolean startsWithPrefix(int p, int end) {
        if (end - p < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (line[p + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private int skipBlanks(int p, int end) {
        while (p < end && isBlank(line[p])) {
            p++;
        }
        return p;
    }

    /** Space always, tab unless tab is the separator. */
    private boolean isBlank(byte b) {
        return b == ' ' || (b == '\t' && separator != '\t');
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }

    private static boolean isLetter(byte b) {
        return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
    }
}
