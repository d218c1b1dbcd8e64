package org.myofuse.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.distribution.InstalledMyofuse.Result;

/**
 * The protocol commands as a clinic uses them, through bin/myofuse of a copy of the installation (the
 * tests write into its etc/): 'protocols' lists the three shipped protocols, 'protocol show' prints the
 * effective protocol, 'protocol validate' refuses each invalid protocol of the engine's test suite with
 * its expected path and exit 1, an override file in etc/ changes a target without a rebuild, and a
 * broken file in etc/protocols/ is refused in one line while the previous version stays in effect.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProtocolCommandsIT {

    /** The engine's test documents: invalid/ with expectations.txt, valid/. */
    private static final Path FIXTURES = Path.of(System.getProperty("myofuse.protocol.fixtures",
            "../plugins/protocol-engine/src/test/resources/org/myofuse/protocols")).toAbsolutePath();

    @TempDir
    static Path dir;

    private static Path install;
    private static InstalledMyofuse myofuse;

    @BeforeAll
    static void copyTheInstallation() throws IOException {
        myofuse = InstalledMyofuse.onACopyIn(dir);
        install = myofuse.installation();
    }

    @Test
    @Order(0)
    void protocolsListsTheThreeShippedProtocols() throws Exception {
        Result r = run("protocols");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("ID +VERSION +STEPS +SOURCE +OVERRIDES"), r.out());
        assertTrue(lines.get(1).matches("lumbar-iastm-release +1\\.0\\.0 +5 +bundle org\\.myofuse\\.protocol-lumbar-release \\S+ +-"), r.out());
        assertTrue(lines.get(2).matches("lumbar-movement-drills +1\\.0\\.0 +8 +bundle org\\.myofuse\\.protocol-movement-drills \\S+ +-"), r.out());
        assertTrue(lines.get(3).matches("lumbar-session +1\\.0\\.0 +20 +bundle org\\.myofuse\\.protocol-lumbar-session \\S+ +-"), r.out());
        assertTrue(lines.get(4).startsWith("lumbar-iastm-release: warning: steps: passive release without a neuromuscular"), r.out());
        assertEquals(5, lines.size(), r.out());
        assertEquals("", r.err(), "nothing refused, nothing else said");
    }

    @Test
    @Order(1)
    void protocolShowPrintsTheEffectiveProtocolWhichValidatesAgain() throws Exception {
        Result r = run("protocol", "show", "lumbar-session");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("# Effective protocol lumbar-session 1.0.0\n# source: bundle org.myofuse.protocol-lumbar-session "), r.out());
        assertTrue(r.out().contains("\n# includes: lumbar-iastm-release 1.0.0 (steps tare, release-tlf-left,"), r.out());
        assertTrue(r.out().contains("source: stevenson2023"), "parameters keep their sources");
        Path saved = dir.resolve("lumbar-session-effective.yaml");
        Files.writeString(saved, r.out().replace("id: lumbar-session", "id: lumbar-session-copy"));
        Result again = run("protocol", "validate", saved.toString());
        assertEquals(0, again.code(), again.out() + again.err());
        assertEquals("1 file valid\n", again.out());

        Result unknown = run("protocol", "show", "lumbar-sesion");
        assertEquals(1, unknown.code());
        assertEquals("myofuse: protocol show: no protocol 'lumbar-sesion' is installed (myofuse protocols lists them)\n", unknown.err());
    }

    @Test
    @Order(2)
    void eachInvalidProtocolOfTheSuiteIsRefusedWithItsPathAndExitOne() throws Exception {
        List<String[]> expectations = new ArrayList<>();
        for (String line : Files.readAllLines(FIXTURES.resolve("invalid/expectations.txt"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                expectations.add(line.split("\\s*\\|\\s*", -1));
            }
        }
        assertTrue(expectations.size() >= 20, "the suite: " + expectations.size());
        List<String> args = new ArrayList<>(List.of("protocol", "validate"));
        expectations.forEach(e -> args.add(FIXTURES.resolve("invalid").resolve(e[0]).toString()));
        Result all = run(args.toArray(String[]::new));
        assertEquals(1, all.code());
        for (String[] e : expectations) {
            String file = FIXTURES.resolve("invalid").resolve(e[0]).toString();
            String start = file + ": " + (e[1].isEmpty() ? "" : e[1] + ": ");
            assertTrue(all.out().lines().anyMatch(l -> l.startsWith(start) && l.contains(e[2])), start + e[2] + " in\n" + all.out());
        }
        assertTrue(all.err().matches("myofuse: protocol validate: \\d+ errors in " + expectations.size() + " files\n"), all.err());

        Path one = FIXTURES.resolve("invalid/min-above-max.yaml");
        Result single = run("protocol", "validate", one.toString());
        assertEquals(1, single.code());
        assertEquals(one + ": steps[1].targetNormalForce.min: min 12 N is above max 9 N\n", single.out());
        assertEquals("myofuse: protocol validate: 1 error in 1 file\n", single.err());

        Result valid = run("protocol", "validate", FIXTURES.resolve("valid/test-release.yaml").toString());
        assertEquals(0, valid.code(), valid.out() + valid.err());
    }

    @Test
    @Order(3)
    void anOverrideFileInEtcChangesATargetWithoutARebuild() throws Exception {
        Files.writeString(install.resolve("etc/clinic.override.yaml"), """
                format: myofuse-protocol-override
                formatVersion: 1
                protocol: lumbar-iastm-release
                steps:
                  release-tlf-left:
                    targetNormalForce: {min: 5.5, max: 8.0}
                """);
        Result list = run("protocols");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.matches("lumbar-iastm-release +1\\.0\\.0 +5 +bundle \\S+ \\S+ +etc/clinic\\.override\\.yaml")),
                list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.matches("lumbar-session .* etc/clinic\\.override\\.yaml \\(lumbar-iastm-release\\)")),
                list.out());
        Result show = run("protocol", "show", "lumbar-iastm-release");
        assertTrue(show.out().contains("# overrides: etc/clinic.override.yaml\n"), show.out());
        String release = show.out().substring(show.out().indexOf("id: release-tlf-left"), show.out().indexOf("id: release-tlf-right"));
        assertTrue(release.contains("min: 5.5") && release.contains("max: 8.0")
                && release.contains("source: clinic override (etc/clinic.override.yaml)"), release);
        Result validate = run("protocol", "validate", install.resolve("etc/clinic.override.yaml").toString());
        assertEquals(0, validate.code(), validate.out() + validate.err());
        Files.delete(install.resolve("etc/clinic.override.yaml"));
    }

    @Test
    @Order(4)
    void aBrokenFileInEtcProtocolsIsRefusedInOneLineAndThePreviousVersionStays() throws Exception {
        Path file = Files.createDirectories(install.resolve("etc/protocols")).resolve("clinic-drill.yaml");
        String drill = Files.readString(FIXTURES.resolve("valid/test-release.yaml"))
                .replace("id: test-release", "id: clinic-drill");
        Files.writeString(file, drill);
        Result first = run("protocols");
        assertTrue(first.out().lines().anyMatch(l -> l.matches("clinic-drill +1\\.0\\.0 +4 +file etc/protocols/clinic-drill\\.yaml +-")),
                first.out() + first.err());

        Files.writeString(file, drill.replace("version: 1.0.0", "version: 1.1.0").replace("{min: 6, max: 9,", "{min: 12, max: 9,"));
        Result broken = run("protocols");
        assertEquals(0, broken.code());
        assertTrue(broken.out().lines().anyMatch(l -> l.matches(
                "clinic-drill +1\\.0\\.0 +4 +file etc/protocols/clinic-drill\\.yaml \\(last accepted version\\) +-")), broken.out());
        assertEquals("myofuse: WARNING: refused etc/protocols/clinic-drill.yaml: steps[1].targetNormalForce.min: min 12 N is "
                + "above max 9 N; its last accepted version 1.0.0 stays in effect\n", broken.err());
    }

    private static Result run(String... args) throws IOException, InterruptedException {
        return myofuse.run(args);
    }
}
