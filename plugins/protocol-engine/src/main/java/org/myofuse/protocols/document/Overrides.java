package org.myofuse.protocols.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.myofuse.api.protocol.Problem;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies a clinic's override document to an effective protocol: RFC 7396 JSON Merge Patch (an object
 * merges into the object it names, {@code null} removes a field, anything else replaces), with steps
 * named by id instead of position. A parameter object changed without a {@code source} of the
 * override's own gets the source {@code clinic override (FILE)}, so the effective protocol still says
 * where every value comes from.
 */
final class Overrides {

    private Overrides() {
    }

    /** The result: the patched document, or the problems that kept the override from applying. */
    record Applied(JsonNode tree, List<Problem> problems) {
    }

    /**
     * @param protocol the effective protocol so far (left unchanged)
     * @param override a schema-valid override document naming this protocol
     */
    static Applied apply(JsonNode protocol, Parsed override) {
        List<Problem> problems = new ArrayList<>();
        JsonNode patch = override.tree();
        String version = protocol.get("version").stringValue();
        if (patch.has("protocolVersion") && !Versions.matches(version, patch.get("protocolVersion").stringValue())) {
            problems.add(new Problem(Problem.Level.ERROR, override.file(), "protocolVersion", "applies to version "
                    + patch.get("protocolVersion").stringValue() + ", but " + protocol.get("id").stringValue() + " is "
                    + version));
            return new Applied(protocol, problems);
        }
        String label = Rules.CLINIC_OVERRIDE + " (" + override.file() + ")";
        ObjectNode result = (ObjectNode) protocol.deepCopy();
        for (Map.Entry<String, JsonNode> e : patch.properties()) {
            switch (e.getKey()) {
                case "format", "formatVersion", "protocol", "protocolVersion" -> {
                    // what the override is, not what it changes
                }
                case "steps" -> steps(result, e.getValue(), label, override.file(), problems);
                default -> merge(result, e.getKey(), e.getValue(), label);
            }
        }
        return new Applied(result, problems);
    }

    private static void steps(ObjectNode protocol, JsonNode patches, String label, String file, List<Problem> problems) {
        JsonNode steps = protocol.get("steps");
        for (Map.Entry<String, JsonNode> e : patches.properties()) {
            ObjectNode step = find(steps, e.getKey());
            if (step == null) {
                problems.add(new Problem(Problem.Level.ERROR, file, DocPath.ROOT.at("steps").at(e.getKey()).toString(),
                        "no step '" + e.getKey() + "' in " + protocol.get("id").stringValue() + " "
                                + protocol.get("version").stringValue()));
                continue;
            }
            for (Map.Entry<String, JsonNode> field : e.getValue().properties()) {
                merge(step, field.getKey(), field.getValue(), label);
            }
        }
    }

    private static ObjectNode find(JsonNode steps, String id) {
        for (JsonNode s : steps.values()) {
            if (id.equals(s.path("id").stringValue(""))) {
                return (ObjectNode) s;
            }
        }
        return null;
    }

    /** Merges {@code patch} into field {@code name} of {@code target}. */
    private static void merge(ObjectNode target, String name, JsonNode patch, String label) {
        if (patch.isNull()) {
            target.remove(name);
            return;
        }
        JsonNode old = target.get(name);
        if (patch.isObject() && old != null && old.isObject()) {
            ObjectNode into = (ObjectNode) old;
            for (Map.Entry<String, JsonNode> e : patch.properties()) {
                merge(into, e.getKey(), e.getValue(), label);
            }
            if (into.has("source") && !patch.has("source")) {
                into.put("source", label);
            }
            return;
        }
        JsonNode copy = patch.deepCopy();
        if (copy.isObject() && old != null && old.isObject() && old.has("source") && !copy.has("source")) {
            ((ObjectNode) copy).put("source", label);
        }
        target.set(name, copy);
    }
}
