package org.myofuse.protocols.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.program.ParameterValue;
import org.myofuse.api.protocol.ProtocolException;
import org.myofuse.api.protocol.ProtocolInfo;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.protocols.document.Compiled;
import org.myofuse.protocols.document.EffectiveYaml;
import org.myofuse.protocols.document.Includes;
import org.myofuse.protocols.document.ProtocolCompiler;
import org.myofuse.protocols.model.Step;
import org.myofuse.protocols.registry.InstalledProtocol;

/** A patient's program values on top of the effective protocol (docs/programs-format.md), validated and journaled. */
class ProgramParametersTest {

    private static final String STEPS = """
            - id: multifidus-left
              type: biofeedback
              title: Multifidus
              instruction: Swell the muscle.
              muscle: multifidus-left
              target: {min: 20, max: 45, unit: "%MVC", source: clinic default}
              hold: {value: 8, unit: s, source: clinic default}
              repetitions: {value: 6, source: clinic default}
              rest: {value: 8, unit: s, source: clinic default}
            """;

    private static final String SOURCE = "program lumbar-12-week 1.0.0, progression multifidus-left-target";

    private final ProtocolCompiler compiler = new ProtocolCompiler();
    private final InstalledProtocol installed = installed();

    private InstalledProtocol installed() {
        Compiled c = compiler.compile(compiler.parse("engine-test.yaml", Harness.protocol(STEPS)
                .getBytes(StandardCharsets.UTF_8)), List.of(), id -> Includes.Lookup.none("none"));
        return new InstalledProtocol(new ProtocolInfo("engine-test", "1.2.3", "Engine test", "en", "bundle test", 1,
                List.of(), List.of()), c.model().orElseThrow(), new EffectiveYaml().render(c, "bundle test"));
    }

    @Test
    void theProgramsValuesReplaceTheProtocolsAndAreJournaledWithTheProgramAsTheirSource() throws Exception {
        var model = ProgramParameters.apply(installed, List.of(
                new ParameterValue("multifidus-left.target.min", 25, "%MVC", SOURCE),
                new ParameterValue("multifidus-left.repetitions", 8, "", "program lumbar-12-week 1.0.0, progression reps")),
                compiler);
        Step.Biofeedback step = (Step.Biofeedback) model.steps().get(0);
        assertEquals(25, step.target().min());
        assertEquals(45, step.target().max());
        assertEquals(8, step.repetitions().value());
        Harness h = new Harness(model).start();
        JournalEntry min = h.entries("PARAMETER").stream().filter(e -> e.source().equals("multifidus-left.target.min"))
                .findFirst().orElseThrow();
        assertEquals(25, min.value());
        assertEquals(SOURCE, min.detail());
        assertTrue(h.entries("PARAMETER").stream().anyMatch(e -> e.source().equals("multifidus-left.hold")
                && e.detail().equals("clinic default")), "the others keep their source");
        assertEquals(8, h.core.state().step().repetitionsTarget());
    }

    @Test
    void valuesTheProtocolCannotTakeRefuseTheRunWithOneLine() {
        ProtocolException above = assertThrows(ProtocolException.class, () -> ProgramParameters.apply(installed,
                List.of(new ParameterValue("multifidus-left.target.min", 50, "%MVC", SOURCE)), compiler));
        assertEquals("cannot apply the patient's program to engine-test: steps.multifidus-left.target.min: "
                + "min 50 %MVC is above max 45 %MVC", above.getMessage());
        ProtocolException unknown = assertThrows(ProtocolException.class, () -> ProgramParameters.apply(installed,
                List.of(new ParameterValue("bridge.repetitions", 3, "", SOURCE)), compiler));
        assertEquals("cannot apply the patient's program to engine-test: parameter bridge.repetitions names no step of it",
                unknown.getMessage());
        ProtocolException unit = assertThrows(ProtocolException.class, () -> ProgramParameters.apply(installed,
                List.of(new ParameterValue("multifidus-left.hold", 10, "%MVC", SOURCE)), compiler));
        assertEquals("cannot apply the patient's program to engine-test: parameter multifidus-left.hold is in 's', "
                + "the program gives '%MVC'", unit.getMessage());
    }
}
