package org.myofuse.console.ui.patients;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.myofuse.api.store.SessionInfo;
import org.myofuse.console.ui.Messages;

/**
 * A stored session as a row of the console's session tables: start ("date unknown" and the time of
 * day for an imported session without a date), duration, protocol, status, id. Shared by the patients
 * and review pages.
 */
public final class SessionRows {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private SessionRows() {
    }

    /** The cells: start, duration, protocol, status, session id. */
    public static List<String> row(SessionInfo s, ZoneId zone, Messages text) {
        var start = Instant.ofEpochMilli(s.startEpochMillis()).atZone(zone);
        String when = s.startDateKnown() ? DAY_TIME.format(start) : text.get("sessions.dateUnknown", TIME.format(start));
        String duration = s.endEpochMillis() < 0 ? text.get("sessions.recording") : duration(s.endEpochMillis() - s.startEpochMillis());
        String protocol = s.protocolId().isEmpty() ? "\u2013"
                : s.protocolId() + (s.protocolVersion().isEmpty() ? "" : " " + s.protocolVersion());
        return List.of(when, duration, protocol, text.get("sessions.status." + s.status().name()), s.id());
    }

    /** h:mm:ss or m:ss. */
    static String duration(long millis) {
        long s = Math.max(0, millis) / 1000;
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
