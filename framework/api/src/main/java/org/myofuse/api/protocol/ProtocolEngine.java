package org.myofuse.api.protocol;

import java.util.Optional;

import org.myofuse.api.store.SessionInfo;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs protocols, one at a time per host. Provided by the protocol engine bundle.
 *
 * <p>Thread-safe; {@link #start} may be called from any thread but a driver, bus or UI thread (it reads
 * the protocol and writes the first journal entries).
 */
@ProviderType
public interface ProtocolEngine {

    /**
     * Starts an installed protocol in a session that is recording. The parameter values in effect
     * (after the clinic's overrides) are written into the session first.
     *
     * @throws ProtocolException unknown protocol, a session that is not recording, or another run still
     *                           going; one line
     */
    ProtocolRun start(String protocolId, SessionInfo session) throws ProtocolException;

    /** The run going on now, if any. */
    Optional<ProtocolRun> current();
}
