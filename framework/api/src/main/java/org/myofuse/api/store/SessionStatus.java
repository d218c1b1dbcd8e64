package org.myofuse.api.store;

/** Where a stored session stands. */
public enum SessionStatus {
    /** Being recorded now. */
    RECORDING,
    /** Ended normally; everything recorded is stored. */
    COMPLETE,
    /** The host stopped without ending it (crash, power loss); everything flushed before is kept. */
    INTERRUPTED
}
