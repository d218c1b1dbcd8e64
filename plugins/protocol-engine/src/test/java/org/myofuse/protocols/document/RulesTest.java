package org.myofuse.protocols.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.protocol.Problem;

/** The warnings: a passive release alone, %MVC without an MVC step. */
class RulesTest {

    @Test
    void aReleaseWithoutNeuromuscularOrMovementWorkDrawsTheWarning() {
        String releaseOnly = Compile.validText().substring(0, Compile.validText().indexOf("  - id: mvc"));
        Compiled c = new Compile().protocol("release-only.yaml", releaseOnly);
        assertTrue(c.ok(), c.problems().toString());
        assertEquals(1, c.warnings().size(), c.warnings().toString());
        Problem w = c.warnings().get(0);
        assertEquals("steps", w.path());
        assertTrue(w.message().startsWith("passive release without a neuromuscular (biofeedback) or movement (drill) step"));
    }

    @Test
    void theValidProtocolHasNoWarning() {
        assertEquals(List.of(), new Compile().protocol("p.yaml", Compile.validText()).warnings());
    }

    @Test
    void percentMvcWithoutAnEarlierMvcStepIsAWarningAtTheMuscle() {
        String text = Compile.validText();
        String mvc = text.substring(text.indexOf("  - id: mvc"), text.indexOf("  - id: activate"));
        Compiled c = new Compile().protocol("p.yaml", text.replace(mvc, ""));
        assertTrue(c.ok());
        assertEquals(List.of("steps[2].muscle", "steps[2].ceilings[0].muscle"), c.warnings().stream().map(Problem::path).toList());
    }

    @Test
    void everyErrorOfADocumentIsReportedNotOnlyTheFirst() {
        String text = Compile.validText().replace("targetNormalForce: {min: 6, max: 9,", "targetNormalForce: {min: 12, max: 9,")
                .replace("strokes: {value: 10, source: clinic default}", "strokes: {value: 10, source: nobody}");
        Compiled c = new Compile().protocol("p.yaml", text);
        assertEquals(List.of("steps[1].targetNormalForce.min", "steps[1].strokes.source"),
                c.errors().stream().map(Problem::path).toList());
    }
}
