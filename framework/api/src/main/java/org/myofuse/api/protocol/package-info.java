/**
 * Guided therapy protocols: declarative protocols (YAML or JSON, format {@code myofuse-protocol},
 * docs/protocols-format.md) installed from bundles and from the installation's {@code etc/protocols/},
 * with clinic overrides; a protocol run that guides the therapist step by step on live fused metrics,
 * emits cues, takes the therapist's controls, and writes everything it does into the session.
 *
 * <p>The protocol engine bundle provides {@link org.myofuse.api.protocol.ProtocolRegistry} and
 * {@link org.myofuse.api.protocol.ProtocolEngine}; consoles, command lines and scripted simulations
 * follow a run through {@link org.myofuse.api.protocol.ProtocolListener} services.
 *
 * <p>Version 2: version 1.0.0 of this package was an interface set without an implementation and was
 * withdrawn; nothing of it is kept.
 */
@Export
@Version("2.0.0")
package org.myofuse.api.protocol;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
