package org.myofuse.api.store;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told when a session begins and ends recording. Register as an OSGi service (whiteboard); the store
 * calls every listener in service ranking order. The live fusion starts a fresh engine for each session
 * this way, and a protocol run or a console follows the session.
 *
 * <p>Called on the thread that began or ended the session (a command or console worker thread, never a
 * driver, bus or UI thread), after the session's record exists and, at the end, after everything
 * recorded is flushed. A listener must return quickly; an exception it throws is logged and changes
 * nothing.
 */
@ConsumerType
public interface SessionListener {

    /** The session now records: streams on the bus from now on belong to it. */
    default void sessionBegan(SessionInfo session) {
    }

    /** The session has ended; {@code session} carries its end time and status. */
    default void sessionEnded(SessionInfo session) {
    }
}
