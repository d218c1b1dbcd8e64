package org.myofuse.store.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
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

class PatientsTest {

    @TempDir
    Path home;

    private final MonotonicSessionClock clock = new MonotonicSessionClock();
    private final RingStreamBus bus = new RingStreamBus(clock);
    private H2SessionStore store;

    @BeforeEach
    void open() throws StoreException {
        store = H2SessionStore.open(new Database(Database.fileUrl(home), "", ""), bus, clock, () -> "[]");
    }

    @AfterEach
    void close() {
        store.close();
        bus.close();
    }

    @Test
    void shouldRegisterAndListPatientsByCode() throws Exception {
        var full = new Patient("P-002", Optional.of("Ada Example"), Optional.of(LocalDate.of(1980, 2, 29)), true,
                Optional.of(LocalDate.of(2025, 1, 15)));
        var minimal = new Patient("P-001", Optional.empty(), Optional.empty(), false, Optional.empty());
        store.addPatient(full);
        store.addPatient(minimal);

        assertEquals(List.of(minimal, full), store.patients());
        assertEquals(Optional.of(full), store.patient("P-002"));
        assertEquals(Optional.empty(), store.patient("P-404"));
    }

    @Test
    void shouldRefuseADuplicateCodeInOneLine() throws Exception {
        store.addPatient(new Patient("P-001", Optional.empty(), Optional.empty(), false, Optional.empty()));
        var e = assertThrows(StoreException.class, () -> store.addPatient(
                new Patient("P-001", Optional.of("Other"), Optional.empty(), true, Optional.empty())));
        assertEquals("patient P-001 is already registered", e.getMessage());
        assertEquals(1, store.patients().size());
    }

    @Test
    void shouldRefuseCodesThatAreNotPseudonymousIdentifiers() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new Patient("Ada Example", Optional.empty(), Optional.empty(), false, Optional.empty()));
        assertTrue(e.getMessage().startsWith("patient code 'Ada Example' must be"));
    }

    @Test
    void shouldRefuseASessionForAnUnknownPatient() {
        var e = assertThrows(StoreException.class, () -> store.beginSession("P-404", "", ""));
        assertTrue(e.getMessage().startsWith("unknown patient P-404"), e.getMessage());
    }

    @Test
    void shouldListSessionsPerPatientNewestFirst() throws Exception {
        store.addPatient(new Patient("P-001", Optional.empty(), Optional.empty(), true, Optional.empty()));
        var first = store.beginSession("P-001", "iastm-lumbar", "1.0");
        store.endSession(first.id());
        var second = store.beginSession("P-001", "iastm-lumbar", "1.0");
        store.endSession(second.id());
        var anonymous = store.beginSession("", "", "");
        store.endSession(anonymous.id());

        var sessions = store.sessions("P-001");
        assertEquals(List.of(second.id(), first.id()), sessions.stream().map(s -> s.id()).toList());
        assertTrue(sessions.stream().allMatch(s -> s.status() == SessionStatus.COMPLETE && s.endEpochMillis() >= s
                .startEpochMillis()));
        assertEquals(3, store.sessions(null).size());
        assertEquals("", store.session(anonymous.id()).orElseThrow().patientId());
        assertThrows(StoreException.class, () -> store.sessions("P-404"));
    }
}
