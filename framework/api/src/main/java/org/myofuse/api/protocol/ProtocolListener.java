package org.myofuse.api.protocol;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Follows protocol runs; register as an OSGi service (whiteboard). The console shows them, the
 * command line prints them, a scripted simulation responds to them.
 *
 * <p>Called on the engine's own thread, one call at a time, in the order things happen; never on a
 * driver, bus or UI thread. A listener must return quickly (hand work to its own thread, for a UI with
 * {@code Display.asyncExec}); an exception it throws is logged and changes nothing for the run.
 */
@ConsumerType
public interface ProtocolListener {

    /** A run began; {@code state.step()} is its first step. */
    default void runStarted(RunState state) {
    }

    /** The run moved to another step, was paused or resumed, or a step was repeated. */
    default void stepChanged(RunState state) {
    }

    /** Repetitions were counted or a step's progress changed otherwise. */
    default void progressed(RunState state) {
    }

    /** A cue was issued. */
    default void cue(Cue cue) {
    }

    /** The run ended (completed or aborted). */
    default void runEnded(RunState state) {
    }
}
