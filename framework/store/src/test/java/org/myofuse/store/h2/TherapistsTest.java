package org.myofuse.store.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.store.SessionStatus;
import org.myofuse.api.store.StoreException;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.api.store.Patient;
import org.myofuse.api.store.Therapist;

class TherapistsTest {

    @TempDir
    Path home;

    private final MonotonicSessionClock clock = new MonotonicSessionClock();
    private final RingStreamBus bus = new RingStreamBus(clock);
    private H2SessionStore store;

    @BeforeEach
    void open() throws StoreException {
        store = openStore();
    }

    private H2SessionStore openStore() throws StoreException {
        return H2SessionStore.open(new Database(Database.fileUrl(home), "", ""), bus, clock, () -> "[]");
    }

    @AfterEach
    void close() {
        store.close();
        bus.close();
    }

    @Test
    void shouldRegisterAndListTherapistsByCode() throws Exception {
        store.addTherapist(new Therapist("TK", Optional.of("  Tove Kline ")));
        store.addTherapist(new Therapist("AB", Optional.empty()));

        assertEquals(List.of(new Therapist("AB", Optional.empty()), new Therapist("TK", Optional.of("Tove Kline"))),
                store.therapists());
        assertEquals(Optional.of("Tove Kline"), store.therapist("TK").orElseThrow().name());
        assertEquals(Optional.empty(), store.therapist("ZZ"));
    }

    @Test
    void shouldRefuseASecondTherapistWithTheSameCodeAndKeepTheFirst() throws Exception {
        store.addTherapist(new Therapist("TK", Optional.of("Tove Kline")));
        var e = assertThrows(StoreException.class, () -> store.addTherapist(new Therapist("TK", Optional.of("Other"))));
        assertEquals("therapist TK is already registered", e.getMessage());
        assertEquals(List.of(new Therapist("TK", Optional.of("Tove Kline"))), store.therapists());
    }

    @Test
    void shouldRefuseCodesWithSpacesOrSymbols() {
        var e = assertThrows(IllegalArgumentException.class, () -> new Therapist("Tove Kline", Optional.empty()));
        assertTrue(e.getMessage().startsWith("therapist code 'Tove Kline' must be"), e.getMessage());
    }

    @Test
    void shouldRefuseASessionForAnUnknownTherapistAndStoreNothing() throws Exception {
        var e = assertThrows(StoreException.class, () -> store.beginSession("", "TK", "", ""));
        assertEquals("unknown therapist TK (register with: myofuse therapists add TK)", e.getMessage());
        assertEquals(List.of(), store.sessions(null));
    }

    @Test
    void shouldKeepTheTherapistOfEverySessionAcrossAReopen() throws Exception {
        store.addTherapist(new Therapist("TK", Optional.empty()));
        store.addPatient(new Patient("P-001", Optional.empty(), Optional.empty(), true, Optional.empty()));
        var treated = store.beginSession("P-001", "TK", "iastm-lumbar", "1.0");
        assertEquals("TK", treated.therapistId());
        store.endSession(treated.id());
        var alone = store.beginSession("P-001", "iastm-lumbar", "1.0");
        store.endSession(alone.id());
        store.close();
        store = openStore();

        var sessions = store.sessions("P-001");
        assertEquals(List.of("", "TK"), sessions.stream().map(s -> s.therapistId()).toList());
        assertEquals("P-001", sessions.get(1).patientId());
        assertTrue(sessions.stream().allMatch(s -> s.status() == SessionStatus.COMPLETE));
    }

    @Test
    void shouldListASessionStillRecordingWithoutAnEnd() throws Exception {
        var running = store.beginSession("", "", "");
        assertEquals(-1, store.session(running.id()).orElseThrow().endEpochMillis());
        store.endSession(running.id());
        assertTrue(store.session(running.id()).orElseThrow().endEpochMillis() >= running.startEpochMillis());
    }
}
