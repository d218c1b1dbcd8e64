package org.myofuse.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The framework's bundle cache under the data folder: {@code <home>/cache/felix}.
 *
 * <p>The cache is wiped at every start (the launcher owns the bundle set), so two processes must not
 * share it: the first holds a lock on {@code <home>/cache/felix.lock}; a second process started while
 * the first runs (e.g. {@code myofuse devices} during a session) gets a private
 * {@code <home>/cache/felix-<pid>} that is deleted when it stops, or by a later start if it was killed.
 */
final class FrameworkStorage implements AutoCloseable {

    private static final String PRIVATE_PREFIX = "felix-";

    private final Path dir;
    private final FileChannel lockChannel;
    private final boolean privateDir;

    private FrameworkStorage(Path dir, FileChannel lockChannel, boolean privateDir) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.privateDir = privateDir;
    }

    /** Chooses and locks the cache folder of this process. */
    static FrameworkStorage acquire(Path home) throws LaunchFailure {
        Path cache = home.resolve("cache");
        try {
            Files.createDirectories(cache);
        } catch (IOException e) {
            throw new LaunchFailure("cannot create " + cache + ": " + LaunchFailure.reason(e), e);
        }
        FileChannel channel = tryLock(cache.resolve("felix.lock"));
        if (channel != null) {
            deleteStalePrivateDirs(cache);
            return new FrameworkStorage(cache.resolve("felix"), channel, false);
        }
        Path own = cache.resolve(PRIVATE_PREFIX + ProcessHandle.current().pid());
        return new FrameworkStorage(own, null, true);
    }

    /** The folder to give the framework as {@code org.osgi.framework.storage}. */
    Path dir() {
        return dir;
    }

    /** True if another process holds the shared cache and this one uses a private folder. */
    boolean isPrivate() {
        return privateDir;
    }

    /** Releases the lock, or deletes the private folder. Call after the framework has stopped. */
    @Override
    public void close() {
        if (privateDir) {
            deleteTree(dir);
        }
        if (lockChannel != null) {
            try {
                lockChannel.close();
            } catch (IOException e) {
                // The lock dies with the process anyway.
            }
        }
    }

    private static FileChannel tryLock(Path lockFile) throws LaunchFailure {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new LaunchFailure("cannot open " + lockFile + ": " + LaunchFailure.reason(e), e);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return channel;
            }
        } catch (IOException | OverlappingFileLockException e) {
            // Held by this JVM or not lockable: fall through to a private cache.
        }
        closeQuietly(channel);
        return null;
    }

    /** Deletes private caches of processes that no longer run (killed before they could clean up). */
    private static void deleteStalePrivateDirs(Path cache) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(cache, PRIVATE_PREFIX + "*")) {
            for (Path d : dirs) {
                long pid = parsePid(d.getFileName().toString().substring(PRIVATE_PREFIX.length()));
                if (pid > 0 && ProcessHandle.of(pid).isEmpty()) {
                    deleteTree(d);
                }
            }
        } catch (IOException e) {
            // Leftovers only cost disk space; the next start tries again.
        }
    }

    private static long parsePid(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Best effort: a leftover is removed by a later start.
                }
            });
        } catch (IOException e) {
            // Same as above.
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // Nothing to do.
        }
    }
}
