package org.myofuse.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationTest {

    private static CodeSource codeAt(Path jar) throws IOException {
        return new CodeSource(jar.toUri().toURL(), (java.security.cert.Certificate[]) null);
    }

    @Test
    void shouldFindTheInstallationAsTheParentOfTheLaunchersLibFolder(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("bundle"));
        Path jar = Files.writeString(Files.createDirectories(tmp.resolve("lib")).resolve("myofuse-launcher.jar"), "");
        assertEquals(tmp, Installation.locate(null, codeAt(jar)).dir());
    }

    @Test
    void theOverrideShouldWin(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("bundle"));
        assertEquals(tmp, Installation.locate(tmp.toString(), new CodeSource(new URL("file:/nowhere/x.jar"),
                (java.security.cert.Certificate[]) null)).dir());
    }

    @Test
    void aLauncherOutsideALibFolderShouldBeAFailureSayingWhatToDo(@TempDir Path tmp) throws Exception {
        Path jar = Files.writeString(tmp.resolve("launcher.jar"), "");
        var e = assertThrows(LaunchFailure.class, () -> Installation.locate(null, codeAt(jar)));
        assertEquals("launcher " + jar + " is not in an installation's lib/ folder (set -Dmyofuse.install=DIR)",
                e.getMessage());
    }

    @Test
    void anInstallationWithoutBundlesShouldBeAFailure(@TempDir Path tmp) {
        var e = assertThrows(LaunchFailure.class, () -> Installation.locate(tmp.toString(), null));
        assertEquals("installation " + tmp + " has no bundle/ folder", e.getMessage());
    }

    @Test
    void platformBundlesShouldBeTheJarsOfBundleSortedByName(@TempDir Path tmp) throws Exception {
        Path bundles = Files.createDirectories(tmp.resolve("bundle"));
        for (String name : List.of("runtime.jar", "api.jar", "README.txt", "scr.jar")) {
            Files.writeString(bundles.resolve(name), "");
        }
        Files.createDirectories(bundles.resolve("sub.jar"));
        var installation = Installation.locate(tmp.toString(), null);
        assertEquals(List.of(bundles.resolve("api.jar"), bundles.resolve("runtime.jar"), bundles.resolve("scr.jar")),
                installation.platformBundles());
    }

    @Test
    void watchedFoldersShouldBeCreatedIfMissing(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("bundle"));
        var installation = Installation.locate(tmp.toString(), null);
        assertEquals(List.of(tmp.resolve("plugins"), tmp.resolve("etc")), installation.watchedDirs());
        assertTrue(Files.isDirectory(tmp.resolve("plugins")) && Files.isDirectory(tmp.resolve("etc")));
    }
}
