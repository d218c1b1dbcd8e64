package org.myofuse.distribution.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.myofuse.distribution.architecture.BundleBoundaries.Bundle;

/**
 * Every Myofuse bundle of the built installation (bundle/, the launcher in lib/, the example plugins
 * and the conformance kit) keeps to {@link BundleBoundaries}, and the dependency graph drawn in
 * docs/architecture.md is exactly what the bundles import.
 */
class ArchitectureIT {

    private static final Path INSTALLATION = Path.of(System.getProperty("myofuse.distribution.dir", "target/myofuse"));
    private static final Path ARCHITECTURE_JARS = INSTALLATION.resolveSibling("architecture");
    private static final Path EXAMPLE_PLUGINS = INSTALLATION.resolveSibling("example-plugins");
    private static final Path DOC = Path.of(System.getProperty("myofuse.docs.dir", "../docs")).resolve("architecture.md");

    private static List<Bundle> bundles;

    @Test
    void everyBundleReachesOtherBundlesThroughApiPackagesOnly() {
        List<Bundle> bundles = myofuseBundles();
        assertTrue(bundles.size() >= 15, "found only " + bundles.size() + " Myofuse bundles");
        List<String> violations = new ArrayList<>();
        for (Bundle b : bundles) {
            violations.addAll(BundleBoundaries.violations(b));
        }
        assertEquals(List.of(), violations, String.join("\n", violations));
    }

    @Test
    void theDocumentedDependencyGraphIsWhatTheBundlesImport() throws IOException {
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Bundle b : myofuseBundles()) {
            if (!isApi(b)) {
                actual.put(b.name(), new TreeSet<>(BundleBoundaries.myofusePackages(b.importPackage())));
            }
        }
        Map<String, Set<String>> documented = documentedGraph(Files.readString(DOC));
        assertEquals(actual, documented, "docs/architecture.md, section 'Dependency graph', differs from the built bundles");
    }

    private static boolean isApi(Bundle b) {
        return b.ownPackages().stream().allMatch(p -> p.startsWith(BundleBoundaries.API_PREFIX));
    }

    /**
     * The Myofuse bundles, read once for both tests. Jars are chosen by their manifest's name before any
     * class is imported: importing the libraries' classes (H2, SWT, Jackson, Felix) only to drop them
     * took most of this test's time.
     */
    private static synchronized List<Bundle> myofuseBundles() {
        if (bundles == null) {
            List<Path> jars = new ArrayList<>();
            jars.addAll(jarsIn(INSTALLATION.resolve("bundle")));
            jars.addAll(jarsIn(INSTALLATION.resolve("lib")));
            jars.addAll(jarsIn(EXAMPLE_PLUGINS));
            jars.addAll(jarsIn(ARCHITECTURE_JARS));
            bundles = jars.stream().filter(jar -> Bundle.nameOf(jar).startsWith("org.myofuse.")).map(Bundle::of).toList();
        }
        return bundles;
    }

    private static List<Path> jarsIn(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern NODE = Pattern.compile("(\\w+)\\[([\\w.-]+)\\]");
    private static final Pattern EDGE = Pattern.compile("^\\s*(\\w+)(?:\\[[\\w.-]+\\])?\\s*-->\\s*(\\w+)(?:\\[[\\w.-]+\\])?\\s*$");

    /**
     * The graph in the mermaid block under "## Dependency graph": nodes {@code id[name]} name a bundle
     * (its symbolic name) or an API package, edges {@code bundle --> package} say the bundle imports it.
     */
    static Map<String, Set<String>> documentedGraph(String markdown) {
        int section = markdown.indexOf("## Dependency graph");
        assertTrue(section >= 0, "docs/architecture.md has no '## Dependency graph' section");
        int start = markdown.indexOf("```mermaid", section);
        int end = markdown.indexOf("```", start + 10);
        assertTrue(start > 0 && end > start, "the dependency graph section has no mermaid block");
        String block = markdown.substring(start + 10, end);
        Map<String, String> names = new TreeMap<>();
        Matcher node = NODE.matcher(block);
        while (node.find()) {
            names.put(node.group(1), node.group(2));
        }
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String line : block.split("\n")) {
            Matcher edge = EDGE.matcher(line);
            if (edge.matches()) {
                String from = named(names, edge.group(1));
                graph.computeIfAbsent(from, k -> new TreeSet<>()).add(named(names, edge.group(2)));
            } else if (NODE.matcher(line).find() && !line.contains("-->")) {
                String declared = names.get(line.strip().substring(0, line.strip().indexOf('[')));
                if (declared != null && !declared.startsWith(BundleBoundaries.API_PREFIX)) {
                    graph.computeIfAbsent(declared, k -> new TreeSet<>()); // a bundle that imports no API package
                }
            }
        }
        return graph;
    }

    private static String named(Map<String, String> names, String id) {
        String name = names.get(id);
        assertTrue(name != null, "node " + id + " of the dependency graph has no [name]");
        return name;
    }
}
