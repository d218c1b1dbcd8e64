package org.myofuse.formats.edf;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers and text in EDF's fixed-width ASCII header fields. */
final class EdfNumbers {

    private EdfNumbers() {
    }

    /**
     * The most precise decimal of at most 8 characters, rounded up ({@code up}) or down, so a range
     * written as (fit(min, false), fit(max, true)) always contains the real range.
     */
    static String fit(double value, boolean up) {
        for (int decimals = 7; decimals >= 0; decimals--) {
            BigDecimal bd = new BigDecimal(value).setScale(decimals, up ? RoundingMode.CEILING : RoundingMode.FLOOR);
            String s = bd.signum() == 0 ? "0" : bd.stripTrailingZeros().toPlainString();
            if (s.length() <= 8) {
                return s;
            }
        }
        throw new IllegalArgumentException(value + " does not fit in an 8-character EDF header field");
    }

    /** Printable ASCII only (EDF header rule); micro signs become {@code u}, anything else {@code ?}. */
    static String ascii(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\u00B5' || ch == '\u03BC') {
                b.append('u');
            } else if (ch == '\u00B0') {
                b.append("deg");
            } else {
                b.append(ch >= 32 && ch <= 126 ? ch : '?');
            }
        }
        return b.toString();
    }

    /** One EDF+ subfield: ASCII, no spaces (they separate subfields), "X" when empty. */
    static String subfield(String s, int maxLength) {
        String v = ascii(s).trim().replace(' ', '_');
        if (v.isEmpty()) {
            return "X";
        }
        return v.length() > maxLength ? v.substring(0, maxLength) : v;
    }

    /** Left-justified, space-padded, cut to {@code width}. */
    static String pad(String s, int width) {
        String v = ascii(s);
        if (v.length() >= width) {
            return v.substring(0, width);
        }
        return v + " ".repeat(width - v.length());
    }
}
