package org.myofuse.reports.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.myofuse.api.report.ProgressReport;

/** How times, durations and pain scores read in a report. */
public final class Texts {

    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME_OF_DAY =
            DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String DATE_UNKNOWN = "date unknown";

    private Texts() {
    }

    public static String instant(Instant t) {
        return UTC_TIME.format(t);
    }

    /** The start of a session: its UTC date and time, or only the time when its date is unknown. */
    public static String start(Instant t, boolean dateKnown) {
        return dateKnown ? instant(t) : "date unknown, " + TIME_OF_DAY.format(t);
    }

    /** The day of a session in the progress report, or "date unknown". */
    public static String day(ProgressReport.SessionRow session) {
        return session.dateKnown() ? session.date().toString() : DATE_UNKNOWN;
    }

    /** {@code 42 s}, {@code 12 min 05 s}, {@code 1 h 02 min 05 s}. */
    public static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "-";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + " s";
        }
        String minSec = String.format(Locale.ROOT, "%02d min %02d s", (s / 60) % 60, s % 60);
        return s < 3600 ? minSec.replaceFirst("^0", "") : (s / 3600) + " h " + minSec;
    }

    /** A session time as a clock reading, {@code 12:05.3} (minutes:seconds). */
    public static String clock(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "-";
        }
        long tenths = Math.round(seconds * 10);
        String sign = tenths < 0 ? "-" : "";
        tenths = Math.abs(tenths);
        return String.format(Locale.ROOT, "%s%d:%02d.%d", sign, tenths / 600, (tenths / 10) % 60, tenths % 10);
    }

    public static String pain(Integer nrs) {
        return nrs == null ? "not recorded" : nrs + " / 10";
    }

    public static String orDash(String s) {
        return s.isBlank() ? "-" : s;
    }

    /** {@code value unit}, without a dangling space when there is no unit. */
    public static String withUnit(String value, String unit) {
        return unit.isEmpty() ? value : value + " " + unit;
    }
}
