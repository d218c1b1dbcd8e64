package org.myofuse.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The installation folder: {@code lib/} (launcher and framework jars), {@code bundle/} (the platform
 * bundles), {@code plugins/} (hot-deployed device plugins) and {@code etc/} (configuration files).
 *
 * @param dir the installation folder, absolute
 */
record Installation(Path dir) {

    /** System property naming the installation folder, for running the launcher outside one (tests). */
    static final String INSTALL_PROPERTY = "myofuse.install";

    Installation {
        dir = dir.toAbsolutePath().normalize();
    }

    Path bundleDir() {
        return dir.resolve("bundle");
    }

    Path pluginsDir() {
        return dir.resolve("plugins");
    }

    Path etcDir() {
        return dir.resolve("etc");
    }

    /**
     * Finds the installation from {@link #INSTALL_PROPERTY} if set, else from the location of the
     * launcher jar ({@code <install>/lib/<launcher>.jar}), so the launcher runs from any working folder.
     */
    static Installation locate(String override, CodeSource launcherCode) throws LaunchFailure {
        Installation installation;
        if (override != null && !override.isBlank()) {
            installation = new Installation(Path.of(override));
        } else {
            installation = new Installation(parentOfLib(launcherCode));
        }
        if (!Files.isDirectory(installation.bundleDir())) {
            throw new LaunchFailure("installation " + installation.dir() + " has no bundle/ folder");
        }
        return installation;
    }

    private static Path parentOfLib(CodeSource code) throws LaunchFailure {
        Path jar;
        try {
            jar = Path.of(Objects.requireNonNull(code, "code source").getLocation().toURI()).toAbsolutePath();
        } catch (URISyntaxException | RuntimeException e) {
            throw new LaunchFailure("cannot tell where the launcher jar is (set -D" + INSTALL_PROPERTY + "=DIR)");
        }
        Path lib = jar.getParent();
        if (!Files.isRegularFile(jar) || lib == null || lib.getParent() == null
                || !lib.getFileName().toString().equals("lib")) {
            throw new LaunchFailure("launcher " + jar + " is not in an installation's lib/ folder (set -D"
                    + INSTALL_PROPERTY + "=DIR)");
        }
        return lib.getParent();
    }

    /** The bundle jars of {@code bundle/}, sorted by file name so that every start installs them alike. */
    List<Path> platformBundles() throws LaunchFailure {
        try (Stream<Path> files = Files.list(bundleDir())) {
            return new ArrayList<>(files.filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .filter(Files::isRegularFile).sorted().toList());
        } catch (IOException e) {
            throw new LaunchFailure("cannot list " + bundleDir() + ": " + LaunchFailure.reason(e), e);
        }
    }

    /**
     * The folders FileInstall should watch: {@code plugins/} and {@code etc/}, created if missing; a
     * folder that cannot be created (read-only installation) is left out.
     */
    List<Path> watchedDirs() {
        List<Path> dirs = new ArrayList<>();
        for (Path d : List.of(pluginsDir(), etcDir())) {
            try {
                Files.createDirectories(d);
                dirs.add(d);
            } catch (IOException e) {
                // A read-only installation without these folders simply has no hot deploy.
            }
        }
        return dirs;
    }
}
