package org.myofuse.fusion;

import java.util.ArrayList;
import java.util.List;

import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.store.SessionJournal;

/**
 * A session journal kept in memory, at the edge where the store's would write: it takes entries for
 * the one session recording now (as the store's does) and refuses every other. Thread-safe.
 */
final class InMemoryJournal implements SessionJournal {

    record Appended(String sessionId, JournalEntry entry) {
    }

    private final List<Appended> entries;
    private String recording;
    private long refused;

    InMemoryJournal(int capacity) {
        // sized up front so that taking an entry allocates nothing of the journal's own
        this.entries = new ArrayList<>(capacity);
    }

    synchronized void begin(String sessionId) {
        recording = sessionId;
    }

    synchronized void end() {
        recording = null;
    }

    @Override
    public synchronized boolean append(String sessionId, JournalEntry entry) {
        if (!sessionId.equals(recording)) {
            refused++;
            return false;
        }
        entries.add(new Appended(sessionId, entry));
        return true;
    }

    synchronized List<Appended> entries() {
        return List.copyOf(entries);
    }

    /** The entries of one session, in the order they came. */
    synchronized List<JournalEntry> of(String sessionId) {
        return entries.stream().filter(a -> a.sessionId().equals(sessionId)).map(Appended::entry).toList();
    }

    synchronized long refused() {
        return refused;
    }
}
