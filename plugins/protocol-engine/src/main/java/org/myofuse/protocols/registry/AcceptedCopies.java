package org.myofuse.protocols.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The last accepted version of each file of etc/ (protocols and overrides), kept in the data folder so
 * that a file broken while no host runs still leaves its previous version in effect at the next start.
 * A copy mirrors its file's name under the folder ({@code protocols/x.yaml}, {@code x.override.yaml}).
 * Writes are atomic (a temporary file moved into place), so hosts sharing the data folder never read
 * half a copy. Without a folder (none configured), nothing is kept.
 *
 * <p>Thread-safe as the file system is; I/O on the calling thread. Failures are reported, never thrown.
 */
final class AcceptedCopies {

    private static final System.Logger LOG = System.getLogger(AcceptedCopies.class.getName());

    private final Path dir;

    /** @param dir where the copies live; null to keep none */
    AcceptedCopies(Path dir) {
        this.dir = dir;
    }

    Optional<byte[]> load(String name) {
        if (dir == null) {
            return Optional.empty();
        }
        Path copy = dir.resolve(name);
        try {
            return Files.isRegularFile(copy) ? Optional.of(Files.readAllBytes(copy)) : Optional.empty();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot read the last accepted copy " + copy + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    void store(String name, byte[] bytes) {
        if (dir == null) {
            return;
        }
        Path copy = dir.resolve(name);
        try {
            Files.createDirectories(copy.getParent());
            Path tmp = Files.createTempFile(copy.getParent(), ".accepted", ".tmp");
            Files.write(tmp, bytes);
            Files.move(tmp, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot keep the accepted copy " + copy + " (a broken " + name
                    + " will not fall back to it after a restart): " + e.getMessage());
        }
    }

    void delete(String name) {
        if (dir == null) {
            return;
        }
        try {
            Files.deleteIfExists(dir.resolve(name));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot delete the accepted copy " + dir.resolve(name) + ": " + e.getMessage());
        }
    }

    /** The names of the copies kept. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return names;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .forEach(p -> names.add(dir.relativize(p).toString().replace('\\', '/')));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot list the accepted copies in " + dir + ": " + e.getMessage());
        }
        return names;
    }
}
