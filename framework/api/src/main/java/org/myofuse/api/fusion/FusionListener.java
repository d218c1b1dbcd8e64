package org.myofuse.api.fusion;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives the fused stream; register as an OSGi service (whiteboard). Called from the fusion
 * bundle's dispatch thread, never from a driver thread; frames and events in time order. Must return
 * quickly: a slow listener loses frames, which the fusion bundle counts, never events.
 */
@ConsumerType
public interface FusionListener {

    /** A fused frame; the object is reused after the call returns. */
    default void onFrame(FusedFrame frame) {
    }

    /** A detected event. */
    default void onEvent(TherapyEvent event) {
    }
}
