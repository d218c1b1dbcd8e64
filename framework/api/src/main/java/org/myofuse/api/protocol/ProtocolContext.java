package org.myofuse.api.protocol;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What the host gives a running protocol. Thread-safe; never blocks.
 */
@ProviderType
public interface ProtocolContext {

    /** Shows a cue to the therapist and records it in the session. */
    void cue(Cue cue);

    /** Records that the protocol entered a step (e.g. "stroke set 2 of 3"). */
    void step(String description);

    /** Ends the run as finished. */
    void finish();
}
