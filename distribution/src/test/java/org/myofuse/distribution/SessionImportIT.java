package org.myofuse.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.myofuse.distribution.InstalledMyofuse.Result;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Export and import as a researcher uses them, through the installed {@code bin/myofuse}: a session
 * recorded from the three simulators is exported as CSV and as EDF+, each export's three files are
 * imported with one command, and the imported session's summary is the original's in every field that
 * does not depend on arrival times (docs/formats/README.md says which do), its times the original's
 * moved by one offset. Also: an EDF+ file written by MNE-Python imports, a time of day alone leaves
 * the date unknown, and a failing import changes nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionImportIT {

    /** Written by MNE-Python (see framework/formats/src/test/resources/edf/PROVENANCE.md). */
    private static final Path MNE_EDF = Path.of("..", "framework", "formats", "src", "test", "resources", "edf",
            "mne-emg.edf").toAbsolutePath().normalize();
    private static final Path GANGLION = Path.of("..", "framework", "formats", "src", "test", "resources", "openbci",
            "OpenBCI-RAW-S02_S1R0_EMG_ganglion.txt").toAbsolutePath().normalize();
    private static final Pattern CONFIGURATION_ID = Pattern.compile("org\\.myofuse\\.device\\.[a-z0-9_]+~");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Summary fields that depend on arrival times: the fused timeline and each device's clock come from
     * when the blocks arrived, which an export does not keep (an import places samples by sample time).
     */
    /** How far the original's live alignment may place one device against another (by first arrivals), s. */
    private static final double LIVE_ALIGNMENT_S = 0.1;

    private static final List<String> ARRIVAL_DEPENDENT = List.of("startS", "durationS", "frames",
            "streams[].clockDriftPpm", "force.strokes[].startS", "force.strokes[].endS",
            "emg.channels[].meanEnvelope", "emg.channels[].peakEnvelope", "emg.channels[].meanPctMvc",
            "emg.channels[].onsetsS", "emg.channels[].medianFrequencySlopeHzPerMin",
            "response.guarding[].timeS", "response.guarding[].value", "response.guarding[].detail",
            "response.withdrawal[].timeS", "response.withdrawal[].value", "response.withdrawal[].detail",
            "response.strokes[].startS", "response.strokes[].endS", "response.strokes[].peakNormalN",
            "response.strokes[].impulseNs", "response.strokes[].peakRise", "response.strokes[].guardingLatencyMs",
            "response.strokes[].peakShiftMm", "response.byPeakForce.slope", "response.byPeakForce.intercept",
            "response.byPeakForce.correlation", "response.byImpulse.slope", "response.byImpulse.intercept",
            "response.byImpulse.correlation");

    @TempDir
    static Path home;

    private static InstalledMyofuse myofuse;
    private static JsonNode original;

    @BeforeAll
    static void recordASession() throws Exception {
        myofuse = new InstalledMyofuse(home);
        assertEquals(0, run("patients", "add", "P-7", "--consent").code());
        Result run = run("run", "--headless", "--duration", "20s", "--patient", "P-7");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("session 1 recorded"), run.out());
        original = summary("1");
        assertTrue(original.path("force").path("strokeCount").asInt() >= 5, "a session with strokes: " + original);
        assertTrue(original.path("response").path("guarding").size() >= 1, "and guarding");
    }

    @Test
    @Order(1)
    void aCsvExportOfThreeFilesImportsAsOneSessionWhoseSummaryIsTheOriginals() throws Exception {
        Result export = run("export", "1", "--format", "csv", "--out", home.resolve("s.csv").toString());
        assertEquals(0, export.code(), export.err());
        List<Path> files = List.of(home.resolve("s-sim-iastm-1.csv"), home.resolve("s-sim-emg-1.csv"),
                home.resolve("s-sim-mat-1.csv"));
        for (Path f : files) {
            assertTrue(export.out().contains("wrote " + f), export.out());
            String text = Files.readString(f);
            assertTrue(text.contains("# device_id," + f.getFileName().toString().replaceAll("^s-|\\.csv$", "")), f + "");
            assertFalse(text.contains("org.myofuse.device."), "the configuration id appears nowhere: " + f);
        }

        Result imported = run("import", files.get(2).toString(), files.get(0).toString(), files.get(1).toString(),
                "--format", "csv", "--patient", "P-7");

        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().startsWith("imported 3 files (s-sim-mat-1.csv, s-sim-iastm-1.csv, s-sim-emg-1.csv) "
                + "as session "), imported.out());
        String id = sessionOf(imported);
        assertTrue(imported.out().contains("as session " + id + " of patient P-7"), imported.out());
        assertTrue(run("sessions").out().lines().anyMatch(l -> l.matches(id + " +P-7 +- +import:csv +\\d{4}-.*COMPLETE")));
        assertSameSummary(original, summary(id), 0, List.of(), 0.03);
    }

    @Test
    @Order(2)
    void anEdfExportImportsAsOneSessionWhoseSummaryIsTheOriginalsWithinQuantisation() throws Exception {
        JsonNode edf = exportAndImport("edf");
        // 16 bits over the EMG's +-187.5 mV range are steps of q = 5.7 uV, as large as the resting EMG:
        // their noise (variance at most q^2/12) adds to each channel's RMS, and so moves the asymmetry
        // (docs/formats/edf.md: BDF+ for EEG-range data). Every other figure within 1 %.
        // The noise also moves some EMG onsets (their threshold is set from the baseline's spread): by up to
        // 0.1 s here, where arrival times alone move every time by one offset within 30 ms.
        assertSameSummary(original, edf, 0.01, List.of("emg.channels[].rmsUv", "emg.asymmetry[].indexPct"), 0.1);
        double q = 375_000 / 65_535.0;
        for (int c = 0; c < original.path("emg").path("channels").size(); c++) {
            double a = original.path("emg").path("channels").get(c).path("rmsUv").asDouble();
            double b = edf.path("emg").path("channels").get(c).path("rmsUv").asDouble();
            assertTrue(Math.abs(b * b - a * a) <= q * q / 12, "channel " + c + " RMS " + a + " uV, then " + b);
        }
        for (int i = 0; i < original.path("emg").path("asymmetry").size(); i++) {
            assertEquals(original.path("emg").path("asymmetry").get(i).path("indexPct").asDouble(),
                    edf.path("emg").path("asymmetry").get(i).path("indexPct").asDouble(), 2.0, "asymmetry " + i);
        }
    }

    @Test
    @Order(2)
    void aBdfExportImportsAsOneSessionWhoseSummaryIsTheOriginalsWithinQuantisation() throws Exception {
        // 24-bit steps are 0.022 uV over the EMG's range: every figure within 1 %
        assertSameSummary(original, exportAndImport("bdf"), 0.01, List.of(), 0.03);
    }

    /** The original exported in {@code format}, its three files imported with one command: the summary. */
    private static JsonNode exportAndImport(String format) throws Exception {
        Result export = run("export", "1", "--format", format, "--out", home.resolve("s." + format).toString());
        assertEquals(0, export.code(), export.err());
        Result imported = run("import", home.resolve("s-sim-emg-1." + format).toString(),
                home.resolve("s-sim-iastm-1." + format).toString(), home.resolve("s-sim-mat-1." + format).toString(),
                "--format", format);
        assertEquals(0, imported.code(), imported.err());
        return summary(sessionOf(imported));
    }

    @Test
    @Order(3)
    void anEdfFileWrittenByMnePythonImports() throws Exception {
        Result imported = run("import", MNE_EDF.toString(), "--format", "edf");
        assertEquals(0, imported.code(), imported.err());
        String id = sessionOf(imported);
        assertEquals("imported " + MNE_EDF + " as session " + id, imported.out().strip());
        String sessions = run("sessions").out();
        assertTrue(sessions.lines().anyMatch(l -> l.matches(id + " +- +- +import:edf +2020-02-1[45] .* 00:20 +COMPLETE")),
                sessions);
        JsonNode summary = summary(id);
        JsonNode emg = summary.path("emg").path("channels");
        assertEquals(List.of("EMG1", "EMG2"), List.of(emg.get(0).path("channel").asString(), emg.get(1).path("channel")
                .asString()), "the labels are the EMG channels");
        assertEquals("mne-emg", emg.get(0).path("device").asString());
        assertEquals(4000, summary.path("streams").get(0).path("samples").asInt());
    }

    @Test
    @Order(4)
    void aTimeOfDayAloneIsImportedWithItsDateUnknownUnlessTheDayIsGiven() throws Exception {
        Result unknown = run("import", GANGLION.toString(), "--format", "openbci");
        assertEquals(0, unknown.code(), unknown.err());
        assertTrue(unknown.out().contains("the session's date is unknown"), unknown.out());
        String first = sessionOf(unknown);
        String sessions = run("sessions").out();
        assertTrue(sessions.lines().anyMatch(l -> l.matches(first + " .*import:openbci +date unknown 11:02:46 .*")), sessions);
        Result dated = run("import", GANGLION.toString(), "--format", "openbci", "--start", "2020-02-14");
        assertEquals(0, dated.code(), dated.err());
        String second = sessionOf(dated);
        String sessionsThen = run("sessions").out();
        assertTrue(sessionsThen.lines().anyMatch(l -> l.matches(second + " .*import:openbci +2020-02-14 11:02:46 .*")),
                sessionsThen);
    }

    @Test
    @Order(5)
    void anImportThatFailsPartWayStoresNothing() throws Exception {
        String before = run("sessions").out();
        Path bad = home.resolve("bad-sim-emg-1.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(home.resolve("s-sim-emg-1.csv")));
        int row = lines.size() - 1000;
        lines.set(row, lines.get(row).replaceFirst(",[^,]*$", ",not-a-number"));
        Files.write(bad, lines);

        Result failed = run("import", home.resolve("s-sim-iastm-1.csv").toString(), bad.toString(), "--format", "csv");

        assertEquals(1, failed.code());
        assertEquals("myofuse: cannot import " + bad + ":" + (row + 1) + ": 'not-a-number' is not a number (channel 8)",
                failed.err().lines().filter(l -> l.startsWith("myofuse:")).findFirst().orElse(failed.err()));
        assertEquals(before, run("sessions").out(), "the session list is unchanged");

        Path again = Files.copy(home.resolve("s-sim-iastm-1.csv"), home.resolve("again-sim-iastm-1.csv"));
        Result overlap = run("import", home.resolve("s-sim-iastm-1.csv").toString(), again.toString(), "--format", "csv");
        assertEquals(1, overlap.code());
        assertTrue(overlap.err().contains("myofuse: cannot import " + again + ": its stream sim-iastm-1 ("), overlap.err());
        assertEquals(before, run("sessions").out());
    }

    /**
     * The summaries agree in every field but the arrival-dependent ones and those {@code checkedApart},
     * exactly or within {@code tolerance} (relative); the device ids as configured names; and the arrival-dependent times
     * (stroke starts, onsets) of the import are the original's moved by one offset per device, within
     * {@code timeWindowS}, the tool's and the amplifier's offsets within {@link #LIVE_ALIGNMENT_S}.
     */
    private static void assertSameSummary(JsonNode a, JsonNode b, double tolerance, List<String> checkedApart,
            double timeWindowS) {
        List<String> differences = new ArrayList<>();
        List<String> skip = new ArrayList<>(ARRIVAL_DEPENDENT);
        skip.addAll(checkedApart);
        compare("", a, b, tolerance, skip, differences);
        assertEquals(List.of(), differences, "fields that differ");
        List<Double> strokeShifts = new ArrayList<>();
        for (int i = 0; i < a.path("force").path("strokes").size(); i++) {
            strokeShifts.add(a.path("force").path("strokes").get(i).path("startS").asDouble()
                    - b.path("force").path("strokes").get(i).path("startS").asDouble());
        }
        List<Double> onsetShifts = new ArrayList<>();
        for (int c = 0; c < a.path("emg").path("channels").size(); c++) {
            JsonNode x = a.path("emg").path("channels").get(c).path("onsetsS");
            JsonNode y = b.path("emg").path("channels").get(c).path("onsetsS");
            assertEquals(x.size(), y.size(), "onsets of channel " + c);
            for (int k = 0; k < x.size(); k++) {
                onsetShifts.add(x.get(k).asDouble() - y.get(k).asDouble());
            }
        }
        // Within one device every time moves by one offset. Between the tool and the amplifier the
        // offsets differ by how the original's live alignment placed each device by its first arrivals,
        // which a loaded machine delays by tens of milliseconds.
        double strokes = assertOneShift("stroke starts", strokeShifts, timeWindowS);
        double onsets = assertOneShift("EMG onsets", onsetShifts, timeWindowS);
        assertEquals(strokes, onsets, LIVE_ALIGNMENT_S, "the tool's and the amplifier's times move by nearly one offset");
    }

    /** The shifts lie within {@code windowS} of their median, which is returned. */
    private static double assertOneShift(String what, List<Double> shifts, double windowS) {
        double[] sorted = shifts.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        assertTrue(sorted.length > 0, "no " + what + " to compare");
        double median = sorted[sorted.length / 2];
        assertTrue(sorted[0] > median - windowS && sorted[sorted.length - 1] < median + windowS,
                what + " move together: " + Arrays.toString(sorted));
        return median;
    }

    private static void compare(String path, JsonNode a, JsonNode b, double tolerance, List<String> skip,
            List<String> out) {
        String general = path.replaceAll("\\[\\d+]", "[]").replaceFirst("^\\.", "");
        if (skip.contains(general)) {
            if (a.isArray() && a.size() != b.size()) {
                out.add(path + ": " + a.size() + " values, then " + b.size());
            }
            return;
        }
        if (a.isObject()) {
            for (String key : a.propertyNames()) {
                compare(path + "." + key, a.get(key), b.path(key), tolerance, skip, out);
            }
        } else if (a.isArray()) {
            if (a.size() != b.size()) {
                out.add(path + ": " + a.size() + " elements, then " + b.size());
                return;
            }
            // streams are listed in the order they opened: live, the order the devices came up; imported,
            // the order they started. Elements of one device keep their order.
            List<JsonNode> x = byDevice(a);
            List<JsonNode> y = byDevice(b);
            for (int i = 0; i < a.size(); i++) {
                compare(path + "[" + i + "]", x.get(i), y.get(i), tolerance, skip, out);
            }
        } else if (a.isNumber() && b.isNumber()) {
            double x = a.asDouble();
            double y = b.asDouble();
            if (Math.abs(x - y) > tolerance * Math.max(Math.abs(x), Math.abs(y)) && x != y) {
                out.add(path + ": " + x + ", then " + y);
            }
        } else if (a.isString()) {
            String x = CONFIGURATION_ID.matcher(a.asString()).replaceAll("");
            if (!x.equals(b.asString())) {
                out.add(path + ": '" + x + "', then '" + b.asString() + "'");
            }
        } else if (!a.equals(b)) {
            out.add(path + ": " + a + ", then " + b);
        }
    }

    private static List<JsonNode> byDevice(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        list.sort(java.util.Comparator.comparing(
                (JsonNode n) -> CONFIGURATION_ID.matcher(n.path("device").asString("")).replaceAll("")));
        return list;
    }

    /** The session an import says it made. */
    private static String sessionOf(Result imported) {
        var m = Pattern.compile(" as session (\\d+)").matcher(imported.out());
        assertTrue(m.find(), imported.out());
        return m.group(1);
    }

    private static JsonNode summary(String session) throws Exception {
        Result r = run("summary", session, "--json");
        assertEquals(0, r.code(), r.err());
        return JSON.readTree(r.out());
    }

    /** A summary of a long session takes longer than most commands. */
    private static Result run(String... args) throws IOException, InterruptedException {
        return myofuse.runWithin(180, args);
    }
}
