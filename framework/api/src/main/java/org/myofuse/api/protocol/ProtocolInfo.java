package org.myofuse.api.protocol;

import java.util.List;
import java.util.Objects;

/**
 * An installed protocol as the registry has it.
 *
 * @param id        unique id, e.g. {@code lumbar-iastm-release}
 * @param version   the protocol's own version, recorded with every session that uses it
 * @param title     what the console shows
 * @param language  the language of its texts (BCP 47, e.g. {@code en})
 * @param source    where it came from: {@code bundle <symbolic name> <version>} or {@code file <path>}
 * @param steps     number of steps
 * @param overrides the override files applied to it, in the order applied (empty when none)
 * @param warnings  what validation warns about (e.g. passive release without a neuromuscular step)
 */
public record ProtocolInfo(String id, String version, String title, String language, String source, int steps,
        List<String> overrides, List<Problem> warnings) {

    public ProtocolInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(source, "source");
        overrides = List.copyOf(overrides);
        warnings = List.copyOf(warnings);
    }
}
