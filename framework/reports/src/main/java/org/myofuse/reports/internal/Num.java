package org.myofuse.reports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Locale-independent number formatting, so the same model always gives the same bytes whatever the
 * JVM's default locale.
 */
public final class Num {

    private Num() {
    }

    /** An SVG coordinate: one decimal is a tenth of a CSS pixel, finer than any screen or printer shows. */
    public static String px(double v) {
        long tenths = Math.round(v * 10);
        if (tenths == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder(8);
        if (tenths < 0) {
            sb.append('-');
            tenths = -tenths;
        }
        sb.append(tenths / 10);
        if (tenths % 10 != 0) {
            sb.append('.').append(tenths % 10);
        }
        return sb.toString();
    }

    /** {@code v} rounded half-up to {@code decimals} places; {@code "-"} for NaN or infinity. */
    public static String fixed(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return "-";
        }
        String s = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return isNegativeZero(s) ? s.substring(1) : s;
    }

    /**
     * About three significant digits (at most three decimals), without trailing zeros, so counts read
     * as {@code 24} and forces as {@code 8.5}.
     */
    public static String auto(double v) {
        double a = Math.abs(v);
        int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
        String s = fixed(v, decimals);
        if (s.indexOf('.') < 0) {
            return s;
        }
        s = s.replaceFirst("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static boolean isNegativeZero(String s) {
        return s.startsWith("-") && s.chars().noneMatch(c -> c >= '1' && c <= '9');
    }
}
