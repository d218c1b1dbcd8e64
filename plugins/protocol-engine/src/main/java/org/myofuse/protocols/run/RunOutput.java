package org.myofuse.protocols.run;

import org.myofuse.api.protocol.Cue;
import org.myofuse.api.protocol.RunState;
import org.myofuse.api.store.JournalEntry;

/**
 * Where a run's effects go: the session's journal, the protocol listeners, the fusion's calibration.
 * Called on the engine thread only, in the order things happen.
 */
interface RunOutput {

    /** Writes an entry (origin protocol) into the session. */
    void journal(JournalEntry entry);

    void runStarted(RunState state);

    void stepChanged(RunState state);

    void progressed(RunState state);

    void cue(Cue cue);

    void runEnded(RunState state);

    /**
     * A pain score of the moment {@code before} or {@code after} the treatment was entered: the session's
     * clinical assessment is to hold it (beside the {@code PAIN_NRS} entry).
     */
    default void assessed(String moment, int nrs) {
    }

    /** Sets a channel's MVC in the live fusion; false when there is no fusion calibration or no such channel. */
    boolean setMvc(String emgSource, double mvcUv);

    /** Zeroes the force tool(s) in the live fusion; the names of the tools tared (empty when none was). */
    String tare();
}
