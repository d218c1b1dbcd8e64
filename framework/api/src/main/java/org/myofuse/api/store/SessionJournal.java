package org.myofuse.api.store;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes what happens during a session into its record while it records: live fusion events, a
 * protocol's steps, cues, confirmations, parameters and pain scores. Provided by the store bundle.
 *
 * <p>An entry is committed with the recorder's next flush, in the same transaction as the raw data
 * recorded up to then, so it is exactly as durable as they are: within about 100 ms, and kept when the
 * process is killed after that. Stored entries keep their {@link JournalEntry#origin() origin}; an
 * analysis of the session later stores its own events beside them and never replaces them.
 *
 * <p>Thread-safe. {@link #append} never blocks and does no I/O on the calling thread, so it may be
 * called from a bus dispatch thread (the live fusion) as well as from any other; it allocates only the
 * entry the caller made.
 */
@ProviderType
public interface SessionJournal {

    /**
     * Appends an entry to the session being recorded.
     *
     * @return false when that session is not recording here (the entry is dropped), or when entries
     *         arrive faster than the recorder can write them (dropped and counted; the store logs the
     *         first loss of each session)
     */
    boolean append(String sessionId, JournalEntry entry);
}
