package org.myofuse.reports.stored;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.myofuse.api.report.ReportException;

/**
 * A report's file: its folder checked first, the report written under a temporary name beside it and
 * moved into place when complete, nothing left behind on failure. Owner-only permissions, as
 * {@link Files#createTempFile} gives them, stay on the report: it holds patient data, like the exports,
 * which are written the same way.
 */
final class ReportFile {

    /** Writes a report's text. */
    @FunctionalInterface
    interface Rendering {
        void to(Writer out) throws IOException;
    }

    private final Path target;
    private final Path folder;

    private ReportFile(Path target, Path folder) {
        this.target = target;
        this.folder = folder;
    }

    /**
     * @throws ReportException when the target's folder does not exist; one line
     */
    static ReportFile checked(Path target) throws ReportException {
        ReportFile file = new ReportFile(target, target.toAbsolutePath().getParent());
        file.checkFolder();
        return file;
    }

    /**
     * @return the target, written
     * @throws ReportException the folder went meanwhile, or the file cannot be written; one line
     */
    Path write(Rendering rendering) throws ReportException {
        checkFolder();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                rendering.to(out);
            }
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new ReportException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private void checkFolder() throws ReportException {
        if (!Files.isDirectory(folder)) {
            throw new ReportException("cannot write " + target + ": folder " + folder + " does not exist");
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // The failure being reported matters more; a stray .part file is visible and harmless.
            }
        }
    }
}
