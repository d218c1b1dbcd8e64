package org.myofuse.protocols.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes an effective protocol as YAML (what {@code myofuse protocol show} prints): a header of
 * comments naming where it came from, then the document itself, which is a valid protocol document
 * again (a clinic may save it into etc/protocols/ and edit it). Thread-safe.
 */
public final class EffectiveYaml {

    private final ObjectMapper yaml = YAMLMapper.builder().disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES).enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLWriteFeature.SPLIT_LINES).build();

    /**
     * @param compiled  a protocol that compiled
     * @param source    where it came from ({@code bundle ...} or {@code file ...})
     */
    public String render(Compiled compiled, String source) {
        JsonNode tree = compiled.tree();
        StringBuilder out = new StringBuilder();
        out.append("# Effective protocol ").append(tree.get("id").stringValue()).append(' ')
                .append(tree.get("version").stringValue()).append('\n');
        out.append("# source: ").append(source).append('\n');
        out.append("# overrides: ").append(compiled.overridesApplied().isEmpty() ? "none"
                : String.join(", ", compiled.overridesApplied())).append('\n');
        String own = tree.get("id").stringValue() + " " + tree.get("version").stringValue();
        for (Map.Entry<String, List<String>> e : included(tree, compiled.origins(), own).entrySet()) {
            out.append("# includes: ").append(e.getKey()).append(" (steps ").append(String.join(", ", e.getValue()))
                    .append(")\n");
        }
        out.append("# Every parameter gives its value, unit and source: a key of references, 'clinic default',\n");
        out.append("# or 'clinic override (FILE)' where an override file changed it.\n");
        out.append(yaml.writeValueAsString(tree));
        return out.toString();
    }

    private static Map<String, List<String>> included(JsonNode tree, List<String> origins, String own) {
        Map<String, List<String>> byOrigin = new LinkedHashMap<>();
        JsonNode steps = tree.get("steps");
        for (int i = 0; i < origins.size(); i++) {
            if (!origins.get(i).equals(own)) {
                byOrigin.computeIfAbsent(origins.get(i), k -> new java.util.ArrayList<>())
                        .add(steps.get(i).get("id").stringValue());
            }
        }
        return byOrigin;
    }
}
