package org.myofuse.programs.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.api.program.PlanInfo;
import org.myofuse.protocols.document.Compiled;
import org.myofuse.protocols.document.Includes;
import org.myofuse.protocols.document.Parsed;
import org.myofuse.protocols.document.ProtocolCompiler;

import tools.jackson.databind.JsonNode;

/**
 * The shipped lumbar-12-week plan against the protocol it runs, the composed lumbar session compiled by
 * the protocol engine as its registry compiles it: every rule names a step of the session and a number
 * of it, starts at the protocol's own value with the protocol's unit, and its step is judged by a step
 * result (a biofeedback or drill step).
 */
class ShippedPlanTest {

    private static final ProtocolCompiler COMPILER = new ProtocolCompiler();
    private final Map<String, Compiled> compiled = new HashMap<>();

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ShippedPlanTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private Compiled compile(String resource) throws IOException {
        Parsed parsed = COMPILER.parse(resource, resource("/protocols/" + resource));
        Compiled c = COMPILER.compile(parsed, List.of(), id -> compiled.containsKey(id)
                ? Includes.Lookup.of(new Includes.Included(id, compiled.get(id).model().orElseThrow().version(),
                        compiled.get(id).tree(), compiled.get(id).origins()))
                : Includes.Lookup.none("no protocol '" + id + "'"));
        assertTrue(c.ok(), resource + ": " + c.problems());
        compiled.put(parsed.id(), c);
        return c;
    }

    @Test
    void everyRuleStartsAtTheSessionsOwnValue() throws IOException {
        compile("lumbar-iastm-release.yaml");
        compile("lumbar-movement-drills.yaml");
        JsonNode session = compile("lumbar-session.yaml").tree();
        PlanInfo plan = new PlanReader().read("lumbar-12-week.yaml", resource("/programs/lumbar-12-week.yaml"), "test").plan();
        assertTrue(plan.phases().stream().allMatch(p -> p.protocolId().equals("lumbar-session")));
        assertFalse(plan.progressions().isEmpty());
        for (PlanInfo.Rule rule : plan.progressions()) {
            JsonNode step = step(session, rule.step());
            assertTrue(step.path("type").asString().equals("biofeedback") || step.path("type").asString().equals("drill"),
                    rule.id() + ": a step judged by its repetitions");
            assertEquals(rule.step(), rule.resultStep(), rule.id());
            JsonNode at = step;
            String[] path = rule.parameter().substring(rule.step().length() + 1).split("\\.");
            for (String name : path) {
                at = at.path(name);
            }
            JsonNode parameter = at.isObject() ? at : step.path(path[0]);
            double value = at.isNumber() ? at.asDouble() : at.path("value").asDouble(Double.NaN);
            assertEquals(rule.start(), value, rule.id() + ": " + rule.parameter() + " in the protocol");
            assertEquals(rule.unit(), parameter.path("unit").asString(""), rule.id() + ": unit");
        }
    }

    private static JsonNode step(JsonNode protocol, String id) {
        for (JsonNode step : protocol.path("steps")) {
            if (step.path("id").asString("").equals(id)) {
                return step;
            }
        }
        throw new AssertionError("no step " + id + " in " + protocol.path("id").asString());
    }
}
