package org.myofuse.protocols.document;

import java.util.List;
import java.util.Objects;

import org.myofuse.api.protocol.Problem;

import tools.jackson.databind.JsonNode;

/**
 * A document read and checked against its schema, on its own (includes and overrides are not looked at yet).
 *
 * @param file     the file as the user names it
 * @param kind     a protocol, an override, or neither (unreadable or of another format)
 * @param tree     the document; null when it could not be read
 * @param problems what the reading and the schema found (errors only), in document order
 */
public record Parsed(String file, Kind kind, JsonNode tree, List<Problem> problems) {

    /** What a document is. */
    public enum Kind {
        PROTOCOL, OVERRIDE, UNKNOWN
    }

    public Parsed {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        problems = List.copyOf(problems);
    }

    /** True when the document is usable: read, of a known format, conforming to its schema. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** A protocol's id or the protocol an override changes; "" when not known. */
    public String id() {
        if (tree == null || !tree.isObject()) {
            return "";
        }
        JsonNode id = tree.get(kind == Kind.OVERRIDE ? "protocol" : "id");
        return id != null && id.isString() ? id.stringValue() : "";
    }

    /** A protocol's version; "" when not known or for an override. */
    public String version() {
        if (kind != Kind.PROTOCOL || tree == null) {
            return "";
        }
        JsonNode version = tree.get("version");
        return version != null && version.isString() ? version.stringValue() : "";
    }
}
