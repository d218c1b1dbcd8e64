package org.myofuse.protocols.run;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.myofuse.api.program.ParameterValue;
import org.myofuse.api.protocol.ProtocolException;
import org.myofuse.protocols.document.Compiled;
import org.myofuse.protocols.document.Includes;
import org.myofuse.protocols.document.Parsed;
import org.myofuse.protocols.document.ProtocolCompiler;
import org.myofuse.protocols.model.Parameter;
import org.myofuse.protocols.model.Protocol;
import org.myofuse.protocols.registry.InstalledProtocol;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A patient's program values on top of the effective protocol (docs/programs-format.md): each
 * {@link ParameterValue} ({@code <step id>.<path>}, e.g. {@code multifidus-left.target.min},
 * {@code bridge.repetitions}) becomes a change of an override document applied to the effective protocol,
 * with the program's line as the parameter's source, and the result is compiled and validated like any
 * protocol: a value that breaks it (a band's min above its max, a count not whole) refuses the run.
 */
final class ProgramParameters {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProgramParameters() {
    }

    /**
     * @throws ProtocolException one line naming the parameter: not in the protocol, another unit, or a
     *                           value the protocol does not accept
     */
    static Protocol apply(InstalledProtocol installed, List<ParameterValue> values, ProtocolCompiler compiler)
            throws ProtocolException {
        Protocol model = installed.model();
        ObjectNode override = JSON.createObjectNode();
        override.put("format", "myofuse-protocol-override");
        override.put("formatVersion", 1);
        override.put("protocol", model.id());
        ObjectNode steps = override.putObject("steps");
        for (ParameterValue v : values) {
            put(model, steps, v);
        }
        String label = "program values for " + model.id();
        Parsed protocol = compiler.parse(model.id() + " (effective)", installed.effective().getBytes(StandardCharsets.UTF_8));
        Parsed patch = compiler.parse(label, JSON.writeValueAsBytes(override));
        if (!patch.ok()) {
            throw new ProtocolException("cannot apply the patient's program to " + model.id() + ": " + first(patch.problems()));
        }
        Compiled compiled = compiler.compile(protocol, List.of(patch), id -> Includes.Lookup.none(
                "the effective protocol includes nothing"));
        if (!compiled.ok() || !compiled.overridesRefused().isEmpty()) {
            throw new ProtocolException("cannot apply the patient's program to " + model.id() + ": "
                    + first(compiled.ok() ? compiled.overridesRefused() : compiled.errors()));
        }
        return compiled.model().orElseThrow();
    }

    private static void put(Protocol model, ObjectNode steps, ParameterValue v) throws ProtocolException {
        String name = v.parameter();
        int dot = name.indexOf('.');
        String stepId = dot < 0 ? name : name.substring(0, dot);
        if (dot < 0 || model.step(stepId).isEmpty()) {
            throw new ProtocolException("cannot apply the patient's program to " + model.id() + ": parameter " + name
                    + " names no step of it");
        }
        String[] path = name.substring(dot + 1).split("\\.");
        String last = path[path.length - 1];
        boolean edge = last.equals("min") || last.equals("max");
        String parameterPath = edge ? name.substring(0, name.length() - last.length() - 1) : name;
        Parameter p = parameter(model, parameterPath);
        if (p == null) {
            throw new ProtocolException("cannot apply the patient's program to " + model.id() + ": parameter " + name
                    + " is not one of its parameters");
        }
        if (!p.unit().equals(v.unit())) {
            throw new ProtocolException("cannot apply the patient's program to " + model.id() + ": parameter " + name
                    + " is in '" + p.unit() + "', the program gives '" + v.unit() + "'");
        }
        ObjectNode at = steps.has(stepId) ? (ObjectNode) steps.get(stepId) : steps.putObject(stepId);
        int end = edge ? path.length - 1 : path.length;
        for (int i = 0; i < end; i++) {
            at = at.has(path[i]) ? (ObjectNode) at.get(path[i]) : at.putObject(path[i]);
        }
        boolean whole = v.unit().isEmpty() && v.value() == Math.rint(v.value());
        if (edge) {
            put(at, last, v.value(), whole);
        } else {
            put(at, "value", v.value(), whole);
        }
        at.put("source", v.source());
    }

    private static void put(ObjectNode at, String field, double value, boolean whole) {
        if (whole) {
            at.put(field, (long) value);
        } else {
            at.put(field, value);
        }
    }

    /** The protocol's parameter journaled as {@code <step id>.<path>}, or null. */
    private static Parameter parameter(Protocol model, String stepPath) {
        for (Parameter p : model.parameters()) {
            if (RunCore.stepPath(model, p.path()).equals(stepPath)) {
                return p;
            }
        }
        return null;
    }

    private static String first(List<org.myofuse.api.protocol.Problem> problems) {
        return problems.isEmpty() ? "refused" : problems.stream().limit(1)
                .map(pr -> (pr.path().isEmpty() ? "" : pr.path() + ": ") + pr.message()).collect(Collectors.joining());
    }
}
