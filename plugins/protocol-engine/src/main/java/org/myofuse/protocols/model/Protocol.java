package org.myofuse.protocols.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An effective protocol, as the engine runs it: the document with the clinic's overrides applied and
 * included protocols expanded into {@link #steps}.
 *
 * @param id          unique id
 * @param version     the protocol's own version ({@code MAJOR.MINOR.PATCH})
 * @param title       what the console shows
 * @param language    the language of its texts (BCP 47)
 * @param description what it is for ("" when not given)
 * @param equipment   what it needs of the devices
 * @param muscles     the muscles its steps name, by id
 * @param references  its sources, by key
 * @param steps       the steps in the order they run
 * @param parameters  every parameter with its path, value, unit and source, in document order
 */
public record Protocol(String id, String version, String title, String language, String description,
        Equipment equipment, Map<String, Muscle> muscles, Map<String, Reference> references, List<Step> steps,
        List<Parameter> parameters) {

    public Protocol {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(equipment, "equipment");
        muscles = Map.copyOf(muscles);
        references = Map.copyOf(references);
        steps = List.copyOf(steps);
        parameters = List.copyOf(parameters);
    }

    /** A step by id. */
    public Optional<Step> step(String stepId) {
        return steps.stream().filter(s -> s.id().equals(stepId)).findFirst();
    }

    /** A declared muscle by id. */
    public Muscle muscle(String muscleId) {
        Muscle m = muscles.get(muscleId);
        if (m == null) {
            throw new IllegalArgumentException("protocol " + id + " declares no muscle " + muscleId);
        }
        return m;
    }
}
