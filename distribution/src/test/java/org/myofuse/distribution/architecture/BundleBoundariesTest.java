package org.myofuse.distribution.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myofuse.distribution.architecture.BundleBoundaries.Bundle;

import com.tngtech.archunit.core.importer.ClassFileImporter;

/** The boundary rule catches what it is there to catch, and nothing else. */
class BundleBoundariesTest {

    private static final String PLANTED = "org.myofuse.distribution.architecture.planted.";

    private static Bundle classesOf(String packageName, String imports, String exports) {
        return Bundle.of("test." + packageName, new ClassFileImporter().importPackages(PLANTED + packageName),
                imports, exports);
    }

    @Test
    void aClassReachingIntoAnotherBundlesImplementationIsAViolation() {
        List<String> found = BundleBoundaries.violations(classesOf("violator", null, null));
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).contains("ReachesAcross") && found.get(0).contains("planted.other.Implementation"),
                found.get(0));
    }

    @Test
    void aClassUsingOnlyTheApiKeepsToTheRule() {
        assertEquals(List.of(), BundleBoundaries.violations(classesOf("honest",
                "org.myofuse.api.stream;version=\"[1.0,2)\",org.osgi.framework;version=\"[1.9,2)\"", null)));
    }

    @Test
    void importingAnImplementationOrInternalPackageIsAViolation() {
        List<String> found = BundleBoundaries.violations(classesOf("honest",
                "org.myofuse.api.stream;version=\"[1.0,2)\",org.myofuse.runtime.stream,"
                        + "org.myofuse.serial.internal;resolution:=optional,org.osgi.framework",
                null));
        assertEquals(List.of("test.honest imports org.myofuse.runtime.stream, which is not an API package",
                "test.honest imports org.myofuse.serial.internal, which is not an API package"), found);
    }

    @Test
    void exportingAnImplementationPackageIsAViolation() {
        List<String> found = BundleBoundaries.violations(classesOf("honest", null,
                "org.myofuse.api.stream;version=\"1.0.0\",org.myofuse.store.json;version=\"0.1.0\""));
        assertEquals(List.of("test.honest exports org.myofuse.store.json: only org.myofuse.api.* packages cross bundles"),
                found);
    }

    @Test
    void headersAreReadAsOsgiHeaders() {
        assertEquals(java.util.Set.of("org.myofuse.api.a", "org.myofuse.b"), BundleBoundaries.myofusePackages(
                "org.myofuse.api.a;version=\"[1.0,2)\";uses:=\"org.myofuse.x,org.myofuse.y\",org.myofuse.b,javax.swing"));
    }
}
