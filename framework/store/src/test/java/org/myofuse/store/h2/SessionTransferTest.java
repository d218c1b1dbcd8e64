package org.myofuse.store.h2;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionStatus;
import org.myofuse.api.store.StoreException;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.Subscription;
import org.myofuse.api.recording.Annotation;
import org.myofuse.api.recording.FrameReader;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.api.store.Patient;
import org.myofuse.api.store.SessionTransfer;
import org.myofuse.api.store.Therapist;
import org.myofuse.formats.csv.CsvRecordingWriter;
import org.myofuse.formats.csv.MyofuseCsvReader;
import org.myofuse.formats.edf.BdfRecordingWriter;
import org.myofuse.formats.edf.EdfRecordingWriter;
import org.myofuse.formats.internal.ArrayFrames;
import org.myofuse.formats.openbci.BrainFlowCsvReader;
import org.myofuse.formats.openbci.OpenBciGuiReader;
import org.myofuse.store.testing.Simulated;
import org.myofuse.store.transfer.RecordingFormats;

/**
 * Imports and exports through a real H2 file store and the formats bundle's real writers and readers
 * (handed over as the store's component would find them), with the real OpenBCI recordings as fixtures.
 */
class SessionTransferTest {

    /** The formats module's fixtures: real OpenBCI GUI and BrainFlow recordings. */
    static final Path FIXTURES = Path.of("../formats/src/test/resources/openbci");

    @TempDir
    Path home;

    @TempDir
    Path files;

    private final MonotonicSessionClock clock = new MonotonicSessionClock();
    private final RingStreamBus bus = new RingStreamBus(clock);
    private final RecordingFormats formats = RecordingFormats.of(
            List.of(new CsvRecordingWriter(), new EdfRecordingWriter(), new BdfRecordingWriter()),
            List.of(new OpenBciGuiReader(), new BrainFlowCsvReader(), new MyofuseCsvReader()));
    private H2SessionStore store;
    private H2SessionTransfer transfer;

    @BeforeEach
    void open() throws Exception {
        store = H2SessionStore.open(new Database(Database.fileUrl(home), "", ""), bus, clock, () -> "[]");
        transfer = new H2SessionTransfer(store, formats);
    }

    @AfterEach
    void close() {
        store.close();
        bus.close();
    }

    static Stream<Arguments> fixtures() {
        return Stream.of(Arguments.of("OpenBCI_GUI-v6-blinks-jawClench-alpha.txt", "openbci"),
                Arguments.of("OpenBCI-RAW-S02_S1R0_EMG_ganglion.txt", "openbci"),
                Arguments.of("brainflow-cyton-from-v6.csv", "brainflow"));
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void shouldKeepEverySampleOfARealRecordingThroughImportAndCsvExport(String fixture, String format) throws Exception {
        Path file = FIXTURES.resolve(fixture);
        store.addPatient(new Patient("P-001", Optional.empty(), Optional.empty(), false, Optional.empty()));
        long[] last = new long[2];
        SessionInfo imported = transfer.importFile(file, format, "P-001", (done, total) -> {
            last[0] = done;
            last[1] = total;
        });
        assertEquals(SessionStatus.COMPLETE, imported.status());
        assertEquals("P-001", imported.patientId());
        assertTrue(last[1] > 0 && last[0] == last[1], "progress reaches the total");

        Recording original = formats.reader(format).read(file, ZoneId.systemDefault());
        List<Path> written = transfer.exportSession(imported.id(), "csv", files.resolve("export.csv"),
                SessionTransfer.Progress.NONE);
        assertEquals(original.streams().size(), written.size());
        for (int i = 0; i < written.size(); i++) {
            RecordedStream expected = original.streams().get(i);
            Recording back = new MyofuseCsvReader().read(written.get(i), ZoneId.systemDefault());
            RecordedStream actual = back.streams().get(0);
            assertEquals(expected.device().channels(), actual.device().channels());
            assertEquals(expected.sampleRateHz(), actual.sampleRateHz());
            assertEquals(expected.frameCount(), actual.frameCount());
            assertEquals(expected.spanFrames() - trailingGap(expected), actual.spanFrames());
            assertEquals(expected.startEpochMillis() + leadingGapMillis(expected), actual.startEpochMillis());
            assertArrayEquals(bits(expected), bits(actual), fixture + ": every sample value kept exactly");
        }
    }

    @Test
    void shouldImportItsOwnCsvExportAsASessionWithTheSameSamples() throws Exception {
        SessionInfo first = transfer.importFile(FIXTURES.resolve("OpenBCI_GUI-v6-blinks-jawClench-alpha.txt"), "openbci",
                "", SessionTransfer.Progress.NONE);
        Path csv = transfer.exportSession(first.id(), "csv", files.resolve("first.csv"), SessionTransfer.Progress.NONE)
                .get(0);

        SessionInfo second = transfer.importFile(csv, "csv", "", SessionTransfer.Progress.NONE);

        try (Connection c = store.newConnection()) {
            Recording a = new StoredRecording(c).read(Long.parseLong(first.id()));
            Recording b = new StoredRecording(c).read(Long.parseLong(second.id()));
            assertEquals(a.streams().get(0).device(), b.streams().get(0).device());
            assertEquals(a.streams().get(0).gaps(), b.streams().get(0).gaps());
            assertEquals(a.streams().get(0).startEpochMillis(), b.streams().get(0).startEpochMillis());
            assertArrayEquals(bits(a.streams().get(0)), bits(b.streams().get(0)));
        }
        assertEquals("import:csv", store.session(second.id()).orElseThrow().protocolId());
    }

    @Test
    void shouldStoreGapsAndAnnotationsOfAnImportAndExportThemAgain() throws Exception {
        var device = Simulated.force("tool-1");
        int frames = 3000;
        float[] data = new float[frames * 3];
        device.signal().fill(data, 0, 1000);
        float[] part = new float[2000 * 3];
        device.signal().fill(part, 1500, 2000);
        System.arraycopy(part, 0, data, 1000 * 3, part.length);
        var stream = new RecordedStream("tool-1", device.descriptor(), 1_700_000_000_000L, 1000, frames,
                List.of(new org.myofuse.api.recording.Gap(1000, 500, "RECONNECT")),
                new ArrayFrames(data, 3, frames));
        var recording = new Recording("file", "", 1_700_000_000_000L, List.of(stream),
                List.of(new Annotation(1.25, 0, "stroke"), new Annotation(2.0, 0.5, "Protocol step: warm-up")));

        SessionInfo info = store.storeRecording(recording, null, "import:test", "test", SessionTransfer.Progress.NONE);

        try (Connection c = store.newConnection()) {
            Recording back = new StoredRecording(c).read(Long.parseLong(info.id()));
            RecordedStream s = back.streams().get(0);
            assertEquals(List.of(new org.myofuse.api.recording.Gap(1000, 500, "RECONNECT")), s.gaps());
            assertEquals(1_700_000_000_000L, s.startEpochMillis());
            assertEquals(recording.annotations(), back.annotations());
            assertArrayEquals(bits(stream), bits(s));
            var chunks = new StoredStreams(c).chunks(new StoredStreams(c).streams(Long.parseLong(info.id())).get(0));
            assertTrue(chunks.stream().allMatch(ch -> ch.frames() <= 1000), "chunks of at most 1 s");
        }
    }

    @Test
    void shouldExportStoredEventsAsEdfAnnotationsThatMneReads() throws Exception {
        var device = Simulated.force("tool-1");
        float[] data = new float[4000 * 3];
        device.signal().fill(data, 0, 4000);
        var stream = new RecordedStream("tool-1", device.descriptor(), 1_700_000_000_000L, 1000, 4000, List.of(),
                new ArrayFrames(data, 3, 4000));
        var recording = new Recording("file", "", 1_700_000_000_000L, List.of(stream),
                List.of(new Annotation(1.25, 0, "stroke"), new Annotation(2.0, 0.5, "Protocol step: warm-up")));
        SessionInfo info = store.storeRecording(recording, null, "import:test", "test", SessionTransfer.Progress.NONE);

        for (String format : List.of("edf", "bdf")) {
            Path out = files.resolve("events." + format);
            transfer.exportSession(info.id(), format, out, SessionTransfer.Progress.NONE);
            List<MneDump.Note> notes = MneDump.annotations(out, files);
            assertEquals(List.of("stroke", "Protocol step: warm-up"), notes.stream().map(MneDump.Note::text).toList(),
                    format);
            assertEquals(1.25, notes.get(0).onset(), 1e-3, format);
            assertEquals(2.0, notes.get(1).onset(), 1e-3, format);
            assertEquals(0.5, notes.get(1).duration(), 1e-3, format);
        }
    }

    @Test
    void shouldStoreNothingWhenAnImportFailsHalfWay() throws Exception {
        var device = Simulated.force("tool-1");
        FrameReader failing = new FrameReader() {
            private int calls;

            @Override
            public int read(float[] into, int offsetFrames, int maxFrames) throws IOException {
                if (++calls > 2) {
                    throw new IOException("tool-1: disk read error");
                }
                return maxFrames;
            }
        };
        var stream = new RecordedStream("tool-1", device.descriptor(), 0, 1000, 10_000, List.of(), () -> failing);
        var recording = new Recording("file", "", 0, List.of(stream), List.of(new Annotation(1, 0, "note")));

        var e = assertThrows(StoreException.class, () -> store.storeRecording(recording, null, "import:test", "bad.csv",
                SessionTransfer.Progress.NONE));

        assertEquals("cannot import bad.csv: tool-1: disk read error", e.getMessage());
        assertEquals(List.of(0L, 0L, 0L, 0L), rowCounts());
    }

    @Test
    void shouldExportARecordedSimulatorSessionToEdfAndBdfThatMneReadsBack() throws Exception {
        store.addTherapist(new Therapist("TK", Optional.of("Tove Kline")));
        SessionInfo session = store.beginSession("", "TK", "iastm-lumbar", "1.0");
        var device = Simulated.force("sim_iastm-1");
        SamplePublisher publisher = bus.openStream(device.deviceId(), device.descriptor(), device.blockFrames());
        long next = 0;
        for (int block = 0; block < 300; block++) { // 3 s at 1 kHz
            next = device.publish(publisher, next, clock);
            pace(block + 1);
        }
        bus.closeStream(publisher, "test ended");
        store.endSession(session.id());

        float[] expected = new float[(int) next * 3];
        device.signal().fill(expected, 0, (int) next);
        for (String format : List.of("edf", "bdf")) {
            Path out = files.resolve("session." + format);
            assertEquals(List.of(out), transfer.exportSession(session.id(), format, out, SessionTransfer.Progress.NONE));
            String recording = new String(java.util.Arrays.copyOfRange(Files.readAllBytes(out), 88, 168),
                    java.nio.charset.StandardCharsets.US_ASCII);
            assertTrue(recording.startsWith("Startdate ") && recording.contains(" " + session.id() + " TK Myofuse_"),
                    "the therapist's code as the EDF+ technician: " + recording);
            assertFalse(recording.contains("Kline"), "names never leave the clinic");
            List<MneDump.Channel> channels = MneDump.read(out, files);
            assertEquals(3, channels.size(), format);
            for (int c = 0; c < 3; c++) {
                var ch = channels.get(c);
                var descriptor = device.descriptor().channels().get(c);
                assertTrue(ch.values().length >= next, format + " " + ch.label() + " holds every sample");
                for (int f = 0; f < next; f++) {
                    double want = Math.max(descriptor.min(), Math.min(descriptor.max(), expected[f * 3 + c]));
                    double tolerance = 0.5 * ch.cal() * 1.0001 + 1e-9;
                    double got = ch.values()[f];
                    if (Math.abs(got - want) > tolerance) {
                        throw new AssertionError(format + " " + ch.label() + " sample " + f + ": " + got + " vs " + want
                                + " (half step " + 0.5 * ch.cal() + ")");
                    }
                }
            }
        }
    }

    @Test
    void shouldRefuseAnUnknownSessionOrFormatAndAnUnwritablePathLeavingNoFile() throws Exception {
        var unknown = assertThrows(StoreException.class,
                () -> transfer.exportSession("999", "csv", files.resolve("x.csv"), SessionTransfer.Progress.NONE));
        assertEquals("unknown session 999", unknown.getMessage());
        SessionInfo imported = transfer.importFile(FIXTURES.resolve("brainflow-cyton-from-v6.csv"), "brainflow", "",
                SessionTransfer.Progress.NONE);
        var format = assertThrows(StoreException.class,
                () -> transfer.exportSession(imported.id(), "xls", files.resolve("x.xls"), SessionTransfer.Progress.NONE));
        assertEquals("unknown export format 'xls' (expected csv, edf or bdf)", format.getMessage());

        // Paths nobody can write, root included: under a regular file, and a directory as the target.
        Path plainFile = Files.writeString(files.resolve("plain.txt"), "not a folder");
        Path folder = Files.createDirectory(files.resolve("folder.edf"));
        List<Path> before = listing();
        for (Path target : List.of(plainFile.resolve("x.edf"), folder)) {
            var denied = assertThrows(StoreException.class,
                    () -> transfer.exportSession(imported.id(), "edf", target, SessionTransfer.Progress.NONE));
            assertTrue(denied.getMessage().startsWith("cannot export session " + imported.id() + ": "),
                    denied.getMessage());
            assertTrue(!denied.getMessage().contains("\n"));
        }
        assertEquals(before, listing(), "nothing half-written");
        var missingDir = assertThrows(StoreException.class, () -> transfer.exportSession(imported.id(), "csv",
                files.resolve("no/such/dir/x.csv"), SessionTransfer.Progress.NONE));
        assertTrue(missingDir.getMessage().startsWith("cannot export session"), missingDir.getMessage());
    }

    @Test
    void shouldRefuseToExportAnEmptySessionOrADamagedChunkLeavingNoFile() throws Exception {
        SessionInfo empty = store.beginSession("", "", "");
        store.endSession(empty.id());
        var nothing = assertThrows(StoreException.class, () -> transfer.exportSession(empty.id(), "csv",
                files.resolve("empty.csv"), SessionTransfer.Progress.NONE));
        assertEquals("cannot export session " + empty.id() + ": session " + empty.id()
                + " has no stored samples to export", nothing.getMessage());

        SessionInfo imported = transfer.importFile(FIXTURES.resolve("OpenBCI-RAW-S02_S1R0_EMG_ganglion.txt"), "openbci",
                "", SessionTransfer.Progress.NONE);
        try (Connection c = store.newConnection(); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE chunks SET payload = X'0102030405' WHERE id = "
                    + "(SELECT MAX(id) FROM chunks)"));
        }
        for (String format : List.of("csv", "edf", "bdf")) {
            var damaged = assertThrows(StoreException.class, () -> transfer.exportSession(imported.id(), format,
                    files.resolve("damaged." + format), SessionTransfer.Progress.NONE));
            assertTrue(damaged.getMessage().startsWith("cannot export session " + imported.id() + ": "),
                    damaged.getMessage());
            assertFalse(damaged.getMessage().contains("\n"), damaged.getMessage());
        }
        assertEquals(List.of(files), listing(), "nothing half-written");
    }

    @Test
    void shouldRefuseBadImportsWithoutStoringAnything() throws Exception {
        Path v6 = FIXTURES.resolve("OpenBCI_GUI-v6-blinks-jawClench-alpha.txt");
        var patient = assertThrows(StoreException.class,
                () -> transfer.importFile(v6, "openbci", "P-404", SessionTransfer.Progress.NONE));
        assertEquals("unknown patient P-404 (register with: myofuse patients add P-404)", patient.getMessage());

        var wrongFormat = assertThrows(StoreException.class,
                () -> transfer.importFile(v6, "brainflow", "", SessionTransfer.Progress.NONE));
        assertTrue(wrongFormat.getMessage().startsWith("cannot import " + v6), wrongFormat.getMessage());

        List<String> lines = Files.readAllLines(v6);
        Path truncated = files.resolve("truncated.txt");
        String last = lines.get(lines.size() - 1);
        List<String> cut = new ArrayList<>(lines.subList(0, lines.size() - 1));
        cut.add(last.substring(0, last.length() / 3));
        Files.write(truncated, cut);
        var broken = assertThrows(StoreException.class,
                () -> transfer.importFile(truncated, "openbci", "", SessionTransfer.Progress.NONE));
        assertTrue(broken.getMessage().startsWith("cannot import " + truncated), broken.getMessage());

        Path garbage = files.resolve("garbage.csv");
        Files.write(garbage, new byte[] { 0, (byte) 0xff, 17, 3, '\n', (byte) 0xc3 });
        assertThrows(StoreException.class, () -> transfer.importFile(garbage, "csv", "", SessionTransfer.Progress.NONE));
        var missing = assertThrows(StoreException.class,
                () -> transfer.importFile(files.resolve("none.txt"), "openbci", "", SessionTransfer.Progress.NONE));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
        var unknownFormat = assertThrows(StoreException.class,
                () -> transfer.importFile(v6, "edf", "", SessionTransfer.Progress.NONE));
        assertEquals("unknown import format 'edf' (expected openbci, brainflow or csv)", unknownFormat.getMessage());

        assertEquals(List.of(0L, 0L, 0L, 0L), rowCounts());
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> all = Files.walk(files)) {
            return all.sorted().toList();
        }
    }

    /** Sessions, streams, chunks and events in the database. */
    private List<Long> rowCounts() throws Exception {
        List<Long> counts = new ArrayList<>();
        try (Connection c = store.newConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("sessions", "streams", "chunks", "events")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.add(rs.getLong(1));
                }
            }
        }
        return counts;
    }

    private void pace(long published) {
        Subscription recorder = bus.subscriptions().stream()
                .filter(s -> s.name().startsWith(H2SessionStore.RECORDER_NAME)).findFirst().orElseThrow();
        while (recorder.deliveredBlocks() + recorder.droppedBlocks() < published - 64) {
            LockSupport.parkNanos(1_000_000);
        }
    }

    /** A gap at the end of a stream has no chunk after it, so the store does not keep it. */
    private static long trailingGap(RecordedStream s) {
        var gaps = s.gaps();
        return !gaps.isEmpty() && gaps.get(gaps.size() - 1).endIndex() == s.spanFrames()
                ? gaps.get(gaps.size() - 1).count() : 0;
    }

    /** Index 0 of a stored stream is its first stored sample. */
    private static long leadingGapMillis(RecordedStream s) {
        var gaps = s.gaps();
        return !gaps.isEmpty() && gaps.get(0).firstIndex() == 0
                ? Math.round(gaps.get(0).count() * 1000.0 / s.sampleRateHz()) : 0;
    }

    private static int[] bits(RecordedStream s) throws IOException {
        int channels = s.channels();
        int[] bits = new int[(int) s.frameCount() * channels];
        float[] buffer = new float[1024 * channels];
        int at = 0;
        try (FrameReader reader = s.frames().open()) {
            for (int n = reader.read(buffer, 0, 1024); n > 0; n = reader.read(buffer, 0, 1024)) {
                for (int i = 0; i < n * channels; i++) {
                    bits[at++] = Float.floatToRawIntBits(buffer[i]);
                }
            }
        }
        assertEquals(bits.length, at, s.deviceId() + ": frame count");
        return bits;
    }
}
