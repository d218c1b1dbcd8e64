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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.api.recording.Annotation;
import org.myofuse.api.recording.FrameReader;
import org.myofuse.api.recording.Gap;
import org.myofuse.api.recording.ProgressListener;
import org.myofuse.api.recording.RecordedStream;
import org.myofuse.api.recording.Recording;
import org.myofuse.api.store.JournalEntry;
import org.myofuse.api.store.SessionInfo;
import org.myofuse.api.store.SessionTransfer;
import org.myofuse.api.store.StoreException;
import org.myofuse.api.stream.SamplePublisher;
import org.myofuse.api.stream.Subscription;
import org.myofuse.formats.csv.CsvRecordingWriter;
import org.myofuse.formats.csv.MyofuseCsvReader;
import org.myofuse.formats.edf.BdfRecordingReader;
import org.myofuse.formats.edf.BdfRecordingWriter;
import org.myofuse.formats.edf.EdfRecordingReader;
import org.myofuse.formats.edf.EdfRecordingWriter;
import org.myofuse.formats.internal.ArrayFrames;
import org.myofuse.formats.openbci.BrainFlowCsvReader;
import org.myofuse.formats.openbci.OpenBciGuiReader;
import org.myofuse.runtime.stream.MonotonicSessionClock;
import org.myofuse.runtime.stream.RingStreamBus;
import org.myofuse.store.testing.Simulated;
import org.myofuse.store.transfer.RecordingFormats;
import org.myofuse.store.transfer.SessionTimeline;

/**
 * One session from many files, through a real H2 file store and the formats bundle's real writers and
 * readers: a recorded three-device session exported and imported back, a device's recording in two
 * files joined, overlaps and mixed dates refused, a time of day dated by the user or kept unknown, and
 * an import that fails part-way storing nothing.
 */
class SessionImportTest {

    private static final Path FIXTURES = SessionTransferTest.FIXTURES;
    private static final long T0 = 1_714_557_600_000L;

    @TempDir
    Path home;

    @TempDir
    Path files;

    private final MonotonicSessionClock clock = new MonotonicSessionClock();
    private final RingStreamBus bus = new RingStreamBus(clock);
    private final RecordingFormats formats = RecordingFormats.of(
            List.of(new CsvRecordingWriter(), new EdfRecordingWriter(), new BdfRecordingWriter()),
            List.of(new OpenBciGuiReader(), new BrainFlowCsvReader(), new MyofuseCsvReader(), new EdfRecordingReader(),
                    new BdfRecordingReader()));
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

    @Test
    void theFilesOfAnExportedThreeDeviceSessionImportAsOneSessionWithEverySample() throws Exception {
        SessionInfo recorded = recordThreeDevices();
        List<Path> csv = transfer.exportSession(recorded.id(), "csv", files.resolve("s.csv"), SessionTransfer.Progress.NONE);
        assertEquals(List.of(files.resolve("s-sim-iastm-1.csv"), files.resolve("s-sim-emg-1.csv"),
                files.resolve("s-sim-mat-1.csv")), csv, "files named by the devices' configured names");
        assertTrue(Files.readAllLines(csv.get(1)).contains("# device_id,sim-emg-1"));
        for (Path f : csv) {
            assertFalse(Files.readString(f).contains("org.myofuse.device."), "no configuration id in " + f);
        }
        assertTrue(Files.readAllLines(csv.get(0)).stream().anyMatch(l -> l.startsWith("# annotation,")
                && l.endsWith(",STROKE_START 6.1 N: stroke 1 (sim-iastm-1)")), "the journaled event, its source named");

        SessionInfo imported = transfer.importFiles(csv, "csv", "", Optional.empty(), SessionTransfer.Progress.NONE);

        try (Connection c = store.newConnection()) {
            Recording a = new StoredRecording(c).read(Long.parseLong(recorded.id()));
            Recording b = new StoredRecording(c).read(Long.parseLong(imported.id()));
            assertEquals(3, b.streams().size(), "one session of all three files");
            assertEquals(b.streams().stream().sorted(java.util.Comparator.comparingLong(RecordedStream::startEpochMillis))
                    .toList(), b.streams(), "in the order they started");
            assertEquals(a.streams().stream().map(RecordedStream::startEpochMillis).min(Long::compare).orElseThrow(),
                    b.startEpochMillis(), "the session starts with its earliest stream");
            for (RecordedStream x : a.streams()) {
                RecordedStream y = b.stream(x.deviceId());
                assertEquals(x.device(), y.device());
                assertEquals(x.startEpochMillis(), y.startEpochMillis(), x.deviceId() + " placed by its start");
                assertEquals(x.gaps(), y.gaps());
                assertArrayEquals(bits(x), bits(y), x.deviceId() + ": every sample");
            }
            assertEquals(a.annotations().size(), b.annotations().size(), "each file's copy of a note kept once");
            for (int i = 0; i < a.annotations().size(); i++) {
                Annotation x = a.annotations().get(i);
                Annotation y = b.annotations().get(i);
                assertEquals(x.text(), y.text());
                assertEquals(x.onsetSeconds() + (a.startEpochMillis() - b.startEpochMillis()) / 1000.0, y.onsetSeconds(),
                        1e-6, x.text());
            }
        }
    }

    @Test
    void theEdfAndBdfFilesOfAnExportedSessionImportAsOneSessionWithinQuantisation() throws Exception {
        SessionInfo recorded = recordThreeDevices();
        for (String format : List.of("edf", "bdf")) {
            List<Path> exported = transfer.exportSession(recorded.id(), format, files.resolve("s." + format),
                    SessionTransfer.Progress.NONE);
            SessionInfo imported = transfer.importFiles(exported, format, "", Optional.empty(),
                    SessionTransfer.Progress.NONE);
            try (Connection c = store.newConnection()) {
                Recording a = new StoredRecording(c).read(Long.parseLong(recorded.id()));
                Recording b = new StoredRecording(c).read(Long.parseLong(imported.id()));
                assertEquals(3, b.streams().size(), format);
                for (RecordedStream x : a.streams()) {
                    RecordedStream y = b.stream(x.deviceId());
                    assertEquals(x.device().typeId(), y.device().typeId(), format);
                    assertEquals(x.device().grid(), y.device().grid(), format);
                    assertEquals(x.frameCount(), y.frameCount(), format + " " + x.deviceId());
                    assertEquals(x.startEpochMillis(), y.startEpochMillis(), format + " " + x.deviceId());
                    float[] p = values(x);
                    float[] q = values(y);
                    for (int k = 0; k < p.length; k++) {
                        double step = y.device().channels().get(k % y.channels()).resolution();
                        double clipped = Math.max(y.device().channels().get(k % y.channels()).min(),
                                Math.min(y.device().channels().get(k % y.channels()).max(), p[k]));
                        if (Math.abs(clipped - q[k]) > step * 0.5001 + Math.ulp(q[k])) {
                            throw new AssertionError(format + " " + x.deviceId() + " value " + k + ": " + q[k] + " for "
                                    + p[k]);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aDevicesRecordingInTwoFilesIsJoinedWithTheTimeBetweenAsAGap() throws Exception {
        var force = Simulated.force("tool-1");
        Path first = write("part1.csv", stream(force, "tool-1", T0, 0, 1000), List.of(new Annotation(0.5, 0, "one")));
        Path second = write("part2.csv", stream(force, "tool-1", T0 + 1500, 1500, 1000),
                List.of(new Annotation(0.25, 0, "two")));

        SessionInfo s = transfer.importFiles(List.of(second, first), "csv", "", Optional.empty(),
                SessionTransfer.Progress.NONE);

        try (Connection c = store.newConnection()) {
            Recording r = new StoredRecording(c).read(Long.parseLong(s.id()));
            RecordedStream joined = r.streams().get(0);
            assertEquals(1, r.streams().size());
            assertEquals(T0, joined.startEpochMillis());
            assertEquals(List.of(new Gap(1000, 500, SessionTimeline.BETWEEN_FILES)), joined.gaps());
            assertEquals(2000, joined.frameCount());
            float[] expected = new float[2500 * 3];
            force.signal().fill(expected, 0, 2500);
            float[] got = values(joined);
            assertEquals(expected[999 * 3], got[999 * 3]);
            assertEquals(expected[1500 * 3 + 2], got[1000 * 3 + 2], "the second file's first frame after the gap");
            assertEquals(List.of("one", "two"), r.annotations().stream().map(Annotation::text).toList());
            assertEquals(1.75, r.annotations().get(1).onsetSeconds(), 1e-9, "the second file's note on the timeline");
        }
    }

    @Test
    void aStreamOverlappingAnotherOfTheSameDeviceIsRefusedAndNothingStored() throws Exception {
        var force = Simulated.force("tool-1");
        Path first = write("a.csv", stream(force, "tool-1", T0, 0, 1000), List.of());
        Path second = write("b.csv", stream(force, "tool-1", T0 + 900, 900, 1000), List.of());
        List<SessionInfo> before = store.sessions(null);

        var e = assertThrows(StoreException.class, () -> transfer.importFiles(List.of(first, second), "csv", "",
                Optional.empty(), SessionTransfer.Progress.NONE));

        assertTrue(e.getMessage().startsWith("cannot import " + second + ": its stream tool-1 ("), e.getMessage());
        assertTrue(e.getMessage().contains(") overlaps the stream of the same device in " + first + " ("),
                e.getMessage());
        assertEquals(before, store.sessions(null));
        assertEquals(List.of(0L, 0L, 0L, 0L), rowCounts());
    }

    @Test
    void twoFilesOfOneDeviceAtDifferentRatesAreRefused() throws Exception {
        var force = Simulated.force("tool-1");
        Path first = write("a.csv", stream(force, "tool-1", T0, 0, 1000), List.of());
        RecordedStream other = stream(force, "tool-1", T0 + 5000, 0, 1000);
        Path second = write("b.csv", new RecordedStream("tool-1", other.device(), T0 + 5000, 500, 1000, List.of(),
                other.frames()), List.of());
        var e = assertThrows(StoreException.class, () -> transfer.importFiles(List.of(first, second), "csv", "",
                Optional.empty(), SessionTransfer.Progress.NONE));
        assertEquals("cannot import " + second + ": its stream tool-1 runs at 500.0 Hz, the stream of the same device in "
                + first + " at 1000.0 Hz", e.getMessage());
    }

    @Test
    void aTimeOfDayAloneKeepsTheDateUnknownUnlessTheUserGivesIt() throws Exception {
        Path ganglion = FIXTURES.resolve("OpenBCI-RAW-S02_S1R0_EMG_ganglion.txt");
        ZoneId zone = ZoneId.systemDefault();

        SessionInfo unknown = transfer.importFiles(List.of(ganglion), "openbci", "", Optional.empty(),
                SessionTransfer.Progress.NONE);
        assertFalse(unknown.startDateKnown());
        assertFalse(store.session(unknown.id()).orElseThrow().startDateKnown(), "stored as unknown");
        assertEquals(LocalTime.of(11, 2, 46, 251_000_000),
                Instant.ofEpochMilli(unknown.startEpochMillis()).atZone(zone).toLocalTime(), "the time of day is kept");

        SessionInfo dated = transfer.importFiles(List.of(ganglion), "openbci", "", Optional.of(LocalDate.of(2020, 3, 2)),
                SessionTransfer.Progress.NONE);
        assertTrue(dated.startDateKnown());
        assertEquals(LocalDateTime.of(2020, 3, 2, 11, 2, 46, 251_000_000).atZone(zone).toInstant().toEpochMilli(),
                dated.startEpochMillis());
        try (Connection c = store.newConnection()) {
            assertEquals(dated.startEpochMillis(),
                    new StoredRecording(c).read(Long.parseLong(dated.id())).streams().get(0).startEpochMillis());
        }
        assertTrue(store.session(recordOne()).orElseThrow().startDateKnown(), "a recorded session's date is known");
    }

    @Test
    void filesWithAndWithoutADateNeedTheDateAndADateNoFileNeedsIsRefused() throws Exception {
        Path ganglion = FIXTURES.resolve("OpenBCI-RAW-S02_S1R0_EMG_ganglion.txt");
        Path v6 = FIXTURES.resolve("OpenBCI_GUI-v6-blinks-jawClench-alpha.txt");

        var mixed = assertThrows(StoreException.class, () -> transfer.importFiles(List.of(ganglion, v6), "openbci", "",
                Optional.empty(), SessionTransfer.Progress.NONE));
        assertTrue(mixed.getMessage().startsWith("cannot import " + ganglion + " with " + v6 + ": the first carries only "
                + "a time of day (11:02:46.251), the second a date; give the day of the recording (--start YYYY-MM-DD)"),
                mixed.getMessage());

        var needless = assertThrows(StoreException.class, () -> transfer.importFiles(List.of(v6), "openbci", "",
                Optional.of(LocalDate.of(2020, 1, 1)), SessionTransfer.Progress.NONE));
        assertTrue(needless.getMessage().startsWith("cannot import " + v6 + ": a start date was given, but the file "
                + "carries its own (it starts 2019-05-15 "), needless.getMessage());
        assertEquals(List.of(0L, 0L, 0L, 0L), rowCounts());

        SessionInfo both = transfer.importFiles(List.of(ganglion, v6), "openbci", "",
                Optional.of(LocalDate.of(2019, 5, 15)), SessionTransfer.Progress.NONE);
        assertTrue(both.startDateKnown());
        assertEquals(List.of(both.id()), store.sessions(null).stream().map(SessionInfo::id).toList(),
                "the refused imports stored nothing, the dated pair one session");
        try (Connection c = store.newConnection()) {
            assertEquals(2, new StoredRecording(c).read(Long.parseLong(both.id())).streams().size());
        }
    }

    @Test
    void anImportThatFailsPartWayStoresNothingAndTheSessionsStayAsTheyWere() throws Exception {
        String recorded = recordOne();
        var force = Simulated.force("tool-1");
        Path good = write("good.csv", stream(force, "tool-1", T0, 0, 3000), List.of(new Annotation(1, 0, "note")));
        var emg = Simulated.emg("emg-1", 3);
        Path bad = write("bad.csv", stream(emg, "emg-1", T0, 0, 6000), List.of());
        List<String> lines = new ArrayList<>(Files.readAllLines(bad));
        int row = lines.size() - 100; // late in the file: the header is fine, the rows are read while storing
        lines.set(row, lines.get(row).replaceFirst(",[^,]*$", ",12..5"));
        Files.write(bad, lines);
        List<SessionInfo> before = store.sessions(null);
        List<Long> rows = rowCounts();
        long[] progress = new long[1];

        var e = assertThrows(StoreException.class, () -> transfer.importFiles(List.of(good, bad), "csv", "",
                Optional.empty(), (done, total) -> progress[0] = done));

        assertEquals("cannot import " + bad + ":" + (row + 1) + ": '12..5' is not a number (channel 8)", e.getMessage());
        assertTrue(progress[0] > 3000, "it failed part-way, after storing the first file's frames");
        assertEquals(before, store.sessions(null), "sessions unchanged");
        assertEquals(rows, rowCounts(), "no session, stream, chunk or event of the failed import");
        assertTrue(store.session(recorded).isPresent());
    }

    /** A session recorded from the three simulators on the real bus, named by configuration ids. */
    private SessionInfo recordThreeDevices() throws Exception {
        SessionInfo session = store.beginSession("", "", "");
        var devices = List.of(Simulated.force("org.myofuse.device.sim_iastm~sim-iastm-1"),
                Simulated.emg("org.myofuse.device.sim_emg~sim-emg-1", 5),
                Simulated.mat("org.myofuse.device.sim_mat~sim-mat-1"));
        List<SamplePublisher> publishers = new ArrayList<>();
        for (var d : devices) {
            publishers.add(bus.openStream(d.deviceId(), d.descriptor(), d.blockFrames()));
        }
        long[] next = new long[3];
        long published = 0;
        for (int ms = 10; ms <= 2000; ms += 10) {
            for (int i = 0; i < 3; i++) {
                var d = devices.get(i);
                double rate = d.descriptor().channels().get(0).sampleRateHz();
                while (next[i] + d.blockFrames() <= ms * rate / 1000) {
                    next[i] = d.publish(publishers.get(i), next[i], clock);
                    published++;
                }
            }
            pace(published);
            LockSupport.parkNanos(2_000_000);
        }
        for (SamplePublisher p : publishers) {
            bus.closeStream(p, "test ended");
        }
        assertTrue(store.append(session.id(), new JournalEntry(clock.nanos() - 500_000_000L, "STROKE_START",
                "org.myofuse.device.sim_iastm~sim-iastm-1", 6.1, "N", "stroke 1", JournalEntry.LIVE)));
        LockSupport.parkNanos(200_000_000L); // the journal timer commits it within 50 ms
        return store.endSession(session.id());
    }

    private String recordOne() throws Exception {
        SessionInfo s = store.beginSession("", "", "");
        return store.endSession(s.id()).id();
    }

    private void pace(long published) {
        Subscription recorder = bus.subscriptions().stream()
                .filter(s -> s.name().startsWith(H2SessionStore.RECORDER_NAME)).findFirst().orElseThrow();
        while (recorder.deliveredBlocks() + recorder.droppedBlocks() < published - 64) {
            LockSupport.parkNanos(1_000_000);
        }
    }

    private static RecordedStream stream(Simulated.Device d, String id, long start, long firstIndex, int frames) {
        int channels = d.descriptor().channels().size();
        float[] data = new float[frames * channels];
        d.signal().fill(data, firstIndex, frames);
        double rate = d.descriptor().channels().get(0).sampleRateHz();
        return new RecordedStream(id, d.descriptor(), start, rate, frames, List.of(),
                new ArrayFrames(data, channels, frames));
    }

    private Path write(String name, RecordedStream s, List<Annotation> annotations) throws IOException {
        Path file = files.resolve(name);
        new CsvRecordingWriter().write(new Recording(name, "", s.startEpochMillis(), List.of(s), annotations), file,
                ZoneOffset.UTC, ProgressListener.NONE);
        return file;
    }

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

    private static float[] values(RecordedStream s) throws IOException {
        int channels = s.channels();
        float[] all = new float[(int) s.frameCount() * channels];
        int frames = 0;
        try (FrameReader reader = s.frames().open()) {
            int n;
            while (frames < s.frameCount() && (n = reader.read(all, frames, (int) s.frameCount() - frames)) > 0) {
                frames += n;
            }
            assertEquals(-1, reader.read(new float[channels], 0, 1), s.deviceId() + " ends with its frames");
        }
        assertEquals(s.frameCount(), frames, s.deviceId() + ": frame count");
        return all;
    }

    private static int[] bits(RecordedStream s) throws IOException {
        float[] v = values(s);
        int[] bits = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            bits[i] = Float.floatToRawIntBits(v[i]);
        }
        return bits;
    }
}
