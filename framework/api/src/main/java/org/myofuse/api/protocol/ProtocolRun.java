package org.myofuse.api.protocol;

import org.myofuse.api.fusion.FusionListener;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * One running protocol. Receives the fused stream on the fusion dispatch thread (see
 * {@link FusionListener}) and answers with cues through its {@link ProtocolContext}.
 */
@ConsumerType
public interface ProtocolRun extends FusionListener {

    /** Stops the run (therapist ended it or the session ended). Idempotent. */
    void stop();
}
