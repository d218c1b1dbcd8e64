package org.myofuse.protocols.document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.myofuse.api.protocol.Problem;
import org.myofuse.protocols.model.Protocol;

import tools.jackson.databind.JsonNode;

/**
 * A protocol document made effective: includes expanded, overrides applied, checked.
 *
 * @param file              the protocol's file as the user names it
 * @param model             the model the engine runs; empty when the document has errors
 * @param tree              the effective document; null when it has errors
 * @param origins           for each step, the protocol it was written in
 * @param problems          the protocol's own problems: errors (then there is no model) and warnings
 * @param overridesApplied  the override files applied, in order
 * @param overridesRefused  problems of override files that were not applied (each names its file)
 */
public record Compiled(String file, Optional<Protocol> model, JsonNode tree, List<String> origins, List<Problem> problems,
        List<String> overridesApplied, List<Problem> overridesRefused) {

    public Compiled {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(model, "model");
        origins = List.copyOf(origins);
        problems = List.copyOf(problems);
        overridesApplied = List.copyOf(overridesApplied);
        overridesRefused = List.copyOf(overridesRefused);
    }

    /** True when the protocol compiled (it may still have warnings). */
    public boolean ok() {
        return model.isPresent();
    }

    /** The warnings among the protocol's problems. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.level() == Problem.Level.WARNING).toList();
    }

    /** The errors among the protocol's problems. */
    public List<Problem> errors() {
        return problems.stream().filter(p -> p.level() == Problem.Level.ERROR).toList();
    }
}
