package org.myofuse.protocols.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What 'protocol show' prints is a protocol document again, the same protocol, with where it came from on top. */
class EffectiveYamlTest {

    @Test
    void theEffectiveProtocolReadsBackAsTheSameProtocol() {
        Compiled c = new Compile().protocol("p.yaml", Compile.validText(),
                "format: myofuse-protocol-override\nformatVersion: 1\nprotocol: test-release\nsteps:\n  release:\n    strokes: {value: 4}\n");
        String yaml = new EffectiveYaml().render(c, "file etc/protocols/p.yaml");
        assertTrue(yaml.startsWith("# Effective protocol test-release 1.0.0\n# source: file etc/protocols/p.yaml\n"
                + "# overrides: override-0.yaml\n"), yaml);
        assertTrue(yaml.contains("source: clinic override (override-0.yaml)"), yaml);
        Compiled again = new Compile().protocol("again.yaml", yaml);
        assertTrue(again.ok(), again.problems().toString());
        assertEquals(List.of(), again.problems());
        assertEquals(c.model().orElseThrow().parameters(), again.model().orElseThrow().parameters());
        assertEquals(c.model().orElseThrow().steps(), again.model().orElseThrow().steps());
    }
}
