package org.myofuse.console.ui.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionStatus;
import org.myofuse.console.ui.Messages;

/** A stored session as the patients and review pages list it. */
class SessionRowsTest {

    private final Messages text = new Messages(Locale.ENGLISH);
    private final ZoneId zone = ZoneId.of("Europe/Berlin");
    private final long start = LocalDateTime.of(2026, 3, 2, 9, 30).atZone(zone).toInstant().toEpochMilli();

    @Test
    void shouldShowStartDurationProtocolStatusAndId() {
        var s = new SessionInfo("17", "P-1", "", "lumbar-session", "1.2.0", start, start + 3_725_000, SessionStatus.COMPLETE, true);
        assertEquals(List.of("2026-03-02 09:30", "1:02:05", "lumbar-session 1.2.0", "complete", "17"),
                SessionRows.row(s, zone, text));
    }

    @Test
    void shouldSayTheDateIsUnknownForAnImportWithoutOneAndThatARecordingGoesOn() {
        var imported = new SessionInfo("3", "", "", "", "", start, start + 65_000, SessionStatus.COMPLETE, false);
        assertEquals(List.of("date unknown, 09:30", "1:05", "\u2013", "complete", "3"), SessionRows.row(imported, zone, text));
        var recording = new SessionInfo("4", "", "", "", "", start, -1, SessionStatus.RECORDING, true);
        List<String> row = SessionRows.row(recording, zone, text);
        assertEquals(List.of("recording", "recording"), List.of(row.get(1), row.get(3)));
    }
}
