package org.myofuse.api.console;

import java.util.Optional;

import org.myofuse.api.store.SessionInfo;
import org.osgi.annotation.versioning.ProviderType;

/**
 * An open console and the session it records. The window closes when the therapist closes it, when
 * {@link #close()} is called, or after the screenshot the request asked for; then the console removes
 * the devices it added and ends the session (its record complete), and {@link #await()} returns.
 *
 * <p>Thread-safe.
 */
@ProviderType
public interface ConsoleRun {

    /** The session being recorded; empty when no session store is installed. */
    Optional<SessionInfo> session();

    /**
     * Waits until the window has closed and the session has ended.
     *
     * @return how it went
     * @throws InterruptedException if the waiting thread is interrupted (the console goes on)
     */
    ConsoleOutcome await() throws InterruptedException;

    /** Asks the console to close, as closing its window does; returns at once. Idempotent. */
    void close();
}
