package org.myofuse.protocols.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.protocol.ProtocolInfo;
import org.myofuse.protocols.Fixtures;
import org.myofuse.protocols.document.ProtocolCompiler;
import org.myofuse.protocols.model.Step;

/**
 * etc/protocols/ and the override files of etc/ watched while the host runs, on real folders: files
 * dropped in are installed, changed ones replace what they held, broken ones are refused in one line
 * and leave the previous version in effect, removed ones take their protocol with them - and the last
 * accepted version outlives a restart.
 */
class FolderWatchTest {

    private static final ProtocolCompiler COMPILER = new ProtocolCompiler();
    private static final ConditionFactory WAIT = Awaitility.with().pollInterval(Duration.ofMillis(10)).atMost(Duration.ofSeconds(10));
    private static final String VALID = Fixtures.text(Fixtures.valid());
    private static final String OVERRIDE = "format: myofuse-protocol-override\nformatVersion: 1\nprotocol: test-release\n";

    @TempDir
    Path root;

    private Path etc;
    private Path accepted;
    private Registry registry;
    private FolderWatch watch;
    private final LogLines log = new LogLines();

    @BeforeEach
    void start() throws IOException {
        etc = Files.createDirectories(root.resolve("install/etc"));
        accepted = root.resolve("home/protocols/accepted");
        host();
    }

    /** Starts a host's registry on etc/ as the component does (a new one after {@link #stop()}). */
    private void host() {
        registry = new Registry(COMPILER, etc, new AcceptedCopies(accepted), new Reports(0));
        watch = new FolderWatch(etc, new FolderWatch.Listener() {
            @Override
            public void changed(Path file, boolean override, byte[] content) {
                registry.fileChanged(file, override, content);
            }

            @Override
            public void removed(Path file) {
                registry.fileRemoved(file);
            }

            @Override
            public void settled(boolean changes) {
                registry.settle();
            }
        });
        registry.beginBatch();
        watch.scan();
        registry.forgetVanished();
        registry.endBatch();
        watch.start(50);
    }

    @AfterEach
    void stop() {
        watch.close();
        log.close();
    }

    private void drop(String name, String text) throws IOException {
        Path target = name.contains("/") ? etc.resolve(name) : etc.resolve(name);
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(root, "drop", ".part");
        Files.writeString(tmp, text);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private ProtocolInfo installed() {
        return registry.protocol("test-release").orElseThrow();
    }

    @Test
    void aFileDroppedIntoEtcProtocolsIsInstalledAndRemovingItDropsIt() throws IOException {
        assertEquals(List.of(), registry.protocols());
        drop("protocols/test-release.yaml", VALID);
        WAIT.alias("installed").until(() -> registry.protocol("test-release").isPresent());
        assertEquals("file etc/protocols/test-release.yaml", installed().source());
        assertTrue(Files.exists(accepted.resolve("etc/protocols/test-release.yaml")), "its accepted copy is kept");
        Files.delete(etc.resolve("protocols/test-release.yaml"));
        WAIT.alias("dropped").until(() -> registry.protocol("test-release").isEmpty());
        assertFalse(Files.exists(accepted.resolve("etc/protocols/test-release.yaml")), "and leaves with it");
    }

    @Test
    void aBrokenVersionIsRefusedInOneLineNamingFileAndPathAndThePreviousStaysInEffect() throws IOException {
        drop("protocols/test-release.yaml", VALID);
        WAIT.until(() -> registry.protocol("test-release").isPresent());
        drop("protocols/test-release.yaml", VALID.replace("version: 1.0.0", "version: 1.1.0")
                .replace("{min: 6, max: 9,", "{min: 12, max: 9,"));
        WAIT.alias("refusal logged").until(() -> log.lines().stream().anyMatch(l -> l.startsWith("refused")));
        assertEquals(List.of("refused etc/protocols/test-release.yaml: steps[1].targetNormalForce.min: min 12 N is above "
                + "max 9 N; its last accepted version 1.0.0 stays in effect"), log.lines());
        // the refusal is logged as it is found; the registry's snapshot that says so follows it
        WAIT.alias("the accepted version in effect").until(() -> installed().source().endsWith("(last accepted version)"));
        assertEquals("1.0.0", installed().version());
        assertEquals("file etc/protocols/test-release.yaml (last accepted version)", installed().source());

        drop("protocols/test-release.yaml", VALID.replace("version: 1.0.0", "version: 1.1.0"));
        WAIT.alias("fixed version in effect").until(() -> installed().version().equals("1.1.0"));
        assertEquals("file etc/protocols/test-release.yaml", installed().source());
    }

    @Test
    void anOverrideFileInEtcChangesATargetAndABrokenOneLeavesThePreviousOverride() throws Exception {
        drop("protocols/test-release.yaml", VALID);
        drop("clinic.override.yaml", OVERRIDE + "steps:\n  release:\n    targetNormalForce: {min: 5, max: 7}\n");
        WAIT.alias("override applied").until(() -> registry.protocol("test-release")
                .map(p -> p.overrides().equals(List.of("etc/clinic.override.yaml"))).orElse(false));
        assertEquals(5, release().targetNormalForce().min());
        assertTrue(registry.effective("test-release").contains("source: clinic override (etc/clinic.override.yaml)"));

        drop("clinic.override.yaml", OVERRIDE + "steps:\n  release:\n    targetNormalForce: {min: 12}\n");
        WAIT.alias("refusal logged").until(() -> !log.lines().isEmpty());
        assertEquals(List.of("refused etc/clinic.override.yaml: steps.release.targetNormalForce.min: min 12 N is above "
                + "max 9 N; its last accepted version stays in effect"), log.lines());
        assertEquals(5, release().targetNormalForce().min());
        assertEquals(List.of("etc/clinic.override.yaml"), installed().overrides());
    }

    private Step.Release release() {
        return (Step.Release) registry.installed("test-release").orElseThrow().model().step("release").orElseThrow();
    }

    @Test
    void aFileBrokenWhileNoHostRanLeavesItsLastAcceptedVersionInEffectAtTheNextStart() throws IOException {
        drop("protocols/test-release.yaml", VALID);
        WAIT.until(() -> registry.protocol("test-release").isPresent());
        watch.close();
        Files.writeString(etc.resolve("protocols/test-release.yaml"), "format: myofuse-protocol\nsteps: [");
        host();
        assertEquals("1.0.0", installed().version());
        assertEquals("file etc/protocols/test-release.yaml (last accepted version)", installed().source());
        assertTrue(log.lines().get(log.lines().size() - 1).startsWith("refused etc/protocols/test-release.yaml: not valid YAML"),
                log.lines().toString());
    }

    @Test
    void aFileRemovedWhileNoHostRanTakesItsAcceptedCopyWithIt() throws IOException {
        drop("protocols/test-release.yaml", VALID);
        WAIT.until(() -> registry.protocol("test-release").isPresent());
        watch.close();
        Files.delete(etc.resolve("protocols/test-release.yaml"));
        host();
        assertEquals(List.of(), registry.protocols());
        assertFalse(Files.exists(accepted.resolve("etc/protocols/test-release.yaml")));
    }

    @Test
    void editorBackupsHiddenFilesAndOtherNamesAreNotRead() throws IOException {
        drop("protocols/.test-release.yaml", VALID);
        drop("protocols/test-release.yaml~", VALID);
        drop("protocols/notes.txt", VALID);
        drop("README.yaml", OVERRIDE);
        drop("protocols/test-release.yaml", VALID);
        WAIT.until(() -> registry.protocol("test-release").isPresent());
        assertEquals(1, registry.protocols().size());
        assertEquals(List.of(), log.lines());
    }
}
