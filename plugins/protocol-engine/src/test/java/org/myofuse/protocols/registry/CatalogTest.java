package org.myofuse.protocols.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.protocols.Fixtures;
import org.myofuse.protocols.document.ProtocolCompiler;

/** Which version of a protocol is in effect, and what becomes of each document. */
class CatalogTest {

    private static final ProtocolCompiler COMPILER = new ProtocolCompiler();
    private static final String VALID = Fixtures.text(Fixtures.valid());

    private final Catalog catalog = new Catalog(COMPILER);

    private static SourceDoc bundle(String name, String text) {
        return new SourceDoc("org.x:" + name, "bundle org.x 1.0.0", text.getBytes(StandardCharsets.UTF_8));
    }

    private static SourceDoc file(String name, String text) {
        return new SourceDoc("etc/protocols/" + name, "file etc/protocols/" + name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theHighestVersionIsInEffectAndAtTheSameVersionTheClinicsFile() {
        catalog.putBundle(1, List.of(bundle("a.yaml", VALID)));
        catalog.putProtocolFile(file("old.yaml", VALID.replace("version: 1.0.0", "version: 0.9.0")), null);
        Catalog.Snapshot s = catalog.build();
        assertEquals("bundle org.x 1.0.0", s.installed().get("test-release").protocol().info().source());
        assertEquals(Verdict.Outcome.SHADOWED, s.verdicts().get("etc/protocols/old.yaml").outcome());

        catalog.putProtocolFile(file("same.yaml", VALID), null);
        s = catalog.build();
        assertEquals("file etc/protocols/same.yaml", s.installed().get("test-release").protocol().info().source());
        assertEquals(Verdict.Outcome.SHADOWED, s.verdicts().get("org.x:a.yaml").outcome());
    }

    @Test
    void aHigherVersionThatDoesNotCompileGivesWayToTheNext() {
        catalog.putBundle(1, List.of(bundle("a.yaml", VALID)));
        catalog.putProtocolFile(file("new.yaml", VALID.replace("version: 1.0.0", "version: 2.0.0")
                .replace("{min: 6, max: 9,", "{min: 10, max: 9,")), null);
        Catalog.Snapshot s = catalog.build();
        assertEquals("1.0.0", s.installed().get("test-release").protocol().info().version());
        Verdict refused = s.verdicts().get("etc/protocols/new.yaml");
        assertEquals(Verdict.Outcome.REFUSED, refused.outcome());
        assertEquals("steps[1].targetNormalForce.min", refused.problems().get(0).path());
    }

    @Test
    void aFileThatNoLongerCompilesFallsBackToItsLastAcceptedVersion() {
        String broken = VALID.replace("version: 1.0.0", "version: 1.1.0").replace("unit: N, source: stevenson2023",
                "unit: N, source: nobody");
        catalog.putProtocolFile(file("p.yaml", broken), file("p.yaml", VALID));
        Catalog.Snapshot s = catalog.build();
        var info = s.installed().get("test-release").protocol().info();
        assertEquals("1.0.0", info.version());
        assertEquals("file etc/protocols/p.yaml (last accepted version)", info.source());
        Verdict v = s.verdicts().get("etc/protocols/p.yaml");
        assertEquals(Verdict.Outcome.KEPT_PREVIOUS, v.outcome());
        assertEquals("steps[1].targetNormalForce.source", v.problems().get(0).path());
    }

    @Test
    void aComposedProtocolIncludesAcrossSourcesAndACycleIsRefused() {
        String session = """
                format: myofuse-protocol
                formatVersion: 1
                id: session
                version: 1.0.0
                title: S
                language: en
                steps:
                  - include: test-release
                """;
        catalog.putBundle(1, List.of(bundle("session.yaml", session)));
        catalog.putProtocolFile(file("p.yaml", VALID), null);
        catalog.putOverrideFile(new SourceDoc("etc/a.override.yaml", "file etc/a.override.yaml", ("format: myofuse-protocol-override\n"
                + "formatVersion: 1\nprotocol: test-release\nsteps:\n  release:\n    strokes: {value: 5}\n")
                .getBytes(StandardCharsets.UTF_8)), null);
        Catalog.Snapshot s = catalog.build();
        assertEquals(4, s.installed().get("session").protocol().info().steps());
        assertEquals(List.of("etc/a.override.yaml (test-release)"), s.installed().get("session").protocol().info().overrides(),
                "the included protocol's override shapes the session's steps too");

        String loop = VALID.replace("  - id: tare\n", "  - include: session\n  - id: tare\n");
        catalog.putProtocolFile(file("p.yaml", loop), null);
        s = catalog.build();
        assertFalse(s.installed().containsKey("session"));
        assertFalse(s.installed().containsKey("test-release"));
        assertTrue(s.verdicts().get("etc/protocols/p.yaml").problems().get(0).message().contains("includes itself"),
                s.verdicts().toString());
    }

    @Test
    void anOverrideForAProtocolThatIsNotInstalledIsUnused() {
        catalog.putOverrideFile(new SourceDoc("etc/x.override.yaml", "file etc/x.override.yaml",
                "format: myofuse-protocol-override\nformatVersion: 1\nprotocol: nothing\n".getBytes(StandardCharsets.UTF_8)),
                null);
        assertEquals(Verdict.Outcome.UNUSED, catalog.build().verdicts().get("etc/x.override.yaml").outcome());
    }
}
