package org.myofuse.api.protocol;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One protocol running in one session, driven by the therapist's controls and the live fused metrics.
 * Every step change, cue, confirmation, pain score and parameter value used is written into the
 * session as it happens ({@code org.myofuse.api.store.SessionJournal}, origin {@code protocol}).
 *
 * <p>Thread-safe. The controls return at once: the engine applies them on its own thread, in the order
 * they were given, and tells {@link ProtocolListener}s what changed. A control that does not apply in
 * the run's state (resume while running, a pain score while no step asks for one) is ignored and
 * returns false.
 */
@ProviderType
public interface ProtocolRun {

    /** The run as it stands now. */
    RunState state();

    /** Pauses the run: time and repetitions stop counting, no cue is issued until {@link #resume()}. */
    boolean pause();

    /** Resumes a paused run. */
    boolean resume();

    /** Ends the current step at once and starts the next (the step is recorded as skipped). */
    boolean skip();

    /** Starts the current step again from its beginning. */
    boolean repeat();

    /** Confirms the current step is done, for a step that waits for the therapist. */
    boolean confirm();

    /**
     * Records a pain score for a step that asks for one.
     *
     * @param nrs 0 (no pain) to 10 (worst imaginable)
     * @throws IllegalArgumentException outside 0-10
     */
    boolean enterPain(int nrs);

    /** Ends the run early; {@code reason} (one line) is recorded. Idempotent. */
    void abort(String reason);
}
