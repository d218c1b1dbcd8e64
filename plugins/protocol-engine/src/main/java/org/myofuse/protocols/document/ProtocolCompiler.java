package org.myofuse.protocols.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.myofuse.api.protocol.Problem;
import org.myofuse.protocols.model.Protocol;

import tools.jackson.databind.JsonNode;

/**
 * Turns protocol and override documents into effective protocols: read (YAML or JSON), checked against
 * the published schema, includes expanded, the clinic's overrides applied one by one (an override that
 * would make the protocol invalid is refused and the others still apply), checked against the rules,
 * and mapped onto the model.
 *
 * <p>Thread-safe; the work happens on the calling thread.
 */
public final class ProtocolCompiler {

    private static final String PROTOCOL_FORMAT = "myofuse-protocol";
    private static final String OVERRIDE_FORMAT = "myofuse-protocol-override";

    private final Documents documents = new Documents();
    private final SchemaCheck schema = new SchemaCheck();
    private final ModelMapper mapper = new ModelMapper(new CueDefaults());

    /** Reads a document and checks it against its schema. Never throws for bad content. */
    public Parsed parse(String file, byte[] bytes) {
        JsonNode tree;
        try {
            tree = documents.read(file, bytes);
        } catch (Documents.Unreadable e) {
            return new Parsed(file, Parsed.Kind.UNKNOWN, null, List.of(error(file, "", e.getMessage())));
        }
        JsonNode format = tree.path("format");
        if (PROTOCOL_FORMAT.equals(format.stringValue(""))) {
            return new Parsed(file, Parsed.Kind.PROTOCOL, tree, schema.protocol(file, tree));
        }
        if (OVERRIDE_FORMAT.equals(format.stringValue(""))) {
            return new Parsed(file, Parsed.Kind.OVERRIDE, tree, schema.override(file, tree));
        }
        String why = !tree.isObject() ? "not a protocol: the document is not a mapping of fields"
                : format.isMissingNode() ? "missing (required): format must be " + PROTOCOL_FORMAT + " or " + OVERRIDE_FORMAT
                        : "unknown format '" + OneLine.of(format.toString()) + "': must be " + PROTOCOL_FORMAT + " or "
                                + OVERRIDE_FORMAT;
        return new Parsed(file, Parsed.Kind.UNKNOWN, tree, List.of(error(file, tree.isObject() ? "format" : "", why)));
    }

    /**
     * Makes a protocol effective.
     *
     * @param protocol  a parsed protocol document
     * @param overrides override documents for it, in the order to apply them (parsed; those with problems
     *                  are refused with them)
     * @param includes  the effective protocols its include entries may name, by id; the function says why
     *                  when there is none
     */
    public Compiled compile(Parsed protocol, List<Parsed> overrides, Function<String, Includes.Lookup> includes) {
        if (protocol.kind() != Parsed.Kind.PROTOCOL || !protocol.ok()) {
            return failed(protocol.file(), protocol.kind() == Parsed.Kind.OVERRIDE && protocol.ok()
                    ? List.of(error(protocol.file(), "format", "an override, not a protocol")) : protocol.problems());
        }
        Includes.Expanded expanded = Includes.expand(protocol.file(), protocol.tree(), includes);
        if (hasErrors(expanded.problems())) {
            return failed(protocol.file(), expanded.problems());
        }
        List<Problem> own = with(expanded.problems(), check(protocol.file(), expanded.tree(), expanded.stepPaths()));
        if (hasErrors(own)) {
            return failed(protocol.file(), own);
        }
        JsonNode tree = expanded.tree();
        List<String> applied = new ArrayList<>();
        List<Problem> refused = new ArrayList<>();
        for (Parsed override : overrides) {
            List<Problem> problems = override.ok() ? List.of() : override.problems();
            if (problems.isEmpty()) {
                Overrides.Applied result = Overrides.apply(tree, override);
                problems = result.problems().isEmpty() ? attribute(override.file(), result.tree(),
                        check(override.file(), result.tree(), identity(result.tree()))) : result.problems();
                if (!hasErrors(problems)) {
                    tree = result.tree();
                    applied.add(override.file());
                    continue;
                }
            }
            problems.stream().filter(p -> p.level() == Problem.Level.ERROR).forEach(refused::add);
        }
        List<Problem> finalProblems = applied.isEmpty() ? own
                : with(expanded.problems(), check(protocol.file(), tree, expanded.stepPaths()));
        Protocol model = mapper.map(tree, expanded.origins());
        return new Compiled(protocol.file(), Optional.of(model), tree, expanded.origins(), finalProblems, applied, refused);
    }

    /**
     * Schema and rules on an effective document.
     *
     * @param stepPaths where each step of {@code tree} is written in the file (problems are named there)
     */
    private List<Problem> check(String file, JsonNode tree, List<DocPath> stepPaths) {
        List<Problem> problems = schema.protocol(file, tree);
        if (!problems.isEmpty()) {
            return remap(problems, tree, stepPaths);
        }
        return Rules.check(file, tree, stepPaths);
    }

    /** Each step named where it is written: {@code steps[i]} of the tree, or the include entry it came from. */
    private static List<Problem> remap(List<Problem> problems, JsonNode tree, List<DocPath> stepPaths) {
        List<Problem> result = new ArrayList<>();
        for (Problem p : problems) {
            String path = p.path();
            if (!path.startsWith("steps[")) {
                result.add(p);
                continue;
            }
            int close = path.indexOf(']');
            int index = Integer.parseInt(path.substring(6, close));
            String written = stepPaths.get(index).toString();
            if (written.equals("steps[" + index + "]")) {
                result.add(p);
            } else {
                String id = tree.get("steps").get(index).path("id").stringValue("?");
                result.add(new Problem(p.level(), p.file(), written, "included step '" + id + "'"
                        + path.substring(close + 1) + ": " + p.message()));
            }
        }
        return result;
    }

    private static List<DocPath> identity(JsonNode tree) {
        List<DocPath> paths = new ArrayList<>();
        for (int i = 0; i < tree.get("steps").size(); i++) {
            paths.add(DocPath.ROOT.at("steps").at(i));
        }
        return paths;
    }

    /**
     * Problems an override caused, named as the override file names things: {@code steps.<id>.field}
     * instead of {@code steps[i].field}.
     */
    private static List<Problem> attribute(String file, JsonNode tree, List<Problem> problems) {
        List<Problem> result = new ArrayList<>();
        JsonNode steps = tree.get("steps");
        for (Problem p : problems) {
            String path = p.path();
            if (path.startsWith("steps[")) {
                int close = path.indexOf(']');
                int index = Integer.parseInt(path.substring(6, close));
                path = DocPath.ROOT.at("steps").at(steps.get(index).get("id").stringValue()) + path.substring(close + 1);
            }
            result.add(new Problem(p.level(), file, path, p.message()));
        }
        return result;
    }

    private static List<Problem> with(List<Problem> first, List<Problem> then) {
        List<Problem> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    private static Compiled failed(String file, List<Problem> problems) {
        return new Compiled(file, Optional.empty(), null, List.of(), problems, List.of(), List.of());
    }

    private static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(p -> p.level() == Problem.Level.ERROR);
    }

    private static Problem error(String file, String path, String message) {
        return new Problem(Problem.Level.ERROR, file, path, message);
    }
}
