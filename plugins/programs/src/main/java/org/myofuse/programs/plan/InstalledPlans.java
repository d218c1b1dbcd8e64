package org.myofuse.programs.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.myofuse.api.program.PlanInfo;
import org.myofuse.api.program.ProgramPlans;

/**
 * The plan documents of the sources (bundles) present now, and of a folder's files ({@code etc/programs/},
 * looked at again at every question: {@link FolderPlans}), and the plans in effect: per id, the highest
 * version; at the same version a clinic's file before a bundle's, and among bundles the one added first.
 * Bundle documents are parsed once, at the first question after they were added; each refused one is
 * logged then, one line per problem.
 *
 * <p>Thread-safe: every method holds this object's lock (parsing a few small documents under it is fine:
 * sources change rarely).
 */
public final class InstalledPlans implements ProgramPlans {

    private static final System.Logger LOG = System.getLogger(InstalledPlans.class.getName());

    private record Pending(String name, String source, byte[] bytes) {
    }

    private final Map<Long, List<Pending>> pending = new LinkedHashMap<>();
    private final Map<Long, List<PlanInfo>> read = new TreeMap<>();
    private final FolderPlans folder;
    private PlanReader reader;
    private List<PlanInfo> effective = List.of();
    private List<PlanInfo> fromFolder = List.of();

    /** Plans from bundles only. */
    public InstalledPlans() {
        this.folder = null;
    }

    /**
     * Plans from bundles and from the files of {@code folder}.
     *
     * @param folder the folder of plan files (it need not exist)
     * @param shown  how messages and plan sources name it ({@code etc/programs})
     */
    public InstalledPlans(java.nio.file.Path folder, String shown) {
        this.folder = new FolderPlans(folder, shown);
    }

    /** Adds a document of source {@code sourceId}. */
    public synchronized void add(long sourceId, String name, String source, byte[] bytes) {
        pending.computeIfAbsent(sourceId, k -> new ArrayList<>()).add(new Pending(name, source, bytes));
        read.putIfAbsent(sourceId, new ArrayList<>());
    }

    /** Drops every document of source {@code sourceId}. */
    public synchronized void remove(long sourceId) {
        pending.remove(sourceId);
        if (read.remove(sourceId) != null) {
            effective = select();
        }
    }

    /** The plans in effect, in id order. */
    @Override
    public synchronized List<PlanInfo> plans() {
        boolean changed = false;
        if (!pending.isEmpty()) {
            parsePending();
            changed = true;
        }
        if (folder != null) {
            List<PlanInfo> now = folder.scan(reader());
            changed |= !now.equals(fromFolder);
            fromFolder = now;
        }
        if (changed) {
            effective = select();
        }
        return effective;
    }

    private PlanReader reader() {
        if (reader == null) {
            reader = new PlanReader();
        }
        return reader;
    }

    /** The plan in effect with this id. */
    @Override
    public synchronized Optional<PlanInfo> plan(String id) {
        return plans().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    private void parsePending() {
        for (Map.Entry<Long, List<Pending>> e : pending.entrySet()) {
            for (Pending doc : e.getValue()) {
                PlanReader.Outcome outcome = reader().read(doc.name(), doc.bytes(), doc.source());
                if (outcome.plan() != null) {
                    read.get(e.getKey()).add(outcome.plan());
                } else {
                    outcome.problems().forEach(p -> LOG.log(System.Logger.Level.WARNING, "program plan refused: " + p));
                }
            }
        }
        pending.clear();
    }

    private List<PlanInfo> select() {
        Map<String, PlanInfo> byId = new TreeMap<>();
        for (PlanInfo p : fromFolder) {
            byId.merge(p.id(), p, (a, b) -> VERSIONS.compare(b, a) > 0 ? b : a);
        }
        for (List<PlanInfo> plans : read.values()) {
            for (PlanInfo p : plans) {
                byId.merge(p.id(), p, (a, b) -> VERSIONS.compare(b, a) > 0 ? b : a);
            }
        }
        return List.copyOf(byId.values());
    }

    /** Versions compare number by number ({@code 1.10.0} after {@code 1.9.2}); a missing part is 0. */
    static final Comparator<PlanInfo> VERSIONS = (a, b) -> {
        String[] x = a.version().split("\\.");
        String[] y = b.version().split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = new java.math.BigInteger(i < x.length ? x[i] : "0").compareTo(new java.math.BigInteger(i < y.length ? y[i] : "0"));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };
}
