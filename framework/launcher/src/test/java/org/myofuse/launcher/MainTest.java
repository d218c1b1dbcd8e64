package org.myofuse.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.launcher.testbundle.ExitingActivator;
import org.myofuse.launcher.testbundle.PlatformActivator;

/**
 * The whole launcher: a real embedded Felix with small test bundles standing in for the platform (start
 * level 1) and the commands bundle (start level 2), which gets the command line unparsed.
 */
class MainTest {

    @TempDir
    Path tmp;

    private Path install;
    private Path home;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void installation() throws IOException {
        install = Files.createDirectories(tmp.resolve("install"));
        Files.createDirectories(install.resolve("bundle"));
        home = tmp.resolve("home");
    }

    private int run(String... args) {
        var main = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), tmp.resolve("user"), install.toString());
        return main.run(args, System.nanoTime());
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void platformBundle() throws IOException {
        TestBundles.write(install.resolve("bundle"), "a-platform.jar", Map.of("Bundle-SymbolicName", "test.platform",
                "Bundle-Version", "1.0.0", "Bundle-Activator", PlatformActivator.class.getName(), "Import-Package",
                "org.osgi.framework"), PlatformActivator.class);
    }

    private void commandsBundle(String action) throws IOException {
        TestBundles.write(install.resolve("bundle"), "b-commands.jar", Map.of("Bundle-SymbolicName", "test.commands",
                "Bundle-Version", "1.0.0", "Bundle-Activator", ExitingActivator.class.getName(), "Import-Package",
                "org.osgi.framework,org.myofuse.api.host;version=\"[1.0,2)\"", "Myofuse-StartLevel", "2",
                "Test-Action", action), ExitingActivator.class);
    }

    @Test
    void aCommandLineShouldReachTheCommandsBundleUnparsedEvenWhenItIsWrong() throws IOException {
        // The commands bundle parses: a bad command line boots first and is refused there (exit 2).
        commandsBundle("2");
        assertEquals(2, run("run", "--duration", "5 min", "--frob", "--home", home.toString()));
        assertEquals("args=[run, --duration, 5 min, --frob, --home, " + home + "] home=" + home + " install=" + install
                + " platform=false\n", out());
        assertEquals("", err());
    }

    @Test
    void theCommandBundleShouldGetTheCommandLineAndTheFoldersAndDecideTheExitCode() throws IOException {
        platformBundle();
        commandsBundle("3");
        assertEquals(3, run("--home", home.toString(), "devices"));
        assertEquals("args=[--home, " + home + ", devices] home=" + home + " install=" + install
                + " platform=true\n", out());
        assertEquals("", err());
        assertTrue(Files.isDirectory(home.resolve("cache/felix")), "framework storage in the data folder");
    }

    @Test
    void theDataFolderShouldBeTakenFromHomeWhereverItStandsAndInEitherForm() throws IOException {
        commandsBundle("0");
        assertEquals(0, run("sessions", "--home=" + home));
        assertTrue(out().contains(" home=" + home + " "), out());
        assertTrue(Files.isDirectory(home.resolve("cache/felix")), "framework storage in the data folder");
    }

    @Test
    void fragmentsShouldBeInstalledButNotStarted() throws IOException {
        platformBundle();
        commandsBundle("4");
        // Starting a fragment throws: the boot only succeeds if the launcher leaves it alone.
        TestBundles.write(install.resolve("bundle"), "c-fragment.jar", Map.of("Bundle-SymbolicName", "test.fragment",
                "Bundle-Version", "1.0.0", "Fragment-Host", "test.platform"), null);
        assertEquals(4, run("--home", home.toString(), "devices"));
        assertEquals("", err());
    }

    @Test
    void theFrameworkStoppingByItselfShouldEndTheProcessWith0() throws IOException {
        commandsBundle("stop-framework");
        assertEquals(0, run("--home", home.toString(), "shell"));
        assertTrue(out().startsWith("args=[--home, " + home + ", shell]"), out());
    }

    @Test
    void aPlatformBundleThatCannotResolveShouldFailTheBootInOneLineBeforeCommandsStart() throws IOException {
        platformBundle();
        commandsBundle("0");
        TestBundles.write(install.resolve("bundle"), "c-broken.jar", Map.of("Bundle-SymbolicName", "test.broken",
                "Bundle-Version", "2.1.0", "Import-Package", "org.example.missing"), null);
        assertEquals(1, run("--home", home.toString(), "devices"));
        String err = err();
        assertTrue(err.startsWith("myofuse: bundle test.broken 2.1.0 did not start: "), err);
        assertTrue(err.contains("org.example.missing"), err);
        assertEquals(1, err.lines().count(), err);
        assertEquals("", out(), "the commands bundle never ran");
    }

    @Test
    void aBadStartLevelHeaderShouldBeNamed() throws IOException {
        TestBundles.write(install.resolve("bundle"), "odd.jar", Map.of("Bundle-SymbolicName", "test.odd",
                "Myofuse-StartLevel", "7"), null);
        assertEquals(1, run("--home", home.toString(), "devices"));
        assertEquals("myofuse: bundle/odd.jar: Myofuse-StartLevel '7' must be 1 or 2\n", err());
    }

    @Test
    void anUnusableDataFolderShouldExitWith1AndOneLine() throws IOException {
        Path file = Files.writeString(tmp.resolve("file"), "");
        assertEquals(1, run("--home", file.toString(), "devices"));
        assertEquals("myofuse: data folder " + file + " is not a folder\n", err());
    }

    @Test
    void aMissingInstallationShouldExitWith1() throws IOException {
        Files.delete(install.resolve("bundle"));
        assertEquals(1, run("--home", home.toString(), "devices"));
        assertEquals("myofuse: installation " + install + " has no bundle/ folder\n", err());
    }
}
