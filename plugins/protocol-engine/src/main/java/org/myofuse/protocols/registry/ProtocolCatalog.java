package org.myofuse.protocols.registry;

import java.util.Optional;

/**
 * The installed protocols with their models, for the run-time engine in this bundle (not exported: it is
 * registered as a service of this bundle only, next to {@link org.myofuse.api.protocol.ProtocolRegistry}).
 *
 * <p>Thread-safe; each call reads the catalog as it stands (an immutable snapshot, replaced whenever a
 * bundle, file or override changes): a run keeps the model it started with.
 */
public interface ProtocolCatalog {

    /** An installed protocol by id. */
    Optional<InstalledProtocol> installed(String id);
}
