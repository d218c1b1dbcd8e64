package org.myofuse.programs.plan;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.myofuse.api.program.PlanInfo;

/**
 * The plan files of a folder (the installation's {@code etc/programs/}): every {@code .yaml}, {@code .yml}
 * and {@code .json} file, looked at again at each {@link #scan()}, so a file dropped, changed or removed
 * while the host runs counts from the next question on. A file is read again only when its size or
 * modification time changed. A broken version of a file is refused, logged once as one line per problem
 * naming the file and the path in it, and the file's last accepted version stays in effect (for as long
 * as the host runs). Hidden files and editor backups ({@code ~}) are ignored.
 *
 * <p>Not thread-safe: its owner ({@link InstalledPlans}) calls it under its lock.
 */
final class FolderPlans {

    private static final System.Logger LOG = System.getLogger(FolderPlans.class.getName());

    /** What was last seen of a file, and its last accepted plan (null if none yet). */
    private record Seen(long size, long modified, PlanInfo accepted) {
    }

    private final Path folder;
    private final String shown;
    private final Map<Path, Seen> seen = new HashMap<>();

    /**
     * @param folder the folder; it need not exist
     * @param shown  how messages and plan sources name it ({@code etc/programs})
     */
    FolderPlans(Path folder, String shown) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.shown = Objects.requireNonNull(shown, "shown");
    }

    /** The accepted plans of the folder's files now, in file name order. */
    List<PlanInfo> scan(PlanReader reader) {
        Map<Path, BasicFileAttributes> files = list();
        seen.keySet().retainAll(files.keySet());
        List<PlanInfo> plans = new ArrayList<>();
        for (Map.Entry<Path, BasicFileAttributes> e : files.entrySet()) {
            Seen before = seen.get(e.getKey());
            long size = e.getValue().size();
            long modified = e.getValue().lastModifiedTime().toMillis();
            Seen now = before != null && before.size() == size && before.modified() == modified ? before
                    : read(e.getKey(), size, modified, reader, before == null ? null : before.accepted());
            seen.put(e.getKey(), now);
            if (now.accepted() != null) {
                plans.add(now.accepted());
            }
        }
        return plans;
    }

    private Seen read(Path file, long size, long modified, PlanReader reader, PlanInfo previous) {
        String name = shown + "/" + file.getFileName();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "program plan refused: " + name + ": cannot be read: " + e.getMessage());
            return new Seen(size, modified, previous);
        }
        PlanReader.Outcome outcome = reader.read(name, bytes, "file " + name);
        if (outcome.plan() != null) {
            return new Seen(size, modified, outcome.plan());
        }
        String kept = previous == null ? "" : " (its previous version stays in effect)";
        outcome.problems().forEach(p -> LOG.log(System.Logger.Level.WARNING, "program plan refused: " + p + kept));
        return new Seen(size, modified, previous);
    }

    private Map<Path, BasicFileAttributes> list() {
        Map<Path, BasicFileAttributes> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.startsWith(".") || !(name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(p, BasicFileAttributes.class);
                if (attributes.isRegularFile()) {
                    files.put(p, attributes);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot list " + shown + ": " + e.getMessage());
        }
        return files;
    }
}
