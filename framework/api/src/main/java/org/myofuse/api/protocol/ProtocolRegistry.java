package org.myofuse.api.protocol;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The installed protocols: those any started bundle carries as resources (found when the bundle
 * starts, dropped when it stops) and those in the installation's {@code etc/protocols/} (picked up
 * while the host runs), each with the clinic's overrides from {@code etc/} applied. A document that
 * does not validate is refused with one line naming its file and path, and the version installed
 * before stays in effect. Provided by the protocol engine bundle.
 *
 * <p>Thread-safe; {@link #validate} reads files on the calling thread.
 */
@ProviderType
public interface ProtocolRegistry {

    /** The installed protocols, sorted by id. */
    List<ProtocolInfo> protocols();

    /** One installed protocol. */
    Optional<ProtocolInfo> protocol(String id);

    /**
     * The effective protocol (the document with the clinic's overrides applied and every parameter
     * resolved) as YAML, each parameter with its value, unit and source.
     *
     * @throws ProtocolException if no such protocol is installed
     */
    String effective(String id) throws ProtocolException;

    /**
     * Checks protocol documents (YAML or JSON) against the published schema and the rules the schema
     * cannot express (impossible targets, a step that can never end, unknown muscles or metrics), and
     * reports every problem found, errors and warnings, in document order. An empty list means valid.
     */
    List<Problem> validate(List<Path> files);
}
