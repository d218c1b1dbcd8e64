package org.myofuse.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.myofuse.api.host.CommandInvocation;

class FrameworkConfigTest {

    private static final Path STORAGE = Path.of("/home/u/.local/share/myofuse/cache/felix");
    private static final List<Path> WATCHED = List.of(Path.of("/opt/myofuse/plugins"), Path.of("/opt/myofuse/etc"));

    @Test
    void theSystemBundleShouldExportTheHostApiAtTheVersionItsJarExportsAndNothingOfTheLaunchersOwn()
            throws Exception {
        // bnd writes the manifests (from the package-info @Version) before the tests run.
        Manifest launcher;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/META-INF/MANIFEST.MF"))) {
            launcher = new Manifest(in);
        }
        assertEquals(null, launcher.getMainAttributes().getValue("Export-Package"));
        Path hostApi = Path.of(CommandInvocation.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String hostApiExports;
        try (var jar = new java.util.jar.JarFile(hostApi.toFile())) {
            hostApiExports = jar.getManifest().getMainAttributes().getValue("Export-Package");
        }
        assertEquals(hostApiExports, FrameworkConfig.properties(STORAGE, WATCHED)
                .get("org.osgi.framework.system.packages.extra"));
    }

    @Test
    void theLaunchersManifestShouldStartMainAndReachItsLibNeighbours() throws IOException {
        Manifest manifest;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/META-INF/MANIFEST.MF"))) {
            manifest = new Manifest(in);
        }
        assertEquals(Main.class.getName(), manifest.getMainAttributes().getValue("Main-Class"));
        assertEquals("org.apache.felix.framework.jar myofuse-host-api.jar", manifest.getMainAttributes().getValue("Class-Path"));
    }

    @Test
    void storageShouldBeCleanedOnEveryStart() {
        Map<String, String> p = FrameworkConfig.properties(STORAGE, WATCHED);
        assertEquals(STORAGE.toString(), p.get("org.osgi.framework.storage"));
        assertEquals("onFirstInit", p.get("org.osgi.framework.storage.clean"));
        assertEquals("1", p.get("org.osgi.framework.startlevel.beginning"));
    }

    @Test
    void fileInstallShouldWatchPluginsAndEtcTwiceASecondFromTheStart() {
        Map<String, String> p = FrameworkConfig.properties(STORAGE, WATCHED);
        assertEquals("/opt/myofuse/plugins,/opt/myofuse/etc", p.get("felix.fileinstall.dir"));
        assertEquals("500", p.get("felix.fileinstall.poll"));
        assertEquals("true", p.get("felix.fileinstall.noInitialDelay"));
        assertEquals("true", p.get("felix.fileinstall.bundles.new.start"));
    }

    @Test
    void fileInstallShouldTakeBundlesAndConfigurationsButNotReadmes() {
        // FileInstall matches the whole file name against the filter.
        Pattern filter = Pattern.compile(FrameworkConfig.properties(STORAGE, WATCHED)
                .get("felix.fileinstall.filter"));
        assertTrue(filter.matcher("vendor-emg-1.0.jar").matches());
        assertTrue(filter.matcher("org.myofuse.device.sim_emg-left.cfg").matches());
        assertTrue(filter.matcher("org.myofuse.device.sim_emg-left.config").matches());
        assertFalse(filter.matcher("README.txt").matches());
        assertFalse(filter.matcher("org.myofuse.device.sim_emg-left.cfg~").matches());
        assertFalse(filter.matcher("org.myofuse.device.sim_emg-left.cfg.example").matches());
    }

    @Test
    void noWatchedFolderMeansNoFileInstallFolder() {
        assertFalse(FrameworkConfig.properties(STORAGE, List.of()).containsKey("felix.fileinstall.dir"));
    }

    @Test
    void gogoShouldNeverOpenItsOwnConsole() {
        // The launcher does not know the command: 'myofuse shell' opens its console in the commands bundle.
        assertEquals("--nointeractive", FrameworkConfig.properties(STORAGE, WATCHED).get("gosh.args"));
    }
}
