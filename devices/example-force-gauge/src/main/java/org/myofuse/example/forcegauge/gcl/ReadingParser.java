package org.myofuse.example.forcegauge.gcl;

/**
 * Parses one response line in place: a reading ({@code -18.78 lbF}, {@code 4.285 N}, or a bare number
 * when the gauge is set to send no unit) or an error code ({@code *10}). Anything else is malformed.
 *
 * <p>Grammar: optional blanks, an optional sign, digits with at most one decimal point (at least one
 * digit, at most {@value #MAX_DIGITS} digits, at most {@value #MAX_DECIMALS} after the point), then the
 * end, or one or more spaces, a unit symbol of {@link ForceUnit} (any case) and optional trailing blanks.
 * The number is read as an integer mantissa and a count of decimals, so the value is the correctly
 * rounded double of what the gauge printed, and the resolution is one step of the last printed digit.
 *
 * <p>A reusable instance holds the result of the last parse. Owned by one thread; allocates nothing.
 */
public final class ReadingParser {

    /** What a line turned out to be. */
    public enum Outcome {
        /** A reading: see {@link #newtons()}, {@link #resolutionNewtons()}, {@link #unit()}. */
        READING,
        /** The gauge's error response; see {@link #errorCode()}. */
        ERROR_CODE,
        /** Neither: damaged, or not a gauge. */
        MALFORMED
    }

    /** Digits a long holds exactly and a double represents exactly (below 2^53). */
    static final int MAX_DIGITS = 15;
    static final int MAX_DECIMALS = 9;
    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

    private double value;
    private int decimals;
    private ForceUnit unit;
    private int errorCode;

    /**
     * Parses {@code line[0..length)}.
     *
     * @param assumedUnit the unit of a reading sent without one (the unit the driver selected)
     */
    public Outcome parse(byte[] line, int length, ForceUnit assumedUnit) {
        int i = skipBlanks(line, 0, length);
        if (i < length && line[i] == Gcl.ERROR_MARK) {
            return errorCode(line, i + 1, length);
        }
        boolean negative = false;
        if (i < length && (line[i] == '-' || line[i] == '+')) {
            negative = line[i] == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int point = -1;
        for (; i < length; i++) {
            byte b = line[i];
            if (b >= '0' && b <= '9') {
                if (++digits > MAX_DIGITS) {
                    return Outcome.MALFORMED;
                }
                mantissa = mantissa * 10 + (b - '0');
            } else if (b == '.' && point < 0) {
                point = digits;
            } else {
                break;
            }
        }
        int places = point < 0 ? 0 : digits - point;
        if (digits == 0 || places > MAX_DECIMALS) {
            return Outcome.MALFORMED;
        }
        ForceUnit found = assumedUnit;
        if (i < length) {
            if (line[i] != ' ') {
                return Outcome.MALFORMED; // "12.3N", "12.3x": the guide puts a space before the unit
            }
            int from = skipBlanks(line, i, length);
            int to = from;
            while (to < length && isLetter(line[to])) {
                to++;
            }
            found = ForceUnit.match(line, from, to);
            if (found == null || skipBlanks(line, to, length) != length) {
                return Outcome.MALFORMED;
            }
        }
        double magnitude = mantissa / POW10[places];
        value = negative ? -magnitude : magnitude;
        decimals = places;
        unit = found;
        return Outcome.READING;
    }

    private Outcome errorCode(byte[] line, int from, int length) {
        int code = 0;
        int i = from;
        for (; i < length && i - from < 4 && line[i] >= '0' && line[i] <= '9'; i++) {
            code = code * 10 + (line[i] - '0');
        }
        if (i == from || skipBlanks(line, i, length) != length) {
            return Outcome.MALFORMED;
        }
        errorCode = code;
        return Outcome.ERROR_CODE;
    }

    private static int skipBlanks(byte[] line, int from, int length) {
        int i = from;
        while (i < length && (line[i] == ' ' || line[i] == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean isLetter(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

    /** The last reading in its own unit. */
    public double value() {
        return value;
    }

    /** The last reading in newtons. */
    public double newtons() {
        return value * unit.newtons();
    }

    /** The unit of the last reading. */
    public ForceUnit unit() {
        return unit;
    }

    /** Digits after the decimal point of the last reading. */
    public int decimals() {
        return decimals;
    }

    /** One step of the last printed digit of the last reading, in newtons. */
    public double resolutionNewtons() {
        return unit.newtons() / POW10[decimals];
    }

    /** The code of the last error response. */
    public int errorCode() {
        return errorCode;
    }
}
