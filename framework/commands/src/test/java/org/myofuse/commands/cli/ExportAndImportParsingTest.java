package org.myofuse.commands.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.myofuse.api.device.DeviceRequest;
import org.myofuse.commands.request.Command;
import org.myofuse.commands.request.ExportCommand;
import org.myofuse.commands.request.ImportCommand;

class ExportAndImportParsingTest {

    private final CommandLineParser parser = new CommandLineParser("1.2.3", DeviceRequest::parse);

    private Command command(String... args) throws UsageException {
        return assertInstanceOf(LaunchRequest.class, parser.parse(List.of(args))).command();
    }

    private String usageError(String... args) {
        var e = assertThrows(UsageException.class, () -> parser.parse(List.of(args)));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void shouldParseExportWithAnAbsoluteOutputPath() throws UsageException {
        assertEquals(new ExportCommand("12", "edf", Path.of("/data/s12.edf")),
                command("export", "12", "--format", "EDF", "--out=/data/s12.edf"));
        var relative = assertInstanceOf(ExportCommand.class, command("export", "--out", "out.csv", "7", "--format", "csv"));
        assertEquals(Path.of("out.csv").toAbsolutePath(), relative.out());
    }

    @Test
    void shouldParseImportWithAndWithoutPatient() throws UsageException {
        assertEquals(new ImportCommand(Path.of("/r/a.txt"), "openbci", Optional.of("P-001")),
                command("import", "/r/a.txt", "--format", "openbci", "--patient", "P-001"));
        var cl = assertInstanceOf(LaunchRequest.class,
                parser.parse(List.of("--home", "/h", "import", "/r/b.csv", "--format=brainflow")));
        assertEquals(new ImportCommand(Path.of("/r/b.csv"), "brainflow", Optional.empty()), cl.command());
        assertEquals(Optional.of(Path.of("/h")), cl.home());
    }

    @Test
    void shouldParseTheFilesOfOneSessionAndTheDayOfTheRecording() throws UsageException {
        assertEquals(new ImportCommand(List.of(Path.of("/r/s-sim-iastm-1.csv"), Path.of("/r/s-sim-emg-1.csv"),
                Path.of("/r/s-sim-mat-1.csv")), "csv", Optional.of("P-1"), Optional.empty()),
                command("import", "/r/s-sim-iastm-1.csv", "/r/s-sim-emg-1.csv", "--patient", "P-1",
                        "/r/s-sim-mat-1.csv", "--format", "csv"));
        assertEquals(new ImportCommand(List.of(Path.of("/r/old.txt")), "openbci", Optional.empty(),
                Optional.of(java.time.LocalDate.of(2019, 5, 15))),
                command("import", "/r/old.txt", "--format", "openbci", "--start", "2019-05-15"));
        assertEquals("edf", assertInstanceOf(ImportCommand.class, command("import", "/r/x.edf", "--format", "EDF")).format());
    }

    @Test
    void shouldRefuseBadExportAndImportUsageInOneLine() {
        assertTrue(usageError("export").startsWith("export needs a session id"));
        assertTrue(usageError("export", "3", "--out", "x.edf").startsWith("export needs --format"));
        assertTrue(usageError("export", "3", "--format", "edf").startsWith("export needs --out"));
        assertTrue(usageError("export", "3", "--format", "xls", "--out", "x").startsWith("option --format 'xls': expected csv, edf, bdf"));
        assertTrue(usageError("export", "3", "4").startsWith("unexpected argument '4' for export"));
        assertTrue(usageError("export", "3", "--format", "edf", "--format", "bdf").startsWith("option --format given twice"));
        assertTrue(usageError("import").startsWith("import needs a file"));
        assertTrue(usageError("import", "a.txt").startsWith("import needs --format"));
        assertTrue(usageError("import", "a.txt", "--format", "xls").startsWith("option --format 'xls': expected openbci, brainflow, csv, edf"));
        assertTrue(usageError("import", "a.txt", "--format", "csv", "--start", "15.05.2019").startsWith("option --start"));
        assertTrue(usageError("import", "/r/a.csv", "/r/../r/a.csv", "--format", "csv")
                .startsWith("import: /r/../r/a.csv is given twice"));
        assertTrue(usageError("import", "a.txt", "--format", "csv", "--patient").startsWith("option --patient needs a value"));
        assertTrue(usageError("import", "a.txt", "--out", "x").startsWith("unknown option --out for import"));
    }

    @Test
    void shouldShowTheHelpOfExportAndImport() throws UsageException {
        var export = assertInstanceOf(TextRequest.class, parser.parse(List.of("export", "--help")));
        assertTrue(export.text().startsWith("Usage: myofuse export SESSION"));
        var help = assertInstanceOf(TextRequest.class, parser.parse(List.of("help", "import")));
        assertTrue(help.text().startsWith("Usage: myofuse import FILE..."));
        assertTrue(help.text().contains("--start YYYY-MM-DD"), help.text());
    }
}
