package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionStatus;
import org.myofuse.api.store.Patient;
import org.myofuse.api.store.Therapist;

class StoreListingsTest {

    @Test
    void shouldListSessionsWithDurationAndStatus() {
        String text = SessionsListing.render(List.of(
                new SessionInfo("2", "P-001", "TK", "lumbar", "1.0", 1_700_000_000_000L, -1, SessionStatus.RECORDING),
                new SessionInfo("1", "", "", "", 1_700_000_000_000L, 1_700_000_095_000L, SessionStatus.INTERRUPTED)),
                ZoneOffset.UTC);
        String[] lines = text.split("\n");
        assertEquals(3, lines.length, text);
        assertTrue(lines[0].startsWith("ID"), text);
        assertTrue(lines[1].matches("2 +P-001 +TK +lumbar 1\\.0 +2023-11-14 22:13:20 +- +RECORDING"), lines[1]);
        assertTrue(lines[2].startsWith("1 ") && lines[2].endsWith("INTERRUPTED") && lines[2].contains(" - "), lines[2]);
        assertEquals("No sessions recorded.\n", SessionsListing.render(List.of(), ZoneOffset.UTC));
    }
    @Test
    void aSessionImportedWithATimeOfDayAloneShowsItsDateAsUnknown() {
        long elevenOClockOnTheUnknownDay = 39_766_251L; // 1970-01-01T11:02:46.251Z
        String text = SessionsListing.render(List.of(new SessionInfo("3", "", "", "import:openbci", "",
                elevenOClockOnTheUnknownDay, elevenOClockOnTheUnknownDay + 131_000, SessionStatus.COMPLETE, false)),
                ZoneOffset.UTC);
        String row = text.split("\n")[1];
        assertTrue(row.matches("3 +- +- +import:openbci +date unknown 11:02:46 +02:11 +COMPLETE"), row);
        assertTrue(!text.contains("1970"), "no made-up date: " + text);
    }


    @Test
    void shouldListTherapistsByCodeWithTheirNames() {
        String text = TherapistsTask.render(List.of(new Therapist("AB", Optional.empty()),
                new Therapist("TK", Optional.of("Tove Kline"))));
        String[] lines = text.split("\n");
        assertTrue(lines[0].matches("CODE +NAME"), lines[0]);
        assertTrue(lines[1].matches("AB +-"), lines[1]);
        assertTrue(lines[2].matches("TK +Tove Kline"), lines[2]);
        assertEquals("No therapists registered.\n", TherapistsTask.render(List.of()));
    }

    @Test
    void shouldListPatientsWithConsent() {
        String text = PatientsTask.render(List.of(
                new Patient("P-001", Optional.of("Ada Example"), Optional.of(LocalDate.of(1980, 2, 29)), true,
                        Optional.of(LocalDate.of(2025, 1, 15))),
                new Patient("P-002", Optional.empty(), Optional.empty(), false, Optional.empty())));
        String[] lines = text.split("\n");
        assertTrue(lines[1].matches("P-001 +Ada Example +1980-02-29 +yes, 2025-01-15"), lines[1]);
        assertTrue(lines[2].matches("P-002 +- +- +no"), lines[2]);
    }
}
