package org.myofuse.programs.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plan files in a real folder (the installation's etc/programs/): picked up, changed, refused while the
 * last accepted version stays, removed; a clinic's file before a bundle's plan at the same version.
 */
class FolderPlansTest {

    @TempDir
    Path etc;

    private Path folder;
    private InstalledPlans plans;
    private String valid;
    private long tick = 1_700_000_000_000L;

    @BeforeEach
    void setUp() throws IOException {
        folder = etc.resolve("programs");
        plans = new InstalledPlans(folder, "etc/programs");
        try (InputStream in = FolderPlansTest.class.getResourceAsStream("/plans/valid.yaml")) {
            valid = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes a file with a modification time of its own, as an editor saving it a moment later would. */
    private void write(String name, String text) throws IOException {
        Path file = Files.createDirectories(folder).resolve(name);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(tick += 2_000));
    }

    private List<String> installed() {
        return plans.plans().stream().map(p -> p.id() + " " + p.version() + " " + p.source()).toList();
    }

    @Test
    void filesArePickedUpChangedRefusedAndRemovedWhileTheHostRuns() throws IOException {
        assertEquals(List.of(), installed(), "no folder yet");
        write("test-plan.yaml", valid);
        write("notes.txt", "not a plan");
        write("test-plan.yaml~", "an editor's backup");
        assertEquals(List.of("test-plan 1.0.0 file etc/programs/test-plan.yaml"), installed());

        write("test-plan.yaml", valid.replace("version: 1.0.0", "version: 1.1.0"));
        assertEquals(List.of("test-plan 1.1.0 file etc/programs/test-plan.yaml"), installed());

        write("test-plan.yaml", valid.replace("version: 1.0.0", "version: 1.2.0").replace("  - weeks: {from: 3, to: 6}",
                "  - weeks: {from: 4, to: 6}"));
        assertEquals(List.of("test-plan 1.1.0 file etc/programs/test-plan.yaml"), installed(),
                "the broken version is refused and the last accepted one stays");

        Files.delete(folder.resolve("test-plan.yaml"));
        assertEquals(List.of(), installed());
    }

    @Test
    void aClinicsFileGoesBeforeABundlesPlanOfTheSameVersionAndAHigherVersionBeforeBoth() throws IOException {
        plans.add(1, "org.vendor:programs/test-plan.yaml", "bundle org.vendor 1.0.0", valid.getBytes(StandardCharsets.UTF_8));
        write("mine.yaml", valid);
        assertEquals(List.of("test-plan 1.0.0 file etc/programs/mine.yaml"), installed());
        plans.add(2, "org.vendor2:programs/test-plan.yaml", "bundle org.vendor2 2.0.0",
                valid.replace("version: 1.0.0", "version: 2.0.0").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("test-plan 2.0.0 bundle org.vendor2 2.0.0"), installed());
        plans.remove(2);
        assertEquals(List.of("test-plan 1.0.0 file etc/programs/mine.yaml"), installed());
    }
}
