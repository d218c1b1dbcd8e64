package org.myofuse.protocols.registry;

import java.util.Objects;

import org.myofuse.api.protocol.ProtocolInfo;
import org.myofuse.protocols.model.Protocol;

/**
 * An installed protocol.
 *
 * @param info      what the registry lists
 * @param model     the effective protocol the engine runs (overrides applied, includes expanded)
 * @param effective the effective document as YAML ({@code myofuse protocol show})
 */
public record InstalledProtocol(ProtocolInfo info, Protocol model, String effective) {

    public InstalledProtocol {
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(effective, "effective");
    }
}
