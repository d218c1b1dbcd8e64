package org.myofuse.commands.cli;

import java.time.Duration;

/**
 * Durations as typed on the command line: a number followed by a unit, {@code ms}, {@code s},
 * {@code m} or {@code h}, e.g. {@code 500ms}, {@code 90s}, {@code 5m}, {@code 1h}; several may be
 * combined from the largest unit to the smallest, e.g. {@code 1h30m} or {@code 2m30s}.
 */
public final class Durations {

    /** Units from largest to smallest; a combined duration uses each at most once, in this order. */
    private enum Unit {
        H("h", 3_600_000L), M("m", 60_000L), S("s", 1_000L), MS("ms", 1L);

        final String symbol;
        final long millis;

        Unit(String symbol, long millis) {
            this.symbol = symbol;
            this.millis = millis;
        }
    }

    private Durations() {
    }

    /**
     * Parses a positive duration.
     *
     * @throws IllegalArgumentException with a one-line message quoting the text and saying what is wrong
     */
    public static Duration parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("duration is empty; use e.g. 500ms, 90s, 5m or 1h");
        }
        long totalMillis = 0;
        int pos = 0;
        Unit previous = null;
        while (pos < text.length()) {
            int digitsEnd = skipDigits(text, pos);
            if (digitsEnd == pos) {
                throw new IllegalArgumentException("duration '" + text + "': expected a number at '"
                        + text.substring(pos) + "'; use e.g. 500ms, 90s, 5m or 1h");
            }
            int unitEnd = skipLetters(text, digitsEnd);
            if (unitEnd == digitsEnd && unitEnd < text.length()) {
                throw new IllegalArgumentException("duration '" + text + "': unexpected '" + text.charAt(unitEnd)
                        + "'; use whole numbers with units, e.g. 1s500ms");
            }
            Unit unit = unitOf(text, text.substring(digitsEnd, unitEnd));
            if (previous != null && unit.ordinal() <= previous.ordinal()) {
                throw new IllegalArgumentException("duration '" + text
                        + "': combine units from largest to smallest, each once, e.g. 1h30m");
            }
            totalMillis = add(text, totalMillis, text.substring(pos, digitsEnd), unit);
            previous = unit;
            pos = unitEnd;
        }
        if (totalMillis == 0) {
            throw new IllegalArgumentException("duration '" + text + "' must be longer than zero");
        }
        return Duration.ofMillis(totalMillis);
    }

    /** Formats a duration the way {@link #parse} reads it, e.g. {@code 1h30m}, {@code 90s} as {@code 1m30s}. */
    public static String format(Duration duration) {
        long rest = duration.toMillis();
        if (rest <= 0) {
            return "0s";
        }
        var sb = new StringBuilder();
        for (Unit unit : Unit.values()) {
            long count = rest / unit.millis;
            if (count > 0) {
                sb.append(count).append(unit.symbol);
                rest -= count * unit.millis;
            }
        }
        return sb.toString();
    }

    private static int skipDigits(String text, int pos) {
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        return pos;
    }

    private static int skipLetters(String text, int pos) {
        while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private static Unit unitOf(String text, String symbol) {
        if (symbol.isEmpty()) {
            throw new IllegalArgumentException("duration '" + text + "' needs a unit: ms, s, m or h, e.g. 90s");
        }
        for (Unit unit : Unit.values()) {
            if (unit.symbol.equals(symbol)) {
                return unit;
            }
        }
        throw new IllegalArgumentException("duration '" + text + "': unknown unit '" + symbol + "'; use ms, s, m or h");
    }

    private static long add(String text, long totalMillis, String digits, Unit unit) {
        try {
            return Math.addExact(totalMillis, Math.multiplyExact(Long.parseLong(digits), unit.millis));
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("duration '" + text + "' is too long");
        }
    }
}
