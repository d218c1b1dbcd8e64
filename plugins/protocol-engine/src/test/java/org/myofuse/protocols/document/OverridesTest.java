package org.myofuse.protocols.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.protocol.Problem;
import org.myofuse.protocols.model.Band;
import org.myofuse.protocols.model.Parameter;
import org.myofuse.protocols.model.Step;

/** A clinic's override files change parameters, wording and language of an installed protocol, and nothing else. */
class OverridesTest {

    private static final String HEADER = "format: myofuse-protocol-override\nformatVersion: 1\nprotocol: test-release\n";

    @Test
    void anOverrideChangesATargetAndTheParameterNamesTheOverrideAsItsSource() {
        Compiled c = new Compile().protocol("p.yaml", Compile.validText(),
                HEADER + "steps:\n  release:\n    targetNormalForce: {min: 5, max: 7.5}\n");
        assertTrue(c.ok(), c.problems().toString());
        assertEquals(List.of("override-0.yaml"), c.overridesApplied());
        Step.Release release = (Step.Release) c.model().orElseThrow().step("release").orElseThrow();
        assertEquals(new Band(5, 7.5, "N", "clinic override (override-0.yaml)"), release.targetNormalForce());
        Parameter p = c.model().orElseThrow().parameters().stream()
                .filter(x -> x.path().equals("steps[1].targetNormalForce")).findFirst().orElseThrow();
        assertEquals(new Parameter("steps[1].targetNormalForce", "5..7.5", "N", "clinic override (override-0.yaml)"), p);
    }

    @Test
    void anOverrideMayGiveItsOwnSourceAndChangeWordingAndLanguage() {
        Compiled c = new Compile().protocol("p.yaml", Compile.validText(), HEADER + """
                language: de
                title: Testlösung
                cues:
                  pressure.less: {text: "Weniger Druck"}
                steps:
                  release:
                    instruction: Lange Striche.
                    strokes: {value: 14, source: stevenson2023}
                """);
        assertTrue(c.ok(), c.problems().toString());
        var model = c.model().orElseThrow();
        assertEquals("de", model.language());
        assertEquals("Testlösung", model.title());
        Step.Release release = (Step.Release) model.step("release").orElseThrow();
        assertEquals("Lange Striche.", release.info().instruction());
        assertEquals(14, release.strokes().orElseThrow().value());
        assertEquals("stevenson2023", release.strokes().orElseThrow().source());
        assertEquals("Weniger Druck", release.info().cue("pressure.less").text());
        assertTrue(c.warnings().stream().anyMatch(w -> w.path().equals("language")), "other cue texts stay English: "
                + c.warnings());
    }

    @Test
    void anOverrideThatWouldMakeTheProtocolInvalidIsRefusedNamingItsOwnPathAndTheOthersStillApply() {
        Compiled c = new Compile().protocol("p.yaml", Compile.validText(),
                HEADER + "steps:\n  release:\n    targetNormalForce: {min: 12}\n",
                HEADER + "steps:\n  activate:\n    repetitions: {value: 8}\n");
        assertTrue(c.ok());
        assertEquals(List.of("override-1.yaml"), c.overridesApplied());
        assertEquals(List.of(new Problem(Problem.Level.ERROR, "override-0.yaml", "steps.release.targetNormalForce.min",
                "min 12 N is above max 9 N")), c.overridesRefused());
        Step.Release release = (Step.Release) c.model().orElseThrow().step("release").orElseThrow();
        assertEquals(6, release.targetNormalForce().min(), "the protocol's own value stays");
        assertEquals(8, ((Step.Biofeedback) c.model().orElseThrow().step("activate").orElseThrow()).repetitions().value());
    }

    @Test
    void anOverrideCannotNameAStepTheProtocolLacksNorChangeAStepsKind() {
        Compiled unknown = new Compile().protocol("p.yaml", Compile.validText(),
                HEADER + "steps:\n  relase:\n    strokes: {value: 3}\n");
        assertEquals("steps.relase", unknown.overridesRefused().get(0).path());
        assertTrue(unknown.overridesRefused().get(0).message().contains("no step 'relase' in test-release 1.0.0"));

        Parsed kind = Compile.parse("kind.yaml", HEADER + "steps:\n  tare:\n    kind: mvc\n");
        assertEquals("steps.tare.kind", kind.problems().get(0).path(), kind.problems().toString());
    }

    @Test
    void anOverrideForAnotherVersionIsNotApplied() {
        Compiled c = new Compile().protocol("p.yaml", Compile.validText(),
                HEADER + "protocolVersion: \"2\"\nsteps:\n  release:\n    strokes: {value: 3}\n");
        assertEquals(List.of(), c.overridesApplied());
        assertEquals("protocolVersion", c.overridesRefused().get(0).path());
        assertTrue(c.overridesRefused().get(0).message().contains("applies to version 2, but test-release is 1.0.0"));
    }

    @Test
    void nullRemovesAnOptionalParameter() {
        Compiled c = new Compile().protocol("p.yaml", Compile.validText(),
                HEADER + "steps:\n  activate:\n    ceilings: null\n");
        assertTrue(c.ok(), c.overridesRefused().toString());
        assertEquals(List.of(), ((Step.Biofeedback) c.model().orElseThrow().step("activate").orElseThrow()).ceilings());
    }
}
