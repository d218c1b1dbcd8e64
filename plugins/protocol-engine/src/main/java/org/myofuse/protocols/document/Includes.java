package org.myofuse.protocols.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.myofuse.api.protocol.Problem;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Expands a protocol's {@code include} entries into the steps of the effective protocols they name, so
 * that a composed session follows the clinic's overrides of its parts. The included protocol's muscles,
 * references and equipment join the composed one's (where both declare one, the composed protocol's
 * wins, with a warning when they differ); its cue styles go with its steps.
 */
public final class Includes {

    private Includes() {
    }

    /** An effective protocol another one may include. */
    public record Included(String id, String version, JsonNode tree, List<String> origins) {
    }

    /** What a lookup for an include found: the protocol, or why there is none (one line). */
    public record Lookup(Included found, String missing) {

        public static Lookup of(Included found) {
            return new Lookup(found, null);
        }

        public static Lookup none(String why) {
            return new Lookup(null, why);
        }
    }

    /**
     * The expanded document.
     *
     * @param tree      without include entries
     * @param origins   for each step, the protocol it was written in ({@code <id> <version>})
     * @param stepPaths for each step, where it is written in this file
     * @param problems  errors and warnings of the include entries
     */
    record Expanded(JsonNode tree, List<String> origins, List<DocPath> stepPaths, List<Problem> problems) {
    }

    static Expanded expand(String file, JsonNode document, Function<String, Lookup> lookup) {
        ObjectNode tree = (ObjectNode) document.deepCopy();
        ArrayNode steps = JsonNodeFactory.instance.arrayNode();
        List<String> origins = new ArrayList<>();
        List<DocPath> paths = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String own = document.get("id").stringValue() + " " + document.get("version").stringValue();
        JsonNode entries = document.get("steps");
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            DocPath at = DocPath.ROOT.at("steps").at(i);
            if (!entry.has("include")) {
                steps.add(entry.deepCopy());
                origins.add(own);
                paths.add(at);
                continue;
            }
            Lookup found = lookup.apply(entry.get("include").stringValue());
            if (found.found() == null) {
                problems.add(error(file, at.at("include"), found.missing()));
                continue;
            }
            include(file, tree, entry, at, found.found(), steps, origins, paths, problems);
        }
        tree.set("steps", steps);
        return new Expanded(tree, origins, paths, problems);
    }

    private static void include(String file, ObjectNode tree, JsonNode entry, DocPath at, Included included, ArrayNode steps,
            List<String> origins, List<DocPath> paths, List<Problem> problems) {
        if (entry.has("version") && !Versions.matches(included.version(), entry.get("version").stringValue())) {
            problems.add(error(file, at.at("version"), "asks for version " + entry.get("version").stringValue() + " of "
                    + included.id() + ", but " + included.version() + " is installed"));
            return;
        }
        JsonNode theirs = included.tree().get("steps");
        List<Integer> chosen = chosen(file, entry, at, theirs, problems);
        JsonNode cues = included.tree().path("cues");
        for (int k : chosen) {
            ObjectNode step = (ObjectNode) theirs.get(k).deepCopy();
            if (!cues.isMissingNode()) {
                ObjectNode merged = (ObjectNode) cues.deepCopy();
                step.path("cues").properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
                step.set("cues", merged);
            }
            steps.add(step);
            origins.add(included.origins().get(k));
            paths.add(at);
        }
        String name = included.id() + " " + included.version();
        join(file, tree, "muscles", included.tree(), at, name, problems);
        join(file, tree, "references", included.tree(), at, name, problems);
        equipment(tree, included.tree());
    }

    /** Indexes of the included steps: all, or those the entry names, in the included protocol's order. */
    private static List<Integer> chosen(String file, JsonNode entry, DocPath at, JsonNode theirs, List<Problem> problems) {
        List<Integer> chosen = new ArrayList<>();
        JsonNode wanted = entry.path("steps");
        for (int k = 0; k < theirs.size(); k++) {
            if (wanted.isMissingNode() || contains(wanted, theirs.get(k).get("id").stringValue())) {
                chosen.add(k);
            }
        }
        for (int j = 0; j < wanted.size(); j++) {
            String id = wanted.get(j).stringValue();
            if (!hasStep(theirs, id)) {
                problems.add(error(file, at.at("steps").at(j), "no step '" + id + "' in " + entry.get("include").stringValue()));
            }
        }
        return chosen;
    }

    private static boolean contains(JsonNode list, String value) {
        for (JsonNode v : list.values()) {
            if (value.equals(v.stringValue())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasStep(JsonNode steps, String id) {
        for (JsonNode s : steps.values()) {
            if (id.equals(s.get("id").stringValue())) {
                return true;
            }
        }
        return false;
    }

    /** Adds the included protocol's entries of {@code section}; one declared differently here is an error. */
    private static void join(String file, ObjectNode tree, String section, JsonNode included, DocPath at, String name,
            List<Problem> problems) {
        JsonNode theirs = included.path(section);
        if (theirs.isMissingNode() || theirs.isEmpty()) {
            return;
        }
        ObjectNode ours = tree.has(section) ? (ObjectNode) tree.get(section) : tree.putObject(section);
        for (Map.Entry<String, JsonNode> e : theirs.properties()) {
            JsonNode mine = ours.get(e.getKey());
            if (mine == null) {
                ours.set(e.getKey(), e.getValue().deepCopy());
            } else if (!mine.equals(e.getValue())) {
                problems.add(new Problem(Problem.Level.WARNING, file, at.at("include").toString(), section + "."
                        + e.getKey() + " is declared differently in " + name + ": this protocol's declaration applies to"
                        + " its steps too"));
            }
        }
    }

    /** The composed protocol's equipment wins; what it does not state comes from the included one. */
    private static void equipment(ObjectNode tree, JsonNode included) {
        JsonNode theirs = included.path("equipment");
        if (theirs.isMissingNode()) {
            return;
        }
        ObjectNode ours = tree.has("equipment") ? (ObjectNode) tree.get("equipment") : tree.putObject("equipment");
        for (String part : Set.copyOf(theirs.propertyNames())) {
            if (!ours.has(part)) {
                ours.set(part, theirs.get(part).deepCopy());
            }
        }
    }

    private static Problem error(String file, DocPath at, String message) {
        return new Problem(Problem.Level.ERROR, file, at.toString(), message);
    }
}
