package org.myofuse.protocols.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.protocols.model.Step;

/** A composed protocol includes the effective steps of others, overrides and all. */
class IncludesTest {

    private static final String SESSION = """
            format: myofuse-protocol
            formatVersion: 1
            id: session
            version: 2.1.0
            title: Session
            language: en
            steps:
              - id: pain-before
                type: assessment
                kind: pain-nrs
                title: Pain before
                instruction: Ask.
                moment: before
              - include: test-release
                version: "1"
                steps: [tare, release]
              - id: pain-after
                type: assessment
                kind: pain-nrs
                title: Pain after
                instruction: Ask.
                moment: after
            """;

    @Test
    void includedStepsComeInPlaceWithTheirOriginAndTheIncludedProtocolsDeclarations() {
        Compile compile = new Compile();
        assertTrue(compile.protocol("release.yaml", Compile.validText(),
                "format: myofuse-protocol-override\nformatVersion: 1\nprotocol: test-release\nsteps:\n  release:\n    strokes: {value: 4}\n")
                .ok());
        Compiled session = compile.protocol("session.yaml", SESSION);
        assertTrue(session.ok(), session.problems().toString());
        var model = session.model().orElseThrow();
        assertEquals(List.of("pain-before", "tare", "release", "pain-after"), model.steps().stream().map(Step::id).toList());
        assertEquals(List.of("session 2.1.0", "test-release 1.0.0", "test-release 1.0.0", "session 2.1.0"), session.origins());
        assertEquals(4, ((Step.Release) model.step("release").orElseThrow()).strokes().orElseThrow().value(),
                "the included protocol's override applies in the session");
        assertTrue(model.muscles().containsKey("multifidus-left"));
        assertTrue(model.references().containsKey("stevenson2023"));
        assertTrue(model.equipment().forceTool().isPresent());
        assertTrue(session.warnings().stream().anyMatch(w -> w.message().contains("passive release")),
                "the session has a release and no biofeedback or drill of its own: " + session.warnings());
    }

    @Test
    void aMissingProtocolAWrongVersionOrAnUnknownStepIsAnErrorAtTheIncludeEntry() {
        Compiled missing = new Compile().protocol("session.yaml", SESSION);
        assertFalse(missing.ok());
        assertEquals("steps[1].include", missing.errors().get(0).path());

        Compile compile = new Compile();
        compile.protocol("release.yaml", Compile.validText());
        Compiled version = compile.protocol("session.yaml", SESSION.replace("version: \"1\"", "version: \"2\""));
        assertEquals("steps[1].version", version.errors().get(0).path());
        assertTrue(version.errors().get(0).message().contains("1.0.0 is installed"));

        Compiled step = compile.protocol("session.yaml", SESSION.replace("[tare, release]", "[tare, relese]"));
        assertEquals("steps[1].steps[1]", step.errors().get(0).path());
    }

    @Test
    void aStepIdTwiceAfterIncludingIsAnErrorAtTheIncludeEntry() {
        Compile compile = new Compile();
        compile.protocol("release.yaml", Compile.validText());
        Compiled c = compile.protocol("session.yaml", SESSION.replace("id: pain-before", "id: tare"));
        assertEquals("steps[1].id", c.errors().get(0).path(), c.errors().toString());
        assertTrue(c.errors().get(0).message().contains("duplicate step id 'tare'"));
    }
}
