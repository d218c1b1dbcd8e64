package org.myofuse.protocols.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.apache.felix.framework.FrameworkFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.protocols.Fixtures;
import org.myofuse.protocols.document.ProtocolCompiler;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.util.tracker.BundleTracker;

/**
 * Protocols from bundles in a real Felix: a bundle with a {@code Myofuse-Protocols} header contributes its
 * documents from its start to its stop; an update replaces them; a bundle without the header is ignored.
 */
class BundleTrackingTest {

    @TempDir
    Path dir;

    private Framework felix;
    private Registry registry;
    private BundleTracker<Long> tracker;

    @BeforeEach
    void boot() throws Exception {
        felix = new FrameworkFactory().newFramework(Map.of(Constants.FRAMEWORK_STORAGE, dir.resolve("felix").toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        felix.start();
        registry = new Registry(new ProtocolCompiler(), null, new AcceptedCopies(null), new Reports(0));
        tracker = new BundleTracker<>(felix.getBundleContext(), Bundle.ACTIVE, new BundleProtocols(registry,
                () -> felix.getState() == Bundle.STOPPING));
        tracker.open();
    }

    @AfterEach
    void shutdown() throws Exception {
        tracker.close();
        felix.stop();
        felix.waitForStop(10_000);
    }

    private Path protocolBundle(String name, String version, String header, Map<String, String> entries) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.test." + name);
        main.putValue("Bundle-Version", version);
        if (header != null) {
            main.putValue("Myofuse-Protocols", header);
        }
        Path jar = dir.resolve(name + "-" + version + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                j.putNextEntry(new JarEntry(e.getKey()));
                j.write(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void aBundlesProtocolsAreInstalledWhileItIsActive() throws Exception {
        String valid = Fixtures.text(Fixtures.valid());
        Bundle bundle = felix.getBundleContext().installBundle(protocolBundle("clinic", "1.2.0", "protocols/",
                Map.of("protocols/test-release.yaml", valid, "protocols/readme.txt", "not a protocol")).toUri().toString());
        assertEquals(List.of(), registry.protocols(), "installed is not started");
        bundle.start();
        assertEquals("bundle org.test.clinic 1.2.0", registry.protocol("test-release").orElseThrow().source());
        bundle.stop();
        assertEquals(List.of(), registry.protocols());
        bundle.start();
        assertTrue(registry.protocol("test-release").isPresent());

        bundle.update(Files.newInputStream(protocolBundle("clinic", "1.3.0", "protocols/test-release.yaml",
                Map.of("protocols/test-release.yaml", valid.replace("version: 1.0.0", "version: 1.0.1"))).toFile().toPath()));
        assertEquals("1.0.1", registry.protocol("test-release").orElseThrow().version());
        assertEquals("bundle org.test.clinic 1.3.0", registry.protocol("test-release").orElseThrow().source());
        bundle.uninstall();
        assertEquals(List.of(), registry.protocols());
    }

    @Test
    void aBundleWithoutTheHeaderIsNotReadAndABrokenDocumentIsRefusedInOneLine() throws Exception {
        felix.getBundleContext().installBundle(protocolBundle("plain", "1.0.0", null,
                Map.of("protocols/test-release.yaml", Fixtures.text(Fixtures.valid()))).toUri().toString()).start();
        assertEquals(List.of(), registry.protocols());
        try (LogLines log = new LogLines()) {
            felix.getBundleContext().installBundle(protocolBundle("broken", "1.0.0", "protocols/",
                    Map.of("protocols/x.yaml", "format: myofuse-protocol\nid: x\n")).toUri().toString()).start();
            assertEquals(List.of(), registry.protocols());
            assertEquals(1, log.lines().size(), log.lines().toString());
            assertTrue(log.lines().get(0).matches("refused org\\.test\\.broken:protocols/x\\.yaml: formatVersion: missing "
                    + "\\(required\\) \\(\\d more: myofuse protocol validate org\\.test\\.broken:protocols/x\\.yaml\\)"),
                    log.lines().get(0));
        }
    }

    @Test
    void theHostStoppingDropsNoProtocolSoNoOverrideLooksOrphanedAsACommandEnds() throws Exception {
        felix.getBundleContext().installBundle(protocolBundle("clinic", "1.0.0", "protocols/",
                Map.of("protocols/test-release.yaml", Fixtures.text(Fixtures.valid()))).toUri().toString()).start();
        registry.fileChanged(dir.resolve("etc/clinic.override.yaml"), true, ("format: myofuse-protocol-override\n"
                + "formatVersion: 1\nprotocol: test-release\ntitle: Test release (clinic)\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        registry.settle();
        assertEquals("Test release (clinic)", registry.protocol("test-release").orElseThrow().title());
        try (LogLines log = new LogLines()) {
            felix.stop();
            felix.waitForStop(10_000);
            assertEquals(List.of(), log.lines());
        }
        assertTrue(registry.protocol("test-release").isPresent(), "kept until the registry closes with the host");
    }
}
