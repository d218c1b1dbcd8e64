package org.myofuse.protocols.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Watches the installation's etc/ for protocol files ({@code etc/protocols/*.yaml|yml|json}) and
 * override files ({@code etc/*.override.yaml|yml|json}) by polling, as FileInstall watches plugins/:
 * the folders may not exist yet, and polling sees them appear. A changed file is delivered once it has
 * stood still for one poll (same size and modification time twice), so a file being written is not read
 * half-way; the first scan delivers everything at once.
 *
 * <p>{@link #scan()} runs on the caller's thread; {@link #start} polls on a daemon thread of its own
 * ({@code myofuse-protocol-watch}) until {@link #close}. Deliveries happen on the polling thread, one at
 * a time.
 */
final class FolderWatch implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FolderWatch.class.getName());

    /** Protocol documents in etc/protocols/ (editor backups and hidden files are not). */
    static final Pattern PROTOCOL_FILE = Pattern.compile("[^.~#][^/]*\\.(yaml|yml|json)");
    /** Override documents directly in etc/. */
    static final Pattern OVERRIDE_FILE = Pattern.compile("[^.~#][^/]*\\.override\\.(yaml|yml|json)");

    /** What the watch tells its owner. */
    interface Listener {
        /** A file appeared or changed; {@code override} says which kind of file it is by its place. */
        void changed(Path file, boolean override, byte[] content);

        /** A file is gone. */
        void removed(Path file);

        /** A scan round is over (after any deliveries of that round). */
        void settled(boolean changes);
    }

    private record Stamp(long size, long modifiedNanos) {
    }

    private final Path etc;
    private final Listener listener;
    private final Map<Path, Stamp> delivered = new HashMap<>();
    private final Map<Path, Stamp> pending = new HashMap<>();
    private ScheduledExecutorService poller;

    FolderWatch(Path etc, Listener listener) {
        this.etc = etc;
        this.listener = listener;
    }

    /** Delivers every file there is now, at once. */
    synchronized void scan() {
        Map<Path, Stamp> now = list();
        boolean changes = false;
        for (Map.Entry<Path, Stamp> e : now.entrySet()) {
            changes |= deliver(e.getKey(), e.getValue());
        }
        listener.settled(changes);
    }

    /** Polls every {@code millis} from now on. */
    synchronized void start(long millis) {
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "myofuse-protocol-watch");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::poll, millis, millis, TimeUnit.MILLISECONDS);
    }

    private synchronized void poll() {
        try {
            Map<Path, Stamp> now = list();
            boolean changes = false;
            for (Map.Entry<Path, Stamp> e : now.entrySet()) {
                Path file = e.getKey();
                Stamp stamp = e.getValue();
                if (stamp.equals(delivered.get(file))) {
                    pending.remove(file);
                } else if (stamp.equals(pending.get(file))) {
                    pending.remove(file);
                    changes |= deliver(file, stamp);
                } else {
                    pending.put(file, stamp);
                }
            }
            for (Path gone : Set.copyOf(delivered.keySet())) {
                if (!now.containsKey(gone)) {
                    delivered.remove(gone);
                    pending.remove(gone);
                    listener.removed(gone);
                    changes = true;
                }
            }
            if (changes) {
                listener.settled(true);
            }
        } catch (RuntimeException e) {
            // The watch must outlive any one bad round.
            LOG.log(System.Logger.Level.WARNING, "protocol folder watch: " + e);
        }
    }

    private boolean deliver(Path file, Stamp stamp) {
        try {
            byte[] content = Files.readAllBytes(file);
            delivered.put(file, stamp);
            listener.changed(file, !file.getParent().equals(etc.resolve("protocols")), content);
            return true;
        } catch (IOException e) {
            // Gone or unreadable between listing and reading: the next round sees it again.
            return false;
        }
    }

    /** The watched files there are now, with their stamps. */
    private Map<Path, Stamp> list() {
        Map<Path, Stamp> files = new LinkedHashMap<>();
        collect(etc.resolve("protocols"), PROTOCOL_FILE, files);
        collect(etc, OVERRIDE_FILE, files);
        return files;
    }

    private static void collect(Path dir, Pattern names, Map<Path, Stamp> into) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Set<Path> found = new HashSet<>();
        try (Stream<Path> entries = Files.list(dir)) {
            entries.filter(p -> names.matcher(p.getFileName().toString()).matches()).forEach(found::add);
        } catch (IOException e) {
            return;
        }
        found.stream().sorted().forEach(p -> {
            try {
                if (Files.isRegularFile(p)) {
                    into.put(p, new Stamp(Files.size(p), Files.getLastModifiedTime(p).to(TimeUnit.NANOSECONDS)));
                }
            } catch (IOException e) {
                // vanished meanwhile
            }
        });
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
    }
}
