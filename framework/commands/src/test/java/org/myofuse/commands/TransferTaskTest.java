package org.myofuse.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.commands.request.Command;
import org.myofuse.commands.request.ExportCommand;
import org.myofuse.commands.request.ImportCommand;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.api.store.Patient;
import org.myofuse.formats.csv.CsvRecordingWriter;
import org.myofuse.formats.csv.MyofuseCsvReader;
import org.myofuse.formats.edf.BdfRecordingReader;
import org.myofuse.formats.edf.BdfRecordingWriter;
import org.myofuse.formats.edf.EdfRecordingReader;
import org.myofuse.formats.edf.EdfRecordingWriter;
import org.myofuse.formats.openbci.BrainFlowCsvReader;
import org.myofuse.formats.openbci.OpenBciGuiReader;
import org.myofuse.store.h2.Database;
import org.myofuse.store.h2.H2SessionStore;
import org.myofuse.store.h2.H2SessionTransfer;
import org.myofuse.store.transfer.RecordingFormats;

/** {@code myofuse import} and {@code myofuse export} against a real H2 store with a real OpenBCI recording. */
class TransferTaskTest {

    static final Path GANGLION = Path.of("../formats/src/test/resources/openbci/OpenBCI-RAW-S02_S1R0_EMG_ganglion.txt")
            .toAbsolutePath().normalize();

    @TempDir
    Path home;

    @TempDir
    Path files;

    private final MonotonicSessionClock clock = new MonotonicSessionClock();
    private final RingStreamBus bus = new RingStreamBus(clock);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private H2SessionStore store;
    private H2SessionTransfer transfer;

    @BeforeEach
    void open() throws Exception {
        store = H2SessionStore.open(new Database(Database.fileUrl(home), "", ""), bus, clock, () -> "[]");
        store.addPatient(new Patient("P-001", Optional.empty(), Optional.empty(), false, Optional.empty()));
        transfer = new H2SessionTransfer(store, RecordingFormats.of(
                List.of(new CsvRecordingWriter(), new EdfRecordingWriter(), new BdfRecordingWriter()),
                List.of(new OpenBciGuiReader(), new BrainFlowCsvReader(), new MyofuseCsvReader(), new EdfRecordingReader(),
                        new BdfRecordingReader())));
    }

    @AfterEach
    void close() {
        store.close();
        bus.close();
    }

    private int run(Command command) throws Exception {
        return new TransferTask(command, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), () -> transfer, false).run();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void shouldImportARecordingForAPatientAndExportItAgain() throws Exception {
        assertEquals(0, run(new ImportCommand(GANGLION, "openbci", Optional.of("P-001"))));
        String id = store.sessions("P-001").get(0).id();
        assertTrue(out().startsWith("imported " + GANGLION + " as session " + id + " of patient P-001\n"), out());

        Path target = files.resolve("ganglion.bdf");
        assertEquals(0, run(new ExportCommand(id, "bdf", target)));
        assertTrue(out().endsWith("wrote " + target + "\n"), out());
        assertTrue(Files.size(target) > 256, "a BDF+ file with header and records");
        // Progress lines depend on how long the transfer takes (ProgressLineTest covers them with its own
        // clock); on a loaded machine even this one takes seconds. Whatever is on stderr is progress.
        assertTrue(err.toString(StandardCharsets.UTF_8).lines().allMatch(l -> l.matches("(importing|exporting) .*: \\d+%")),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldImportTheFilesOfOneSessionAsOneAndSayWhenItsDateIsUnknown() throws Exception {
        assertEquals(0, run(new ImportCommand(GANGLION, "openbci", Optional.empty())));
        String first = store.sessions(null).get(0).id();
        assertEquals("imported " + GANGLION + " as session " + first + "\n"
                + "the files carry only a time of day: the session's date is unknown (import them with --start "
                + "YYYY-MM-DD to give it)\n", out());
        out.reset();

        Path bdf = files.resolve("g.bdf");
        Path edf = files.resolve("g.edf");
        assertEquals(0, run(new ExportCommand(first, "bdf", bdf)));
        assertEquals(0, run(new ImportCommand(List.of(GANGLION), "openbci", Optional.empty(),
                Optional.of(java.time.LocalDate.of(2020, 3, 2)))));
        String dated = store.sessions(null).stream().filter(s -> s.startDateKnown()).findFirst().orElseThrow().id();
        assertEquals(0, run(new ExportCommand(dated, "edf", edf)));
        out.reset();

        var overlap = assertThrows(CommandFailure.class, () -> run(new ImportCommand(List.of(edf, edf.resolveSibling(
                "again.edf")), "edf", Optional.empty(), Optional.empty())));
        assertTrue(overlap.getMessage().contains("again.edf"), overlap.getMessage());
        Files.copy(edf, files.resolve("again.edf"));
        overlap = assertThrows(CommandFailure.class, () -> run(new ImportCommand(List.of(edf, files.resolve("again.edf")),
                "edf", Optional.of("P-001"), Optional.empty())));
        assertTrue(overlap.getMessage().startsWith("cannot import " + files.resolve("again.edf") + ": its stream "
                + "openbci-ganglion ("), overlap.getMessage());
        assertEquals(2, store.sessions(null).size(), "the refused import stored nothing");
        assertEquals("", out());
    }

    @Test
    void shouldFailInOneLineWithoutStoringOrWritingAnything() throws Exception {
        var patient = assertThrows(CommandFailure.class,
                () -> run(new ImportCommand(GANGLION, "openbci", Optional.of("P-404"))));
        assertEquals(1, patient.exitCode());
        assertTrue(patient.getMessage().startsWith("unknown patient P-404"), patient.getMessage());

        var wrongFormat = assertThrows(CommandFailure.class,
                () -> run(new ImportCommand(GANGLION, "csv", Optional.empty())));
        assertFalse(wrongFormat.getMessage().contains("\n"), wrongFormat.getMessage());
        assertEquals(List.of(), store.sessions(null), "nothing stored");

        var session = assertThrows(CommandFailure.class,
                () -> run(new ExportCommand("41", "edf", files.resolve("s.edf"))));
        assertEquals("unknown session 41", session.getMessage());
        try (Stream<Path> left = Files.list(files)) {
            assertEquals(0, left.count(), "nothing written");
        }
        assertEquals("", out());
    }

    @Test
    void shouldSayWhenTheStoreIsNotThere() {
        var e = assertThrows(CommandFailure.class, () -> new TransferTask(new ExportCommand("1", "csv", files),
                new PrintStream(out), new PrintStream(err), () -> null, false).run());
        assertTrue(e.getMessage().startsWith("export: the session store is not available"), e.getMessage());
    }
}
