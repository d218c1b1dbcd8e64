package org.myofuse.distribution;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.inject.Inject;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.myofuse.api.protocol.ProtocolInfo;
import org.myofuse.api.protocol.ProtocolRegistry;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * The protocol registry in the real Felix with the distribution's bundle set: the shipped protocol
 * bundles are installed; a protocol bundle dropped into plugins/ while the host runs is installed and
 * removing it drops its protocols; a file dropped into etc/protocols/ is installed, a broken version of
 * it is refused and the previous version stays in effect, a fixed one replaces it; an override file in
 * etc/ changes a target without a rebuild.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ProtocolRegistryIT {

    private static final ConditionFactory WAIT = Awaitility.with().pollInterval(Duration.ofMillis(20))
            .atMost(Duration.ofSeconds(20));

    private static final String PROTOCOL = """
            format: myofuse-protocol
            formatVersion: 1
            id: %s
            version: %s
            title: Clinic drill
            language: en
            muscles:
              multifidus-left: {channel: L_multifidus}
            steps:
              - id: pain
                type: assessment
                kind: pain-nrs
                title: Pain
                instruction: Ask for the pain score.
                moment: before
              - id: shift
                type: drill
                title: Weight shift
                instruction: Shift the weight to the right and back.
                movement: weight-shift
                repetitions: {value: 6, source: clinic default}
                hold: {value: 3, unit: s, source: clinic default}
                rest: {value: 3, unit: s, source: clinic default}
                criteria:
                  - {metric: copX, min: %s, max: 120, unit: mm, mode: reach, source: clinic default}
            """;

    @Inject
    private BundleContext context;

    @Inject
    private ProtocolRegistry registry;

    @Configuration
    public Option[] config() throws IOException {
        List<Option> options = new ArrayList<>(List.of(DistributionOptions.boot(Files.createTempDirectory("myofuse-it-plugins"))));
        options.add(systemProperty("myofuse.etc").value(Files.createTempDirectory("myofuse-it-etc").toString()));
        return options.toArray(new Option[0]);
    }

    private Path etc() {
        return Path.of(context.getProperty("myofuse.etc"));
    }

    private Path plugins() {
        return Path.of(context.getProperty("felix.fileinstall.dir"));
    }

    @Test
    public void theShippedProtocolsAreInstalledFromTheirBundles() {
        List<String> ids = registry.protocols().stream().map(ProtocolInfo::id).toList();
        assertTrue(ids.toString(), ids.containsAll(List.of("lumbar-iastm-release", "lumbar-movement-drills", "lumbar-session")));
        ProtocolInfo session = registry.protocol("lumbar-session").orElseThrow();
        assertTrue(session.source(), session.source().startsWith("bundle org.myofuse.protocol-lumbar-session "));
        assertEquals(20, session.steps());
    }

    @Test
    public void aProtocolBundleDroppedIntoPluginsIsInstalledAndRemovingItDropsIt() throws Exception {
        Path jar = plugins().resolve("clinic-protocols.jar");
        Path staged = Files.createTempFile("clinic-protocols", ".part");
        writeProtocolBundle(staged, String.format(PROTOCOL, "plugin-drill", "1.0.0", "40"));
        Files.move(staged, jar, StandardCopyOption.ATOMIC_MOVE);
        WAIT.alias("the bundle's protocol installed").until(() -> registry.protocol("plugin-drill").isPresent());
        assertEquals("bundle org.myofuse.it.clinic-protocols 1.0.0", registry.protocol("plugin-drill").orElseThrow().source());
        Files.delete(jar);
        WAIT.alias("dropped with its bundle").until(() -> registry.protocol("plugin-drill").isEmpty());
        assertTrue(registry.protocol("lumbar-session").isPresent());
    }

    @Test
    public void aBrokenFileInEtcProtocolsLeavesThePreviousVersionInEffect() throws Exception {
        Path file = etc().resolve("protocols").resolve("clinic-drill.yaml");
        Files.createDirectories(file.getParent());
        write(file, String.format(PROTOCOL, "clinic-drill", "1.0.0", "40"));
        WAIT.alias("installed from etc/protocols").until(() -> registry.protocol("clinic-drill").isPresent());
        assertTrue(registry.protocol("clinic-drill").orElseThrow().source().endsWith("protocols/clinic-drill.yaml"));

        write(file, String.format(PROTOCOL, "clinic-drill", "1.1.0", "140"));
        WAIT.alias("the broken version refused, the previous one kept").until(() -> registry.protocol("clinic-drill")
                .map(p -> p.source().endsWith("(last accepted version)")).orElse(false));
        assertEquals("1.0.0", registry.protocol("clinic-drill").orElseThrow().version());
        assertTrue(registry.effective("clinic-drill").contains("min: 40"));

        write(file, String.format(PROTOCOL, "clinic-drill", "1.2.0", "50"));
        WAIT.alias("the fixed version in effect").until(() -> registry.protocol("clinic-drill").orElseThrow().version()
                .equals("1.2.0"));
        Files.delete(file);
        WAIT.alias("dropped with its file").until(() -> registry.protocol("clinic-drill").isEmpty());
    }

    @Test
    public void anOverrideFileInEtcChangesATargetWithoutARebuild() throws Exception {
        Path override = etc().resolve("clinic.override.yaml");
        write(override, """
                format: myofuse-protocol-override
                formatVersion: 1
                protocol: lumbar-iastm-release
                steps:
                  release-tlf-left:
                    targetNormalForce: {min: 5.5, max: 8.0}
                """);
        WAIT.alias("override applied").until(() -> !registry.protocol("lumbar-iastm-release").orElseThrow().overrides().isEmpty());
        String effective = registry.effective("lumbar-iastm-release");
        assertTrue(effective, effective.contains("min: 5.5"));
        assertTrue(effective, effective.contains("source: clinic override ("));
        assertTrue(registry.protocol("lumbar-session").orElseThrow().overrides().toString(), registry.protocol("lumbar-session")
                .orElseThrow().overrides().get(0).endsWith("clinic.override.yaml (lumbar-iastm-release)"));
        Files.delete(override);
        WAIT.alias("override gone").until(() -> registry.protocol("lumbar-iastm-release").orElseThrow().overrides().isEmpty());
    }

    /** Writes beside and moves in atomically, as an editor saving or a clinic copying would. */
    private static void write(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), ".write", ".tmp");
        Files.writeString(tmp, text);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void writeProtocolBundle(Path jar, String protocol) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", "org.myofuse.it.clinic-protocols");
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Myofuse-Protocols", "protocols/");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.putNextEntry(new JarEntry("protocols/plugin-drill.yaml"));
            j.write(protocol.getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
        }
    }
}
