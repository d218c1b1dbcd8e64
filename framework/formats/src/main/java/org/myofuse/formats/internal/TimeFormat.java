package org.myofuse.formats.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Seconds as short exact decimals, as the CSV header and EDF+ TALs need them. */
public final class TimeFormat {

    private TimeFormat() {
    }

    /** Seconds rounded to the microsecond, without trailing zeros, e.g. {@code 0.5}, {@code 12}, {@code -0.000125}. */
    public static String seconds(double seconds) {
        BigDecimal bd = BigDecimal.valueOf(seconds).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (bd.signum() == 0) {
            return "0";
        }
        return bd.toPlainString();
    }

    /** Time of sample {@code index} at {@code rateHz}, with exactly 6 decimals; cheap enough for every row. */
    public static void appendSampleTime(StringBuilder out, long index, double rateHz) {
        long micros = Math.round(index * 1_000_000.0 / rateHz);
        out.append(micros / 1_000_000).append('.');
        long fraction = micros % 1_000_000;
        for (long scale = 100_000; scale > fraction && scale > 1; scale /= 10) {
            out.append('0');
        }
        out.append(fraction);
    }
}
