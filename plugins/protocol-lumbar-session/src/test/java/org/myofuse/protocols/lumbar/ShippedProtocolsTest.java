package org.myofuse.protocols.lumbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.myofuse.api.protocol.Problem;
import org.myofuse.api.protocol.StepType;
import org.myofuse.protocols.document.Compiled;
import org.myofuse.protocols.document.Includes;
import org.myofuse.protocols.document.Parsed;
import org.myofuse.protocols.document.ProtocolCompiler;
import org.myofuse.protocols.model.Parameter;
import org.myofuse.protocols.model.Protocol;
import org.myofuse.protocols.model.Step;

/**
 * The three shipped protocols compile with the engine as the registry compiles them (the session
 * including the other two), every parameter cites a reference of the protocol or says 'clinic default',
 * and only the release alone draws the passive-release warning.
 */
class ShippedProtocolsTest {

    private static final ProtocolCompiler COMPILER = new ProtocolCompiler();
    private final Map<String, Compiled> compiled = new HashMap<>();

    private Compiled compile(String resource) throws IOException {
        byte[] bytes;
        try (InputStream in = ShippedProtocolsTest.class.getResourceAsStream("/protocols/" + resource)) {
            bytes = in.readAllBytes();
        }
        Parsed parsed = COMPILER.parse(resource, bytes);
        Compiled c = COMPILER.compile(parsed, List.of(), id -> compiled.containsKey(id)
                ? Includes.Lookup.of(new Includes.Included(id, compiled.get(id).model().orElseThrow().version(),
                        compiled.get(id).tree(), compiled.get(id).origins()))
                : Includes.Lookup.none("no protocol '" + id + "'"));
        assertTrue(c.ok(), resource + ": " + c.problems());
        compiled.put(parsed.id(), c);
        return c;
    }

    @Test
    void theThreeProtocolsCompileAndCiteTheirSources() throws IOException {
        Compiled release = compile("lumbar-iastm-release.yaml");
        Compiled drills = compile("lumbar-movement-drills.yaml");
        Compiled session = compile("lumbar-session.yaml");

        assertEquals(List.of("steps"), release.warnings().stream().map(Problem::path).toList(), "passive release alone");
        assertEquals(List.of(), drills.warnings());
        assertEquals(List.of(), session.warnings());

        for (Compiled c : List.of(release, drills, session)) {
            Protocol p = c.model().orElseThrow();
            for (Parameter parameter : p.parameters()) {
                assertTrue(parameter.source().equals("clinic default") || p.references().containsKey(parameter.source()),
                        p.id() + " " + parameter);
            }
        }
    }

    @Test
    void theSessionRunsPainCalibrationReleaseBiofeedbackDrillsPain() throws IOException {
        compile("lumbar-iastm-release.yaml");
        compile("lumbar-movement-drills.yaml");
        Protocol session = compile("lumbar-session.yaml").model().orElseThrow();
        List<Step> steps = session.steps();
        assertEquals("pain-nrs", steps.get(0).kind());
        assertEquals("pain-nrs", steps.get(steps.size() - 1).kind());
        List<StepType> order = steps.stream().map(Step::type).distinct().toList();
        assertEquals(List.of(StepType.ASSESSMENT, StepType.CALIBRATION, StepType.RELEASE, StepType.BIOFEEDBACK,
                StepType.DRILL), order);
        Step.QuietStance stance = (Step.QuietStance) session.step("sway-before").orElseThrow();
        assertTrue(stance.duration().value() >= 25, "ISPGR: at least 25 s");
        assertEquals("stevenson2023", ((Step.Release) session.step("release-tlf-left").orElseThrow()).targetNormalForce()
                .source());
    }
}
