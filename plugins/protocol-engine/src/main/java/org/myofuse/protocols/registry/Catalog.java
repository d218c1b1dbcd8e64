package org.myofuse.protocols.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.myofuse.api.protocol.Problem;
import org.myofuse.api.protocol.ProtocolInfo;
import org.myofuse.protocols.document.Compiled;
import org.myofuse.protocols.document.EffectiveYaml;
import org.myofuse.protocols.document.Includes;
import org.myofuse.protocols.document.Parsed;
import org.myofuse.protocols.document.ProtocolCompiler;
import org.myofuse.protocols.document.Versions;

/**
 * The documents the registry knows (bundles' protocols, the protocol files and override files of etc/,
 * each file with its last accepted version) and what they make: the installed protocols, and a
 * {@link Verdict} for every document. Of several protocols with one id the highest version is in effect,
 * and at the same version a clinic's file before a bundle's; one that does not compile gives way to the
 * next. A file that does not compile as it is now falls back to its last accepted version.
 *
 * <p>Not thread-safe: the registry calls it under its own lock.
 */
final class Catalog {

    private final ProtocolCompiler compiler;
    private final EffectiveYaml yaml = new EffectiveYaml();
    private final Map<Long, List<SourceDoc>> bundles = new TreeMap<>();
    private final Map<String, EtcFile> protocolFiles = new TreeMap<>();
    private final Map<String, EtcFile> overrideFiles = new TreeMap<>();
    private Map<SourceDoc, Parsed> parsed = new HashMap<>();

    /** A file of etc/: as it is now, and as it was last accepted (null when never). */
    record EtcFile(SourceDoc current, SourceDoc accepted) {
    }

    /** The result of a build. */
    record Snapshot(Map<String, Installed> installed, Map<String, Verdict> verdicts) {
    }

    /** An installed protocol, the document it was made from (to validate overrides against) and its effective form. */
    record Installed(InstalledProtocol protocol, Parsed document, Compiled compiled) {
    }

    Catalog(ProtocolCompiler compiler) {
        this.compiler = compiler;
    }

    void putBundle(long bundleId, List<SourceDoc> docs) {
        bundles.put(bundleId, List.copyOf(docs));
    }

    void removeBundle(long bundleId) {
        bundles.remove(bundleId);
    }

    void putProtocolFile(SourceDoc current, SourceDoc accepted) {
        protocolFiles.put(current.file(), new EtcFile(current, accepted));
    }

    void putOverrideFile(SourceDoc current, SourceDoc accepted) {
        overrideFiles.put(current.file(), new EtcFile(current, accepted));
    }

    void removeFile(String file) {
        protocolFiles.remove(file);
        overrideFiles.remove(file);
    }

    Snapshot build() {
        Map<SourceDoc, Parsed> used = new HashMap<>();
        Build build = new Build(used);
        Snapshot snapshot = build.run();
        parsed = used;
        return snapshot;
    }

    private Parsed parse(SourceDoc doc, Map<SourceDoc, Parsed> used) {
        Parsed p = parsed.get(doc);
        if (p == null) {
            p = compiler.parse(doc.file(), doc.bytes());
        }
        used.put(doc, p);
        return p;
    }

    /** One usable version of a document. */
    private record Alternative(SourceDoc doc, Parsed parsed, boolean previous) {
    }

    /** A protocol document from one place, with the versions of it to try in order. */
    private record Candidate(String file, boolean isFile, List<Alternative> alternatives, List<Problem> currentProblems) {

        String version() {
            return alternatives.get(0).parsed().version();
        }
    }

    /** The state of one build. */
    private final class Build {

        private final Map<SourceDoc, Parsed> used;
        private final Map<String, List<Candidate>> byId = new TreeMap<>();
        private final Map<String, List<Alternative>> overrides = new LinkedHashMap<>();
        private final Map<String, Verdict> verdicts = new LinkedHashMap<>();
        private final Map<String, Installed> installed = new TreeMap<>();
        private final Map<String, String> missing = new HashMap<>();
        private final Set<String> inProgress = new HashSet<>();

        Build(Map<SourceDoc, Parsed> used) {
            this.used = used;
        }

        Snapshot run() {
            for (List<SourceDoc> docs : bundles.values()) {
                docs.forEach(d -> candidate(d.file(), false, d, null));
            }
            protocolFiles.values().forEach(f -> candidate(f.current().file(), true, f.current(), f.accepted()));
            overrideFiles.values().forEach(this::override);
            for (String id : byId.keySet()) {
                compile(id);
            }
            for (Map.Entry<String, List<Alternative>> e : overrides.entrySet()) {
                verdicts.putIfAbsent(e.getKey(), new Verdict(e.getKey(), Verdict.Outcome.UNUSED, List.of(),
                        "applies to no installed protocol '" + e.getValue().get(0).parsed().id() + "'"));
            }
            return new Snapshot(Collections.unmodifiableSortedMap(new TreeMap<>(installed)), Map.copyOf(verdicts));
        }

        private void candidate(String file, boolean isFile, SourceDoc current, SourceDoc accepted) {
            List<Alternative> alternatives = new ArrayList<>();
            Parsed now = parse(current, used);
            if (now.ok() && now.kind() == Parsed.Kind.PROTOCOL) {
                alternatives.add(new Alternative(current, now, false));
            }
            if (accepted != null && !accepted.sameContent(current)) {
                Parsed before = parse(accepted, used);
                if (before.ok() && before.kind() == Parsed.Kind.PROTOCOL
                        && (alternatives.isEmpty() || before.id().equals(now.id()))) {
                    alternatives.add(new Alternative(accepted, before, true));
                }
            }
            List<Problem> problems = now.ok() && now.kind() == Parsed.Kind.OVERRIDE
                    ? List.of(new Problem(Problem.Level.ERROR, file, "format", "an override belongs in etc/ (named *.override.yaml), not among the protocols"))
                    : now.problems();
            if (alternatives.isEmpty()) {
                verdicts.put(file, new Verdict(file, Verdict.Outcome.REFUSED, problems, ""));
                return;
            }
            byId.computeIfAbsent(alternatives.get(0).parsed().id(), k -> new ArrayList<>())
                    .add(new Candidate(file, isFile, alternatives, problems));
        }

        private void override(EtcFile f) {
            List<Alternative> alternatives = new ArrayList<>();
            Parsed now = parse(f.current(), used);
            if (now.ok() && now.kind() == Parsed.Kind.OVERRIDE) {
                alternatives.add(new Alternative(f.current(), now, false));
            }
            if (f.accepted() != null && !f.accepted().sameContent(f.current())) {
                Parsed before = parse(f.accepted(), used);
                if (before.ok() && before.kind() == Parsed.Kind.OVERRIDE) {
                    alternatives.add(new Alternative(f.accepted(), before, true));
                }
            }
            String file = f.current().file();
            List<Problem> problems = now.ok() && now.kind() != Parsed.Kind.OVERRIDE
                    ? List.of(new Problem(Problem.Level.ERROR, file, "format", "a protocol belongs in etc/protocols/, not among the overrides"))
                    : now.problems();
            if (alternatives.isEmpty()) {
                verdicts.put(file, new Verdict(file, Verdict.Outcome.REFUSED, problems, ""));
                return;
            }
            if (alternatives.get(0).previous()) {
                verdicts.put(file, new Verdict(file, Verdict.Outcome.KEPT_PREVIOUS, problems, "its last accepted version stays in effect"));
            }
            overrides.put(file, alternatives);
        }

        /** Compiles the protocol of this id (once); empty when none of its candidates compiles. */
        private Optional<Installed> compile(String id) {
            if (installed.containsKey(id)) {
                return Optional.of(installed.get(id));
            }
            if (missing.containsKey(id) || !byId.containsKey(id)) {
                return Optional.empty();
            }
            inProgress.add(id);
            List<Candidate> candidates = new ArrayList<>(byId.get(id));
            candidates.sort(Comparator.comparing(Candidate::version, Versions.ORDER.reversed())
                    .thenComparing(c -> !c.isFile()).thenComparing(Candidate::file));
            Installed winner = null;
            for (Candidate c : candidates) {
                if (winner != null) {
                    verdicts.put(c.file(), new Verdict(c.file(), Verdict.Outcome.SHADOWED, List.of(), id + " "
                            + c.version() + " is shadowed by " + winner.protocol().info().version() + " from "
                            + winner.protocol().info().source()));
                    continue;
                }
                winner = tryCandidate(id, c);
            }
            inProgress.remove(id);
            if (winner == null) {
                missing.put(id, "no valid protocol '" + id + "' is installed");
                return Optional.empty();
            }
            installed.put(id, winner);
            return Optional.of(winner);
        }

        private Installed tryCandidate(String id, Candidate c) {
            List<Problem> firstProblems = c.currentProblems();
            for (Alternative alt : c.alternatives()) {
                Compiled compiled = compileWithOverrides(id, alt.parsed());
                if (compiled.ok()) {
                    String source = alt.doc().source() + (alt.previous() ? " (last accepted version)" : "");
                    Verdict.Outcome outcome = alt.previous() ? Verdict.Outcome.KEPT_PREVIOUS : Verdict.Outcome.ACCEPTED;
                    verdicts.put(c.file(), new Verdict(c.file(), outcome, outcome == Verdict.Outcome.ACCEPTED ? List.of()
                            : firstProblems, outcome == Verdict.Outcome.ACCEPTED ? "" : "its last accepted version "
                                    + alt.parsed().version() + " stays in effect"));
                    return installed(compiled, alt.parsed(), source);
                }
                if (!alt.previous()) {
                    firstProblems = compiled.errors();
                }
            }
            verdicts.put(c.file(), new Verdict(c.file(), Verdict.Outcome.REFUSED, firstProblems, ""));
            return null;
        }

        /** Compiles with the overrides for the id; an override refused as it is now is retried in its last accepted version. */
        private Compiled compileWithOverrides(String id, Parsed protocol) {
            Map<String, Alternative> chosen = new LinkedHashMap<>();
            overrides.forEach((file, alternatives) -> {
                if (alternatives.get(0).parsed().id().equals(id)) {
                    chosen.put(file, alternatives.get(0));
                }
            });
            Compiled compiled = compileWith(protocol, chosen);
            boolean retry = false;
            for (Problem p : compiled.overridesRefused()) {
                List<Alternative> alternatives = overrides.get(p.file());
                if (alternatives != null && !chosen.get(p.file()).previous() && alternatives.size() > 1) {
                    chosen.put(p.file(), alternatives.get(1));
                    retry = true;
                }
            }
            if (retry) {
                Compiled first = compiled;
                compiled = compileWith(protocol, chosen);
                if (compiled.ok()) {
                    overrideVerdicts(compiled, chosen, first);
                }
            } else if (compiled.ok()) {
                overrideVerdicts(compiled, chosen, compiled);
            }
            return compiled;
        }

        private Compiled compileWith(Parsed protocol, Map<String, Alternative> chosen) {
            return compiler.compile(protocol, chosen.values().stream().map(Alternative::parsed).toList(), this::lookup);
        }

        private void overrideVerdicts(Compiled compiled, Map<String, Alternative> chosen, Compiled first) {
            for (Map.Entry<String, Alternative> e : chosen.entrySet()) {
                String file = e.getKey();
                List<Problem> ownProblems = first.overridesRefused().stream().filter(p -> p.file().equals(file)).toList();
                if (compiled.overridesApplied().contains(file)) {
                    verdicts.put(file, e.getValue().previous()
                            ? new Verdict(file, Verdict.Outcome.KEPT_PREVIOUS, ownProblems, "its last accepted version stays in effect")
                            : new Verdict(file, Verdict.Outcome.ACCEPTED, List.of(), ""));
                } else {
                    List<Problem> now = compiled.overridesRefused().stream().filter(p -> p.file().equals(file)).toList();
                    verdicts.put(file, new Verdict(file, Verdict.Outcome.REFUSED, ownProblems.isEmpty() ? now : ownProblems, ""));
                }
            }
        }

        /**
         * The override files applied: the protocol's own, then those of the protocols it includes (they
         * shape its included steps), each as {@code FILE (protocol id)}.
         */
        private List<String> overrides(Compiled compiled, String id) {
            List<String> all = new ArrayList<>(compiled.overridesApplied());
            Set<String> included = new java.util.LinkedHashSet<>();
            for (String origin : compiled.origins()) {
                String originId = origin.substring(0, origin.indexOf(' '));
                if (!originId.equals(id)) {
                    included.add(originId);
                }
            }
            for (String other : included) {
                Installed i = installed.get(other);
                if (i != null) {
                    for (String file : i.compiled().overridesApplied()) {
                        all.add(file + " (" + other + ")");
                    }
                }
            }
            return all;
        }

        private Includes.Lookup lookup(String id) {
            if (inProgress.contains(id)) {
                return Includes.Lookup.none("'" + id + "' includes itself, directly or through another protocol");
            }
            Optional<Installed> found = compile(id);
            if (found.isEmpty()) {
                return Includes.Lookup.none(missing.getOrDefault(id, "no protocol '" + id + "' is installed"));
            }
            Installed i = found.get();
            return Includes.Lookup.of(new Includes.Included(id, i.protocol().model().version(), i.compiled().tree(),
                    i.compiled().origins()));
        }

        private Installed installed(Compiled compiled, Parsed document, String source) {
            var model = compiled.model().orElseThrow();
            ProtocolInfo info = new ProtocolInfo(model.id(), model.version(), model.title(), model.language(), source,
                    model.steps().size(), overrides(compiled, model.id()), compiled.warnings());
            return new Installed(new InstalledProtocol(info, model, yaml.render(compiled, source)), document, compiled);
        }
    }
}
