package org.myofuse.distribution;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemPackages;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.ops4j.pax.exam.Option;

/**
 * Pax Exam options that boot Felix with exactly the bundle set of the assembled distribution
 * ({@code distribution/target/myofuse/bundle}), offline, with FileInstall watching a fresh
 * {@code plugins/} folder.
 */
final class DistributionOptions {

    private DistributionOptions() {
    }

    /** The assembled installation, set by failsafe ({@code myofuse.distribution.dir}). */
    static Path installation() {
        String dir = System.getProperty("myofuse.distribution.dir", "target/myofuse");
        Path path = Paths.get(dir).toAbsolutePath();
        if (!Files.isDirectory(path.resolve("bundle"))) {
            throw new IllegalStateException("no assembled distribution at " + path + " (run mvn package first)");
        }
        return path;
    }

    /** The example vendor plugin jar built beside the installation, for hot deployment. */
    static Path examplePlugin() {
        return examplePlugin("example-plugin");
    }

    /** The jar of the example plugin with this artifact id, built beside the installation. */
    static Path examplePlugin(String artifactId) {
        Path dir = installation().getParent().resolve("example-plugins");
        try (Stream<Path> jars = Files.list(dir)) {
            return jars.filter(p -> p.getFileName().toString().startsWith(artifactId + "-") && p.toString().endsWith(".jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no " + artifactId + " jar in " + dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Option[] boot(Path pluginsDir) {
        List<Option> options = new ArrayList<>();
        options.add(cleanCaches());
        String localRepo = System.getProperty("maven.repo.local",
                Paths.get(System.getProperty("user.home"), ".m2", "repository").toString());
        options.add(systemProperty("org.ops4j.pax.url.mvn.localRepository").value(localRepo));
        options.add(systemProperty("org.ops4j.pax.url.mvn.repositories").value(""));
        options.add(systemProperty("org.ops4j.pax.url.mvn.defaultRepositories").value("file:" + localRepo + "@snapshots@id=local"));
        options.add(systemProperty("org.ops4j.pax.url.mvn.useFallbackRepositories").value("false"));
        options.add(systemProperty("org.ops4j.pax.url.mvn.offline").value("true"));
        options.add(systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"));
        // Gogo must not read the test JVM's stdin: its non-daemon pipe thread would keep the JVM alive.
        options.add(systemProperty("gosh.args").value("--nointeractive"));
        options.add(systemProperty("felix.fileinstall.dir").value(pluginsDir.toString()));
        // The session store's data folder when no HostEnvironment service is registered (the launcher registers one).
        options.add(systemProperty("myofuse.home").value(pluginsDir.resolveSibling(pluginsDir.getFileName() + "-home").toString()));
        options.add(systemProperty("felix.fileinstall.poll").value("200"));
        options.add(systemProperty("felix.fileinstall.noInitialDelay").value("true"));
        options.add(systemProperty("felix.fileinstall.log.level").value("1"));
        // The launcher's system bundle exports org.myofuse.api.host; the test JVM does the same, at the
        // version the host-api jar itself exports. No HostEnvironment is registered here: the store then
        // takes its data folder from myofuse.home above.
        options.add(systemPackages(exports("myofuse-host-api.jar")));
        options.add(junitBundles());
        // The tests wait with Awaitility inside the container: it and the Hamcrest 2 it imports, as bundles,
        // from the test class path (Pax Exam's own Hamcrest 1.3 bundle stays for JUnit 4).
        options.add(bundle(testClassPathJar("/org/awaitility/awaitility/")).start());
        options.add(bundle(testClassPathJar("/org/hamcrest/hamcrest/")).start());
        for (Path jar : distributionBundles()) {
            var option = bundle(jar.toUri().toString());
            options.add(isFragment(jar) ? option.noStart() : option.start());
        }
        return options.toArray(new Option[0]);
    }

    /** The URL of the jar on the test class path whose path contains {@code mavenFolder}. */
    private static String testClassPathJar(String mavenFolder) {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            if (entry.replace(java.io.File.separatorChar, '/').contains(mavenFolder) && entry.endsWith(".jar")) {
                return Paths.get(entry).toUri().toString();
            }
        }
        throw new IllegalStateException("no jar of " + mavenFolder + " on the test class path");
    }

    /** The Export-Package header of a jar in the installation's lib/ (the system bundle exports it). */
    private static String exports(String libJar) {
        Path jar = installation().resolve("lib").resolve(libJar);
        try (JarFile file = new JarFile(jar.toFile())) {
            String exports = file.getManifest().getMainAttributes().getValue("Export-Package");
            if (exports == null) {
                throw new IllegalStateException(jar + " exports no package");
            }
            return exports;
        } catch (IOException e) {
            throw new UncheckedIOException(jar + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> distributionBundles() {
        try (Stream<Path> jars = Files.list(installation().resolve("bundle"))) {
            return jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isFragment(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes().getValue("Fragment-Host") != null;
        } catch (IOException e) {
            throw new UncheckedIOException(jar + ": " + e.getMessage(), e);
        }
    }
}
