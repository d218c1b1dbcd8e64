package org.myofuse.api.store;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The session store, provided by the store bundle. When present, the host records every session it
 * runs: a recorder subscribes to the stream bus for the session's duration.
 *
 * <p>Thread-safe. Methods do database I/O and may block: never call them from a driver thread or the
 * UI thread.
 */
@ProviderType
public interface SessionStore {

    /**
     * Starts a session record and its recorder; returns the session.
     *
     * @param patientId   a registered patient's code, or "" for none
     * @param therapistId a registered therapist's code, or "" for none
     * @throws StoreException if a code is not registered or the database fails; one line
     */
    SessionInfo beginSession(String patientId, String therapistId, String protocolId, String protocolVersion)
            throws StoreException;

    /** Starts a session without a therapist. */
    default SessionInfo beginSession(String patientId, String protocolId, String protocolVersion) throws StoreException {
        return beginSession(patientId, "", protocolId, protocolVersion);
    }

    /** Flushes everything recorded and marks the session complete. */
    SessionInfo endSession(String sessionId) throws StoreException;

    /** One session. */
    Optional<SessionInfo> session(String sessionId) throws StoreException;

    /** Sessions, newest first; only one patient's if {@code patientId} is not null. */
    List<SessionInfo> sessions(String patientId) throws StoreException;
}
