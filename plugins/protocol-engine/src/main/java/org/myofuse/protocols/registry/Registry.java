package org.myofuse.protocols.registry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.myofuse.api.protocol.Problem;
import org.myofuse.api.protocol.ProtocolException;
import org.myofuse.api.protocol.ProtocolInfo;
import org.myofuse.api.protocol.ProtocolRegistry;
import org.myofuse.protocols.document.Compiled;
import org.myofuse.protocols.document.Includes;
import org.myofuse.protocols.document.Parsed;
import org.myofuse.protocols.document.ProtocolCompiler;

/**
 * The protocol registry without OSGi: it is told about bundles' documents and etc/ files, rebuilds the
 * catalog on every change, logs one line for each document refused (naming the file and the first
 * problem's path) and keeps the last accepted version of each etc/ file ({@link AcceptedCopies}).
 *
 * <p>Thread-safe: changes are applied one at a time under a lock; queries read the latest immutable
 * snapshot without locking. {@link #validate} reads and compiles on the calling thread.
 */
final class Registry implements ProtocolRegistry, ProtocolCatalog, AutoCloseable {

    private final ProtocolCompiler compiler;
    private final Catalog catalog;
    private final AcceptedCopies accepted;
    private final Path etc;
    private final Reports reports;
    private final Map<String, Verdict> reported = new HashMap<>();
    private final Map<String, Boolean> etcFiles = new LinkedHashMap<>();
    private final Map<String, byte[]> etcContent = new HashMap<>();
    private volatile Catalog.Snapshot snapshot = new Catalog.Snapshot(Map.of(), Map.of());
    private boolean batch;

    /**
     * @param etc      the installation's etc/ (names of its files are given relative to its parent,
     *                 {@code etc/protocols/x.yaml}); null when there is none
     * @param accepted where the last accepted versions are kept
     * @param reports  the one-line reports of refused documents
     */
    Registry(ProtocolCompiler compiler, Path etc, AcceptedCopies accepted, Reports reports) {
        this.compiler = compiler;
        this.catalog = new Catalog(compiler);
        this.etc = etc;
        this.accepted = accepted;
        this.reports = reports;
    }

    /** Logs the reports still held back. */
    @Override
    public void close() {
        reports.close();
    }

    // ---- changes -------------------------------------------------------------------------------

    /** A bundle carrying protocols started (or its documents changed). */
    synchronized void bundleAdded(long bundleId, List<SourceDoc> docs) {
        catalog.putBundle(bundleId, docs);
        rebuild();
    }

    /** A bundle carrying protocols stopped. */
    synchronized void bundleRemoved(long bundleId) {
        catalog.removeBundle(bundleId);
        rebuild();
    }

    /** An etc/ file appeared or changed; the catalog is rebuilt by {@link #settle}. */
    synchronized void fileChanged(Path file, boolean override, byte[] content) {
        String name = name(file);
        SourceDoc current = new SourceDoc(name, "file " + name, content);
        SourceDoc previous = accepted.load(name).map(b -> new SourceDoc(name, "file " + name, b)).orElse(null);
        if (override) {
            catalog.putOverrideFile(current, previous);
        } else {
            catalog.putProtocolFile(current, previous);
        }
        etcFiles.put(name, override);
        etcContent.put(name, content);
    }

    /** An etc/ file is gone: what it held leaves with it. */
    synchronized void fileRemoved(Path file) {
        String name = name(file);
        catalog.removeFile(name);
        etcFiles.remove(name);
        etcContent.remove(name);
        accepted.delete(name);
        reported.remove(name);
        reports.cleared(name);
    }

    /** Rebuilds after a round of file changes. */
    synchronized void settle() {
        rebuild();
    }

    /** Drops the accepted copies of files that are gone (removed while no host ran). */
    synchronized void forgetVanished() {
        for (String name : accepted.names()) {
            if (!etcFiles.containsKey(name)) {
                accepted.delete(name);
            }
        }
    }

    /**
     * Holds rebuilds back until {@link #endBatch()}: at activation every bundle and file is read first, so
     * that a composed protocol is not refused for an included one that was simply not read yet.
     */
    synchronized void beginBatch() {
        batch = true;
    }

    /** Rebuilds once with everything told since {@link #beginBatch()}. */
    synchronized void endBatch() {
        batch = false;
        rebuild();
    }

    private void rebuild() {
        if (batch) {
            return;
        }
        Catalog.Snapshot built = catalog.build();
        for (Verdict v : built.verdicts().values()) {
            Boolean override = etcFiles.get(v.file());
            if (override != null && v.outcome() == Verdict.Outcome.ACCEPTED) {
                keep(v.file());
            }
            report(v, built);
        }
        for (String gone : List.copyOf(reported.keySet())) {
            if (!built.verdicts().containsKey(gone)) {
                reported.remove(gone);
                reports.cleared(gone);
            }
        }
        // Published last: a protocol from a file is visible only once its accepted copy is kept.
        snapshot = built;
    }

    /** Keeps the file's content as its last accepted version, unless the copy already has it. */
    private void keep(String name) {
        byte[] now = etcContent.get(name);
        if (now != null && !accepted.load(name).map(b -> Arrays.equals(b, now)).orElse(false)) {
            accepted.store(name, now);
        }
    }

    /** One line for a document refused, kept back or unused, once per verdict; none once it is accepted. */
    private void report(Verdict v, Catalog.Snapshot built) {
        if (v.equals(reported.get(v.file()))) {
            return;
        }
        reported.put(v.file(), v);
        String line = switch (v.outcome()) {
            case ACCEPTED -> null;
            case SHADOWED -> etcFiles.containsKey(v.file()) ? v.file() + ": " + v.note() : null;
            case UNUSED -> "override " + v.file() + " " + v.note();
            case KEPT_PREVIOUS -> "refused " + first(v) + "; " + v.note();
            case REFUSED -> "refused " + first(v) + instead(v, built);
        };
        if (line == null) {
            reports.cleared(v.file());
        } else {
            reports.refused(v.file(), line);
        }
    }

    private static String first(Verdict v) {
        if (v.problems().isEmpty()) {
            return v.file();
        }
        String first = v.problems().get(0).toString();
        int more = v.problems().size() - 1;
        return more == 0 ? first : first + " (" + more + " more: myofuse protocol validate " + v.file() + ")";
    }

    /** What stays in effect in place of a refused protocol file, if anything. */
    private String instead(Verdict v, Catalog.Snapshot built) {
        byte[] content = etcContent.get(v.file());
        String id = content == null ? "" : compiler.parse(v.file(), content).id();
        Catalog.Installed other = built.installed().get(id);
        if (other == null) {
            return "";
        }
        ProtocolInfo info = other.protocol().info();
        return "; " + info.id() + " " + info.version() + " from " + info.source() + " stays in effect";
    }

    private String name(Path file) {
        Path base = etc == null || etc.getParent() == null ? null : etc.getParent();
        return (base == null ? file.toString() : base.relativize(file).toString()).replace('\\', '/');
    }

    // ---- queries -------------------------------------------------------------------------------

    @Override
    public List<ProtocolInfo> protocols() {
        return snapshot.installed().values().stream().map(i -> i.protocol().info()).toList();
    }

    @Override
    public Optional<ProtocolInfo> protocol(String id) {
        return installed(id).map(InstalledProtocol::info);
    }

    @Override
    public Optional<InstalledProtocol> installed(String id) {
        Catalog.Installed i = snapshot.installed().get(id);
        return i == null ? Optional.empty() : Optional.of(i.protocol());
    }

    @Override
    public String effective(String id) throws ProtocolException {
        return installed(id).orElseThrow(() -> new ProtocolException("no protocol '" + id
                + "' is installed (myofuse protocols lists them)")).effective();
    }

    @Override
    public List<Problem> validate(List<Path> files) {
        return new Validation(compiler, snapshot).run(files);
    }

    /** One {@link #validate} call: the given files checked together, includes and overrides resolved against them first. */
    private static final class Validation {

        private final ProtocolCompiler compiler;
        private final Catalog.Snapshot installed;
        private final Map<String, Parsed> given = new LinkedHashMap<>();
        private final Map<String, Compiled> compiled = new HashMap<>();
        private final List<String> inProgress = new ArrayList<>();

        Validation(ProtocolCompiler compiler, Catalog.Snapshot installed) {
            this.compiler = compiler;
            this.installed = installed;
        }

        List<Problem> run(List<Path> files) {
            List<Parsed> parsed = new ArrayList<>();
            List<Problem> problems = new ArrayList<>();
            for (Path file : files) {
                Parsed p = read(file);
                parsed.add(p);
                if (p.ok() && p.kind() == Parsed.Kind.PROTOCOL) {
                    given.putIfAbsent(p.id(), p);
                }
            }
            for (Parsed p : parsed) {
                if (!p.ok()) {
                    problems.addAll(p.problems());
                } else if (p.kind() == Parsed.Kind.PROTOCOL) {
                    problems.addAll(compile(p).problems());
                } else {
                    problems.addAll(override(p));
                }
            }
            return problems;
        }

        private Parsed read(Path file) {
            String name = file.toString();
            try {
                if (Files.size(file) > org.myofuse.protocols.document.Documents.MAX_BYTES) {
                    return new Parsed(name, Parsed.Kind.UNKNOWN, null, List.of(new Problem(Problem.Level.ERROR, name, "",
                            "larger than " + org.myofuse.protocols.document.Documents.MAX_BYTES / 1024
                                    + " kB: not a protocol document")));
                }
                return compiler.parse(name, Files.readAllBytes(file));
            } catch (IOException e) {
                String why = Files.exists(file) ? "cannot read: " + e.getMessage() : "no such file";
                return new Parsed(name, Parsed.Kind.UNKNOWN, null, List.of(new Problem(Problem.Level.ERROR, name, "", why)));
            }
        }

        private Compiled compile(Parsed p) {
            Compiled done = compiled.get(p.file());
            if (done != null) {
                return done;
            }
            inProgress.add(p.id());
            Compiled result = compiler.compile(p, List.of(), this::lookup);
            inProgress.remove(p.id());
            compiled.put(p.file(), result);
            return result;
        }

        private Includes.Lookup lookup(String id) {
            if (inProgress.contains(id)) {
                return Includes.Lookup.none("'" + id + "' includes itself, directly or through another protocol");
            }
            Parsed mine = given.get(id);
            if (mine != null) {
                Compiled c = compile(mine);
                return c.ok() ? Includes.Lookup.of(new Includes.Included(id, mine.version(), c.tree(), c.origins()))
                        : Includes.Lookup.none("'" + id + "' (" + mine.file() + ") has errors");
            }
            Catalog.Installed i = installed.installed().get(id);
            if (i == null) {
                return Includes.Lookup.none("no protocol '" + id + "' is installed");
            }
            return Includes.Lookup.of(new Includes.Included(id, i.protocol().model().version(), i.compiled().tree(),
                    i.compiled().origins()));
        }

        /** An override checked against the protocol it names: given with it, else the installed one. */
        private List<Problem> override(Parsed override) {
            String id = override.id();
            Parsed target = given.containsKey(id) ? given.get(id)
                    : installed.installed().containsKey(id) ? installed.installed().get(id).document() : null;
            if (target == null) {
                return List.of(new Problem(Problem.Level.ERROR, override.file(), "protocol", "no protocol '" + id
                        + "' is installed (or given to validate)"));
            }
            inProgress.add(id);
            Compiled c = compiler.compile(target, List.of(override), this::lookup);
            inProgress.remove(id);
            if (!c.ok()) {
                return List.of(new Problem(Problem.Level.ERROR, override.file(), "protocol", "protocol '" + id
                        + "' has errors of its own: " + c.errors().get(0)));
            }
            return c.overridesRefused();
        }
    }
}
