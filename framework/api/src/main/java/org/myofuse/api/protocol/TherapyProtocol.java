package org.myofuse.api.protocol;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A guided therapy protocol (fascial release, EMG biofeedback, movement drill), registered as an OSGi
 * service by a protocol bundle. The host starts at most one run per session.
 */
@ConsumerType
public interface TherapyProtocol {

    /** Unique id, e.g. {@code fascial-release-tlf}; named by {@code myofuse run --protocol ID}. */
    String id();

    /** Version of the protocol definition, recorded with every session that used it. */
    String version();

    /** Title for the console. */
    String title();

    /** Starts a run; called on a host thread, not a driver thread. */
    ProtocolRun start(ProtocolContext context);
}
