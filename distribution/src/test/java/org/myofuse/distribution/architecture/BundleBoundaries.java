package org.myofuse.distribution.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

import aQute.bnd.header.OSGiHeader;

/**
 * The rule every Myofuse bundle obeys: what crosses a bundle boundary is an API package. A bundle's
 * classes may use Myofuse classes of its own packages and of {@code org.myofuse.api.*} only - never
 * another bundle's implementation, an {@code internal} package or the launcher's - and its manifest
 * imports and exports no other Myofuse package.
 *
 * <p>Checked twice, because each check sees what the other cannot: the classes (ArchUnit) catch a
 * dependency that bnd would have satisfied by copying a foreign package into the bundle; the manifest
 * catches an import that no class needs but that would still wire the bundle to another's
 * implementation at run time.
 */
public final class BundleBoundaries {

    /** Packages every bundle may use. */
    public static final String API_PREFIX = "org.myofuse.api.";

    private static final String MYOFUSE_PREFIX = "org.myofuse.";

    private BundleBoundaries() {
    }

    /** One bundle as the checks see it: its name, classes, own packages and manifest headers. */
    public record Bundle(String name, JavaClasses classes, Set<String> ownPackages, String importPackage,
            String exportPackage) {

        /** Reads a bundle jar. */
        public static Bundle of(Path jar) {
            try (JarFile file = new JarFile(jar.toFile())) {
                Manifest manifest = file.getManifest();
                String name = nameOf(jar, manifest);
                JavaClasses classes = new ClassFileImporter().importJar(file);
                return new Bundle(name, classes, packagesOf(classes),
                        manifest == null ? null : manifest.getMainAttributes().getValue("Import-Package"),
                        manifest == null ? null : manifest.getMainAttributes().getValue("Export-Package"));
            } catch (IOException e) {
                throw new UncheckedIOException(jar + ": " + e.getMessage(), e);
            }
        }

        /**
         * The name {@link #of(Path)} gives the jar, read from its manifest alone: cheap, so that jars
         * that are not Myofuse bundles can be left out before their classes are imported.
         */
        public static String nameOf(Path jar) {
            try (JarFile file = new JarFile(jar.toFile())) {
                return nameOf(jar, file.getManifest());
            } catch (IOException e) {
                throw new UncheckedIOException(jar + ": " + e.getMessage(), e);
            }
        }

        private static String nameOf(Path jar, Manifest manifest) {
            return manifest == null ? jar.getFileName().toString()
                    : String.valueOf(manifest.getMainAttributes().getValue("Bundle-SymbolicName"));
        }

        /** A bundle made of the given classes and manifest headers (for testing the rules themselves). */
        public static Bundle of(String name, JavaClasses classes, String importPackage, String exportPackage) {
            return new Bundle(name, classes, packagesOf(classes), importPackage, exportPackage);
        }

        private static Set<String> packagesOf(JavaClasses classes) {
            return classes.stream().map(JavaClass::getPackageName).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    /** Every violation of the rule by one bundle, one line each; empty when it keeps to it. */
    public static List<String> violations(Bundle bundle) {
        List<String> found = new ArrayList<>(classViolations(bundle));
        for (String p : myofusePackages(bundle.importPackage())) {
            if (!p.startsWith(API_PREFIX)) {
                found.add(bundle.name() + " imports " + p + ", which is not an API package");
            }
        }
        for (String p : myofusePackages(bundle.exportPackage())) {
            if (!p.startsWith(API_PREFIX)) {
                found.add(bundle.name() + " exports " + p + ": only org.myofuse.api.* packages cross bundles");
            }
        }
        return found;
    }

    /** The org.myofuse packages an Import-Package or Export-Package header names. */
    public static Set<String> myofusePackages(String header) {
        if (header == null || header.isBlank()) {
            return Set.of();
        }
        return OSGiHeader.parseHeader(header).keySet().stream().map(BundleBoundaries::withoutDuplicateMarker)
                .filter(p -> p.startsWith(MYOFUSE_PREFIX)).collect(Collectors.toCollection(TreeSet::new));
    }

    /** bnd marks a repeated key with trailing '~'. */
    private static String withoutDuplicateMarker(String key) {
        int end = key.length();
        while (end > 0 && key.charAt(end - 1) == '~') {
            end--;
        }
        return key.substring(0, end);
    }

    private static List<String> classViolations(Bundle bundle) {
        EvaluationResult result = noClasses().should().dependOnClassesThat(foreignTo(bundle.ownPackages()))
                .allowEmptyShould(true).evaluate(bundle.classes());
        return result.getFailureReport().getDetails().stream().map(d -> bundle.name() + ": " + d).toList();
    }

    /** Myofuse classes that are neither API nor in one of the bundle's own packages. */
    private static DescribedPredicate<JavaClass> foreignTo(Set<String> ownPackages) {
        return DescribedPredicate.describe("Myofuse classes outside org.myofuse.api.* and this bundle's packages",
                c -> c.getPackageName().startsWith(MYOFUSE_PREFIX) && !c.getPackageName().startsWith(API_PREFIX)
                        && !ownPackages.contains(c.getPackageName()));
    }
}
