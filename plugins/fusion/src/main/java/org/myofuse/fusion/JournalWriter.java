package org.myofuse.fusion;

import java.util.function.Supplier;

import org.myofuse.api.fusion.FusionListener;
import org.myofuse.api.fusion.TherapyEvent;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.store.SessionJournal;

/**
 * Writes the live engine's events into the journal of the session being recorded, as they go out:
 * one {@link JournalEntry} per event (origin {@link JournalEntry#LIVE}, {@code sessionNanos} when it
 * happened, type the {@code TherapyEventType} name, source, value, unit and detail as the event has
 * them). Frames cost nothing here.
 *
 * <p>Called on the engine's thread; {@link SessionJournal#append} never blocks. The entry is this
 * listener's only allocation, per event. {@link #stop()} may be called from any thread.
 */
final class JournalWriter implements FusionListener {

    private final String sessionId;
    private final Supplier<SessionJournal> journal;
    private volatile boolean writing = true;
    private long written;
    private long lost;

    /** @param journal the journal now, or null while there is none */
    JournalWriter(String sessionId, Supplier<SessionJournal> journal) {
        this.sessionId = sessionId;
        this.journal = journal;
    }

    @Override
    public void onEvent(TherapyEvent e) {
        if (!writing) {
            return;
        }
        SessionJournal j = journal.get();
        if (j != null && j.append(sessionId, new JournalEntry(e.sessionNanos(), e.type().name(), e.source(), e.value(),
                e.unit(), e.detail(), JournalEntry.LIVE))) {
            written++;
        } else {
            lost++;
        }
    }

    /** A calibration the engine applied (type {@code CALIBRATION}, origin live), as the calibration's contract asks. */
    void calibrated(long sessionNanos, String source, double value, String unit, String detail) {
        if (!writing) {
            return;
        }
        SessionJournal j = journal.get();
        if (j != null && j.append(sessionId, new JournalEntry(sessionNanos, "CALIBRATION", source, value, unit, detail,
                JournalEntry.LIVE))) {
            written++;
        } else {
            lost++;
        }
    }

    /** The session no longer records: later events are not offered to its journal. */
    void stop() {
        writing = false;
    }

    String sessionId() {
        return sessionId;
    }

    /** Entries the journal took; read on the engine's thread or after it stopped. */
    long written() {
        return written;
    }

    /** Events the journal refused, or that found no journal. */
    long lost() {
        return lost;
    }
}
