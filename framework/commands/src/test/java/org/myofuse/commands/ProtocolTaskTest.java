package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.api.protocol.Problem;
import org.myofuse.api.protocol.ProtocolInfo;

class ProtocolTaskTest {

    @Test
    void shouldListProtocolsAsATableThenTheirWarnings() {
        Problem warning = new Problem(Problem.Level.WARNING, "x.yaml", "steps", "passive release");
        String text = ProtocolTask.render(List.of(
                new ProtocolInfo("a-release", "1.0.0", "A", "en", "bundle org.x 1.0.0", 5, List.of(), List.of(warning)),
                new ProtocolInfo("b", "2.1.0", "B", "de", "file etc/protocols/b.yaml", 12, List.of("etc/b.override.yaml"),
                        List.of())));
        assertEquals("""
                ID         VERSION  STEPS  SOURCE                     OVERRIDES
                a-release  1.0.0    5      bundle org.x 1.0.0         -
                b          2.1.0    12     file etc/protocols/b.yaml  etc/b.override.yaml
                a-release: warning: steps: passive release
                """, text);
        assertEquals("No protocols installed.\n", ProtocolTask.render(List.of()));
    }

    @Test
    void shouldPrintAProblemAsFilePathMessage() {
        assertEquals("p.yaml: steps[2].targetNormalForce.min: min 12 N is above max 9 N", ProtocolTask.line(
                new Problem(Problem.Level.ERROR, "p.yaml", "steps[2].targetNormalForce.min", "min 12 N is above max 9 N")));
        assertEquals("p.yaml: warning: no MVC", ProtocolTask.line(new Problem(Problem.Level.WARNING, "p.yaml", "", "no MVC")));
    }
}
