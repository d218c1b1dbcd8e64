package org.myofuse.programs.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
import org.myofuse.api.program.PlanInfo;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * Plans from bundles in a real Felix: a bundle with a {@code Myofuse-Programs} header contributes its
 * plans from its start to its stop; of two versions of a plan the higher is in effect; a broken document
 * is refused without affecting the others; a bundle without the header is ignored.
 */
class PlansComponentTest {

    @TempDir
    Path dir;

    private Framework felix;
    private PlansComponent plans;
    private String valid;

    @BeforeEach
    void boot() throws Exception {
        felix = new FrameworkFactory().newFramework(Map.of(Constants.FRAMEWORK_STORAGE, dir.resolve("felix").toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
        felix.start();
        plans = new PlansComponent(felix.getBundleContext(), null);
        try (InputStream in = PlansComponentTest.class.getResourceAsStream("/plans/valid.yaml")) {
            valid = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterEach
    void shutdown() throws Exception {
        plans.deactivate();
        felix.stop();
        felix.waitForStop(10_000);
    }

    private Bundle install(String name, String header, Map<String, String> entries) throws IOException, Exception {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.test." + name);
        main.putValue("Bundle-Version", "1.0.0");
        if (header != null) {
            main.putValue("Myofuse-Programs", header);
        }
        Path jar = dir.resolve(name + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                j.putNextEntry(new JarEntry(e.getKey()));
                j.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        return felix.getBundleContext().installBundle(jar.toUri().toString());
    }

    private List<String> installed() {
        return plans.plans().stream().map(p -> p.id() + " " + p.version()).toList();
    }

    @Test
    void aBundlesPlansAreInstalledWhileItIsActive() throws Exception {
        Bundle clinic = install("clinic", "programs/", Map.of("programs/test-plan.yaml", valid,
                "programs/broken.yaml", valid.replace("protocol: proto-a", "protocoll: proto-a"),
                "programs/readme.txt", "not a plan"));
        assertEquals(List.of(), installed(), "installed is not started");
        clinic.start();
        assertEquals(List.of("test-plan 1.0.0"), installed(), "the broken document refused, the valid one kept");
        PlanInfo plan = plans.plan("test-plan").orElseThrow();
        assertEquals("bundle org.test.clinic 1.0.0", plan.source());

        Bundle newer = install("vendor", "programs/newer.json, programs/missing.yaml",
                Map.of("programs/newer.json", json(valid.replace("version: 1.0.0", "version: 1.10.0"))));
        newer.start();
        assertEquals(List.of("test-plan 1.10.0"), installed(), "the higher version is in effect (1.10 after 1.0)");
        newer.stop();
        assertEquals(List.of("test-plan 1.0.0"), installed(), "dropped when its bundle stops");
        clinic.stop();
        assertEquals(List.of(), installed());

        install("other", null, Map.of("programs/test-plan.yaml", valid)).start();
        assertTrue(plans.plan("test-plan").isEmpty(), "a bundle without the header is ignored");
    }

    private static String json(String yaml) {
        return new tools.jackson.dataformat.yaml.YAMLMapper().readTree(yaml).toString();
    }
}
