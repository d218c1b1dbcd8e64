package org.myofuse.store.h2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.fusion.TherapyEventType;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.store.StoredEvent;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.store.testing.Simulated;

/** Journal entries written into a recording session, on a real H2 file and the real bus. */
class SessionJournalTest {

    @TempDir
    Path home;

    private final MonotonicSessionClock clock = new MonotonicSessionClock();
    private final RingStreamBus bus = new RingStreamBus(clock);
    private H2SessionStore store;
    private H2SessionReview review;

    @BeforeEach
    void open() throws Exception {
        Database database = new Database(Database.fileUrl(home), "", "");
        store = H2SessionStore.open(database, bus, clock, () -> "[]");
        review = new H2SessionReview(database);
    }

    @AfterEach
    void close() {
        store.close();
        bus.close();
    }

    private static JournalEntry entry(long nanos, String type, String detail) {
        return new JournalEntry(nanos, type, "sim-emg-1/L_multifidus", 12.5, "%MVC", detail, JournalEntry.LIVE);
    }

    @Test
    void entriesOfARecordingSessionAreStoredWithTheirTimesAndOrigin() throws Exception {
        String session = store.beginSession("", "", "").id();
        var device = Simulated.emg("sim_emg-1", 3);
        SamplePublisher publisher = bus.openStream(device.deviceId(), device.descriptor(), device.blockFrames());
        long next = 0;
        for (int round = 0; round < 50; round++) {
            next = device.publish(publisher, next, clock);
            if (round % 10 == 0) {
                assertTrue(store.append(session, entry(clock.nanos(), "EMG_ONSET", "onset " + round)));
            }
            Thread.sleep(2);
        }
        bus.closeStream(publisher, "run ended");
        store.endSession(session);

        List<StoredEvent> events = review.events(session);
        assertEquals(List.of("onset 0", "onset 10", "onset 20", "onset 30", "onset 40"),
                events.stream().map(StoredEvent::detail).toList());
        StoredEvent first = events.get(0);
        assertEquals("EMG_ONSET", first.type());
        assertEquals("sim-emg-1/L_multifidus", first.source());
        assertEquals(12.5, first.value());
        assertEquals("%MVC", first.unit());
        assertEquals("live", first.origin());
    }

    @Test
    void entriesAreCommittedWithinAboutATenthOfASecondEvenWithoutAnyStream() throws Exception {
        String session = store.beginSession("", "", "").id();
        assertTrue(store.append(session, new JournalEntry(clock.nanos(), "PAIN_NRS", "", 6, "NRS", "pain before",
                JournalEntry.PROTOCOL)));

        // Another connection sees only what is committed.
        var reader = new H2SessionReview(new Database(Database.fileUrl(home), "", ""));
        long start = System.nanoTime();
        Awaitility.await("the entry committed").atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(5))
                .until(() -> reader.events(session).size() == 1);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 1_000, "committed after " + millis + " ms");
        assertEquals("protocol", reader.events(session).get(0).origin());
        store.endSession(session);
    }

    @Test
    void onlyTheSessionBeingRecordedTakesEntries() throws Exception {
        assertFalse(store.append("1", entry(0, "STROKE_START", "no session yet")));
        String session = store.beginSession("", "", "").id();
        assertFalse(store.append("99", entry(0, "STROKE_START", "another session")));
        store.endSession(session);
        assertFalse(store.append(session, entry(0, "STROKE_START", "after the end")));
        assertEquals(List.of(), review.events(session));
    }

    @Test
    void anAnalysisKeepsTheJournaledEntriesBesideItsOwn() throws Exception {
        String session = store.beginSession("", "", "").id();
        store.append(session, entry(1_000_000_000L, "GUARDING", "live guarding"));
        store.endSession(session);

        review.saveAnalysis(session, "{}", List.of(new TherapyEvent(TherapyEventType.GUARDING, 1_000_000_000L,
                "sim-emg-1/L_multifidus", 12.0, "%MVC", "analysed guarding")));
        review.saveAnalysis(session, "{}", List.of(new TherapyEvent(TherapyEventType.GUARDING, 1_000_000_000L,
                "sim-emg-1/L_multifidus", 12.0, "%MVC", "analysed again")));

        assertEquals(List.of("live:live guarding", "analysis:analysed again"),
                review.events(session).stream().map(e -> e.origin() + ":" + e.detail()).toList());
    }
}
