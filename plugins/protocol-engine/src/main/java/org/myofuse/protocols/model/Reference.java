package org.myofuse.protocols.model;

import java.util.Objects;

/**
 * A published source parameters cite by key.
 *
 * @param key      the key parameters name in their {@code source}
 * @param citation the citation, one line
 * @param doi      its DOI, "" when not given
 * @param url      a link, "" when not given
 */
public record Reference(String key, String citation, String doi, String url) {

    public Reference {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(doi, "doi");
        Objects.requireNonNull(url, "url");
    }
}
