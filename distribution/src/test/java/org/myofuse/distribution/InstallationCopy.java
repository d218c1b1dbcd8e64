package org.myofuse.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * An installation of its own for a test that writes into {@code etc/} or {@code plugins/}, so that the
 * built one stays as built for the other tests. Everything is copied but {@code bundle/}, which is the
 * built installation's folder through a symbolic link: the bundles are most of the installation's bytes,
 * the launcher only reads them, and what a test changes lives in {@code etc/} and {@code plugins/}.
 * {@code bin/} and {@code lib/} must be real copies: the script finds its installation from its own
 * physical location, the launcher from its jar's, and both see through symbolic links. The clean-up of
 * a {@code @TempDir} holding the copy deletes the link, not the built bundles it points to.
 */
final class InstallationCopy {

    private InstallationCopy() {
    }

    /** Makes {@code dir/myofuse} from the built installation; returns it. */
    static Path in(Path dir) throws IOException {
        Path source = InstalledMyofuse.builtInstallation().toAbsolutePath();
        Path install = Files.createDirectories(dir.resolve("myofuse"));
        try (Stream<Path> top = Files.list(source)) {
            for (Path p : top.toList()) {
                Path target = install.resolve(p.getFileName().toString());
                if (p.getFileName().toString().equals("bundle")) {
                    Files.createSymbolicLink(target, p);
                } else {
                    copyTree(p, target);
                }
            }
        }
        return install;
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
